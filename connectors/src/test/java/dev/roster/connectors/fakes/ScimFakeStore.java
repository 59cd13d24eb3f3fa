package dev.roster.connectors.fakes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.connectors.model.Json;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The fake's directory: users and groups as SCIM resources in creation order (a stable order for paging),
 * with the server-side parts a real service provider adds: ids, {@code meta}, the read-only {@code groups} of
 * a user (RFC 7643 section 4.1.2), {@code password} never returned. Not thread-safe: {@link ScimFake} serialises.
 */
final class ScimFakeStore {
    static final String USER = "urn:ietf:params:scim:schemas:core:2.0:User";
    static final String GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group";

    private final String baseUrl;
    private final Map<String, ObjectNode> users = new LinkedHashMap<>();
    private final Map<String, ObjectNode> groups = new LinkedHashMap<>();
    private Instant clock = Instant.parse("2026-01-05T09:00:00Z");

    ScimFakeStore(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    List<ObjectNode> users() {
        return users.values().stream().map(this::withGroups).toList();
    }

    List<ObjectNode> groups() {
        return groups.values().stream().map(ObjectNode::deepCopy).toList();
    }

    Optional<ObjectNode> user(String id) {
        return Optional.ofNullable(users.get(id)).map(this::withGroups);
    }

    Optional<ObjectNode> group(String id) {
        return Optional.ofNullable(groups.get(id)).map(ObjectNode::deepCopy);
    }

    boolean userNameTaken(String userName) {
        return users.values().stream().anyMatch(u -> u.path("userName").asText().equalsIgnoreCase(userName));
    }

    boolean displayNameTaken(String displayName) {
        return groups.values().stream().anyMatch(g -> g.path("displayName").asText().equalsIgnoreCase(displayName));
    }

    ObjectNode createUser(ObjectNode body) {
        ObjectNode user = body.deepCopy();
        user.remove("password");
        user.remove("groups");
        stamp(user, "User", "Users");
        users.put(user.path("id").asText(), user);
        return withGroups(user);
    }

    ObjectNode createGroup(ObjectNode body) {
        ObjectNode group = body.deepCopy();
        if (!group.has("members")) {
            group.putArray("members");
        }
        stamp(group, "Group", "Groups");
        groups.put(group.path("id").asText(), group);
        return group.deepCopy();
    }

    boolean isMember(String groupId, String userId) {
        for (JsonNode m : groups.get(groupId).path("members")) {
            if (m.path("value").asText().equals(userId)) {
                return true;
            }
        }
        return false;
    }

    /** Adds when absent: a repeated add changes nothing, as RFC 7644 section 3.5.2.1 says. */
    void addMember(String groupId, String userId) {
        if (isMember(groupId, userId)) {
            return;
        }
        ObjectNode member = ((ArrayNode) groups.get(groupId).withArray("members")).addObject().put("value", userId)
                .put("$ref", baseUrl + "/Users/" + userId).put("type", "User");
        ObjectNode user = users.get(userId);
        if (user != null && user.hasNonNull("displayName")) {
            member.put("display", user.path("displayName").asText());
        }
        touch(groups.get(groupId));
    }

    /** Whether a member was there to remove. */
    boolean removeMember(String groupId, String userId) {
        ArrayNode members = groups.get(groupId).withArray("members");
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i).path("value").asText().equals(userId)) {
                members.remove(i);
                touch(groups.get(groupId));
                return true;
            }
        }
        return false;
    }

    void removeAllMembers(String groupId) {
        groups.get(groupId).putArray("members");
        touch(groups.get(groupId));
    }

    private ObjectNode withGroups(ObjectNode stored) {
        ObjectNode user = stored.deepCopy();
        String id = user.path("id").asText();
        ArrayNode memberOf = Json.mapper().createArrayNode();
        for (ObjectNode g : groups.values()) {
            if (isMember(g.path("id").asText(), id)) {
                memberOf.addObject().put("value", g.path("id").asText()).put("display", g.path("displayName").asText())
                        .put("$ref", baseUrl + "/Groups/" + g.path("id").asText()).put("type", "direct");
            }
        }
        if (!memberOf.isEmpty()) {
            user.set("groups", memberOf);
        }
        return user;
    }

    private void stamp(ObjectNode resource, String type, String collection) {
        String id = UUID.randomUUID().toString();
        resource.put("id", id);
        clock = clock.plus(1, ChronoUnit.MINUTES);
        ObjectNode meta = resource.putObject("meta");
        meta.put("resourceType", type).put("created", clock.toString()).put("lastModified", clock.toString())
                .put("version", "W/\"" + Long.toHexString(clock.getEpochSecond()) + "\"").put("location", baseUrl + "/" + collection + "/" + id);
    }

    private void touch(ObjectNode resource) {
        clock = clock.plus(1, ChronoUnit.MINUTES);
        ((ObjectNode) resource.path("meta")).put("lastModified", clock.toString())
                .put("version", "W/\"" + Long.toHexString(clock.getEpochSecond()) + "\"");
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
