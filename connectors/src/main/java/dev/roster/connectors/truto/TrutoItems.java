package dev.roster.connectors.truto;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.ErrorKind;
import dev.roster.connectors.model.Group;
import dev.roster.connectors.model.GroupInput;
import dev.roster.connectors.model.Json;
import dev.roster.connectors.model.MembershipInput;
import dev.roster.connectors.model.User;
import dev.roster.connectors.model.UserInput;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Function;

/**
 * Truto's unified objects are Roster's (the model was taken from Truto's unified user directory), snake_case
 * both ways: reading is Jackson's, with {@code remote_data} kept as Truto sent it. A single resource comes back
 * bare, a custom method's answer may come as {@code {"result": ...}}: both are read.
 */
final class TrutoItems {
    static final Function<JsonNode, Group> GROUP = node -> read(node, Group.class, "a group");
    static final Function<JsonNode, User> USER = node -> read(node, User.class, "a user");
    /**
     * With {@code truto_response_format=raw} the items are the integration's own objects, not unified ones: Roster
     * keeps only their {@code id} and the whole object as {@code remote_data} (raw output shows the body itself).
     */
    static final Function<JsonNode, Group> RAW_GROUP = node -> new Group(rawId(node, "a group"), null, null, null, null, null, null, node);
    static final Function<JsonNode, User> RAW_USER = node -> read(idOnly(node, "a user"), User.class, "a user");

    private TrutoItems() {
    }

    /** The resource inside {@code {"result": {...}}}, or the body itself when it came bare. */
    static JsonNode unwrap(JsonNode body) {
        JsonNode inner = body.path("result");
        return inner.isObject() ? inner : body;
    }

    static ObjectNode groupBody(GroupInput input) {
        ObjectNode body = Json.mapper().createObjectNode();
        body.put("name", input.name());
        putIfPresent(body, "description", input.description());
        if (input.groupType() != null) {
            body.put("group_type", input.groupType().wireName());
        }
        if (input.remoteData() != null) {
            body.set("remote_data", input.remoteData());
        }
        return body;
    }

    /** The unified create-user body; empty lists and nulls are left out, remote_data goes as Truto's own field. */
    static ObjectNode userBody(UserInput input) {
        ObjectNode body = Json.mapper().valueToTree(input);
        dropEmpty(body);
        return body;
    }

    static ObjectNode membershipBody(MembershipInput input) {
        ObjectNode body = Json.mapper().createObjectNode();
        body.put("group_id", input.groupId());
        body.put("user_id", input.userId());
        if (input.remoteData() != null) {
            body.set("remote_data", input.remoteData());
        }
        return body;
    }

    private static <T> T read(JsonNode node, Class<T> type, String what) {
        if (!node.isObject()) {
            throw unreadable(what, "a JSON " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT), null);
        }
        try {
            return Json.mapper().treeToValue(node, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw unreadable(what, rootMessage(e), e);
        }
    }

    private static String rawId(JsonNode node, String what) {
        JsonNode id = node.path("id");
        if (!id.isValueNode() || id.asText().isBlank()) {
            throw unreadable(what, "no id", null);
        }
        return id.asText();
    }

    private static ObjectNode idOnly(JsonNode node, String what) {
        ObjectNode user = Json.mapper().createObjectNode();
        user.put("id", rawId(node, what));
        user.set("remote_data", node);
        return user;
    }

    private static DirectoryException unreadable(String what, String why, Throwable cause) {
        return DirectoryException.caused(ErrorKind.PROTOCOL, cause, ErrorCode.TRUTO_ITEM_UNREADABLE, what, why);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t instanceof JsonProcessingException j ? j.getOriginalMessage() : t.getMessage();
        return message == null ? t.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }

    private static void putIfPresent(ObjectNode body, String field, String value) {
        if (value != null && !value.isBlank()) {
            body.put(field, value);
        }
    }

    private static void dropEmpty(ObjectNode node) {
        Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
        while (fields.hasNext()) {
            JsonNode value = fields.next().getValue();
            if (value.isNull() || (value.isArray() && value.isEmpty())) {
                fields.remove();
            } else if (value.isArray()) {
                value.forEach(v -> {
                    if (v instanceof ObjectNode o) {
                        dropEmpty(o);
                    }
                });
            }
        }
    }
}
