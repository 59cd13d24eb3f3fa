package dev.roster.connectors.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.connectors.model.Json;
import java.util.Iterator;
import java.util.Map;

/** Turns one unified object into its JSON for the chosen options: exclusions, remote_data, normalization. */
public final class ItemShaper {
    public static final String REMOTE_DATA = "remote_data";

    private final ResponseOptions options;

    public ItemShaper(ResponseOptions options) {
        this.options = options;
    }

    public ObjectNode shape(Object item) {
        ObjectNode node = Json.mapper().valueToTree(item);
        boolean normalized = options.format() == ResponseFormat.NORMALIZED;
        if (options.ignoreRemoteData() || normalized) {
            node.remove(REMOTE_DATA);
        }
        for (String path : options.excludeFields()) {
            remove(node, path.split("\\."), 0);
        }
        if (normalized) {
            dropEmpty(node);
        }
        return node;
    }

    private static void remove(JsonNode node, String[] path, int depth) {
        if (node instanceof ArrayNode array) {
            array.forEach(element -> remove(element, path, depth));
        } else if (node instanceof ObjectNode object) {
            if (depth == path.length - 1) {
                object.remove(path[depth]);
            } else {
                remove(object.get(path[depth]), path, depth + 1);
            }
        }
    }

    /** Removes nulls and empty arrays and objects, depth first, so a fully empty child goes too. */
    private static void dropEmpty(JsonNode node) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.properties().iterator();
            while (fields.hasNext()) {
                JsonNode value = fields.next().getValue();
                dropEmpty(value);
                if (value.isNull() || (value.isContainerNode() && value.isEmpty())) {
                    fields.remove();
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(ItemShaper::dropEmpty);
        }
    }
}
