package dev.roster.connectors.scim;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.connectors.model.Json;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How a membership change is written as a PatchOp (RFC 7644 section 3.5.2).
 * <ul>
 *   <li>{@link #RFC7644}: {@code {"op":"add","path":"members","value":[{"value":id}]}} to add (section
 *   3.5.2.1) and {@code {"op":"remove","path":"members[value eq \"id\"]"}} to remove (section 3.5.2.2).</li>
 *   <li>{@link #ENTRA}: what the Microsoft Entra provisioning service sends, and so what servers built for it
 *   may be the only thing they parse: capitalised {@code Add} / {@code Remove}, and a remove that names the
 *   member in a {@code value} list instead of a path filter.</li>
 * </ul>
 */
enum PatchStyle {
    RFC7644("add", "remove", false),
    ENTRA("Add", "Remove", true);

    static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

    private final String addOp;
    private final String removeOp;
    private final boolean removeByValue;

    PatchStyle(String addOp, String removeOp, boolean removeByValue) {
        this.addOp = addOp;
        this.removeOp = removeOp;
        this.removeByValue = removeByValue;
    }

    String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static List<String> wireNames() {
        return Arrays.stream(values()).map(PatchStyle::wireName).toList();
    }

    /** The value was checked against {@link #wireNames()} by the setting's choices. */
    static PatchStyle of(String wireName) {
        return valueOf(wireName.strip().toUpperCase(Locale.ROOT));
    }

    ObjectNode add(String userId) {
        ObjectNode op = operation(addOp).put("path", "members");
        memberValue(op, userId);
        return patch(op);
    }

    ObjectNode remove(String userId) {
        ObjectNode op = operation(removeOp);
        if (removeByValue) {
            op.put("path", "members");
            memberValue(op, userId);
        } else {
            op.put("path", "members[value eq " + Filters.quote(userId) + "]");
        }
        return patch(op);
    }

    private static ObjectNode operation(String name) {
        return Json.mapper().createObjectNode().put("op", name);
    }

    private static void memberValue(ObjectNode op, String userId) {
        op.putArray("value").addObject().put("value", userId);
    }

    private static ObjectNode patch(ObjectNode operation) {
        ObjectNode body = Json.mapper().createObjectNode();
        body.putArray("schemas").add(PATCH_OP);
        ArrayNode ops = body.putArray("Operations");
        ops.add(operation);
        return body;
    }
}
