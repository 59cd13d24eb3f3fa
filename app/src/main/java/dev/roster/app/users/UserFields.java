package dev.roster.app.users;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.connectors.model.Json;
import dev.roster.connectors.model.User;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * A user as the detail pane shows it: the unified fields by their wire names (the names the CLI, the
 * exports and the docs use), in the model's order, without the empty ones and without {@code remote_data},
 * which is shown whole beside them.
 */
public final class UserFields {
    /** One unified field and its value as text (a repeated field one line per item). */
    public record Field(String name, String value) {
    }

    private UserFields() {
    }

    public static List<Field> of(User user) {
        ObjectNode tree = Json.mapper().valueToTree(user);
        tree.remove("remote_data");
        List<Field> fields = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : tree.properties()) {
            String text = text(e.getValue());
            if (text != null && !text.isEmpty()) {
                fields.add(new Field(e.getKey(), text));
            }
        }
        return fields;
    }

    /** {@code remote_data} as indented JSON: the provider's object, untouched; empty when there is none. */
    public static String remoteData(User user) {
        JsonNode remote = user.remoteData();
        if (remote == null || remote.isNull() || remote.isMissingNode()) {
            return "";
        }
        try {
            return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(remote);
        } catch (JsonProcessingException e) {
            return remote.toString();
        }
    }

    private static String text(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        if (value.isArray()) {
            return StreamSupport.stream(value.spliterator(), false).map(UserFields::item)
                    .filter(s -> s != null && !s.isEmpty()).collect(Collectors.joining("\n"));
        }
        return item(value);
    }

    /**
     * One value: a scalar as it is, an object (an email, a role) as its values in order, a true flag by its
     * name ({@code is_primary} reads "primary"), so that {@code ada@example.com, primary, work} reads as it means.
     */
    private static String item(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isObject()) {
            List<String> parts = new ArrayList<>();
            for (Map.Entry<String, JsonNode> e : value.properties()) {
                JsonNode v = e.getValue();
                if (v.isBoolean()) {
                    if (v.booleanValue()) {
                        parts.add(e.getKey().startsWith("is_") ? e.getKey().substring(3) : e.getKey());
                    }
                } else if (v.isValueNode() && !v.isNull() && !v.asText().isEmpty()) {
                    parts.add(v.asText());
                } else if (v.isContainerNode() && !v.isEmpty()) {
                    parts.add(e.getKey() + ": " + v);
                }
            }
            return String.join(", ", parts);
        }
        if (value.isContainerNode()) {
            return value.isEmpty() ? null : value.toString();
        }
        return value.asText();
    }
}
