package dev.roster.connectors.fakes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Truto's response options applied to one unified object the way Truto documents them (List Groups, "Truto-specific
 * parameters"): {@code truto_response_format} unified / normalized / raw, {@code truto_exclude_fields[]},
 * {@code truto_ignore_remote_data}. {@code truto_key_by} is the list's business ({@link TrutoFakeHandler}).
 */
record TrutoFakeShaper(String format, List<String> excludeFields, boolean ignoreRemoteData) {

    /** The object as Truto would send it: for raw the integration's own object, else the unified one shaped. */
    JsonNode shape(ObjectNode unified) {
        if ("raw".equals(format)) {
            return unified.path("remote_data").deepCopy();
        }
        ObjectNode copy = unified.deepCopy();
        if (ignoreRemoteData || "normalized".equals(format)) {
            copy.remove("remote_data");
        }
        for (String field : excludeFields) {
            remove(copy, field.split("\\."), 0);
        }
        if ("normalized".equals(format)) {
            dropNulls(copy);
        }
        return copy;
    }

    private static void remove(JsonNode node, String[] path, int depth) {
        if (node instanceof ObjectNode object) {
            if (depth == path.length - 1) {
                object.remove(path[depth]);
            } else {
                remove(object.get(path[depth]), path, depth + 1);
            }
        } else if (node != null && node.isArray()) {
            node.forEach(element -> remove(element, path, depth));
        }
    }

    private static void dropNulls(JsonNode node) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.properties().iterator();
            while (fields.hasNext()) {
                JsonNode value = fields.next().getValue();
                dropNulls(value);
                if (value.isNull() || (value.isContainerNode() && value.isEmpty())) {
                    fields.remove();
                }
            }
        } else if (node != null && node.isArray()) {
            node.forEach(TrutoFakeShaper::dropNulls);
        }
    }
}
