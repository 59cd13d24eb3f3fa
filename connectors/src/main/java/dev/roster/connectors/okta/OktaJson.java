package dev.roster.connectors.okta;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;

/** Small JSON helpers for Okta's objects. */
final class OktaJson {
    private OktaJson() {
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isValueNode() && !v.isNull() ? v.asText() : null;
    }

    /**
     * Okta's timestamps are ISO-8601 in UTC ({@code 2015-02-06T10:11:28.000Z}). One that does not parse is
     * left out of the unified object; {@code remote_data} still has it as sent.
     */
    static Instant instant(JsonNode node, String field) {
        String v = text(node, field);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(v);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Deep merge of {@code extra} into {@code base}: objects merge, anything else replaces. */
    static ObjectNode merge(ObjectNode base, ObjectNode extra) {
        if (extra == null) {
            return base;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = extra.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            JsonNode existing = base.get(f.getKey());
            if (existing instanceof ObjectNode existingObject && f.getValue() instanceof ObjectNode more) {
                merge(existingObject, more);
            } else {
                base.set(f.getKey(), f.getValue().deepCopy());
            }
        }
        return base;
    }
}
