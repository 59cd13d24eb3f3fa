package dev.roster.connectors.ldap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.ldap.sdk.Entry;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Merges a write's {@code remote_data} into the entry about to be added: each key is an attribute set to
 * the given value or array of values (replacing what the mapping put there), {@code null} removes an
 * attribute, {@code objectClass} values are added to the mapped ones, and {@code dn} places the entry
 * elsewhere than the default RDN under the base.
 */
final class RemoteData {
    private RemoteData() {
    }

    static void merge(Entry entry, ObjectNode remoteData) {
        if (remoteData == null) {
            return;
        }
        for (Map.Entry<String, JsonNode> field : remoteData.properties()) {
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (name.equalsIgnoreCase("dn")) {
                if (!value.isTextual()) {
                    throw DirectoryException.invalid(ErrorCode.REMOTE_DATA_DN_NOT_A_STRING);
                }
                entry.setDN(Dns.parse("remote_data.dn", value.asText()));
            } else if (value == null || value.isNull()) {
                entry.removeAttribute(name);
            } else if (name.equalsIgnoreCase("objectClass")) {
                entry.addAttribute("objectClass", values(name, value));
            } else {
                entry.setAttribute(name, values(name, value));
            }
        }
    }

    private static List<String> values(String name, JsonNode value) {
        List<String> values = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(v -> values.add(scalar(name, v)));
        } else {
            values.add(scalar(name, value));
        }
        if (values.isEmpty()) {
            throw DirectoryException.invalid(ErrorCode.REMOTE_DATA_EMPTY_ARRAY, name);
        }
        return values;
    }

    private static String scalar(String name, JsonNode value) {
        if (value.isContainerNode() || value.isNull()) {
            throw DirectoryException.invalid(ErrorCode.REMOTE_DATA_BAD_VALUE, name);
        }
        return value.asText();
    }
}
