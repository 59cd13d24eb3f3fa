package dev.roster.connectors.fakes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.connectors.model.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one integrated account behind {@link TrutoFake} holds, as Truto's unified objects: groups and users with
 * an Okta-shaped {@code remote_data} (the integration behind the fake is Okta, the one where Truto implements
 * {@code groups/add}), and who is in which group. Not thread-safe: {@link TrutoFakeHandler} serialises access.
 */
final class TrutoFakeData {
    private static final Instant SEEDED = Instant.parse("2026-01-05T08:00:00Z");
    private final Map<String, ObjectNode> groups = new LinkedHashMap<>();
    private final Map<String, ObjectNode> users = new LinkedHashMap<>();
    private final Map<String, Set<String>> members = new LinkedHashMap<>();
    private int nextId = 1;

    TrutoFakeData(int groupCount, int userCount) {
        for (int i = 1; i <= groupCount; i++) {
            createGroup(Json.mapper().createObjectNode().put("name", "Seeded group " + i).put("description", "seeded")
                    .put("group_type", "group"), SEEDED);
        }
        for (int i = 1; i <= userCount; i++) {
            ObjectNode input = Json.mapper().createObjectNode().put("first_name", "Seeded").put("last_name", "User " + i)
                    .put("username", "seeded.user" + i + "@example.com");
            input.putArray("emails").addObject().put("email", "seeded.user" + i + "@example.com").put("is_primary", true).put("type", "work");
            createUser(input, SEEDED);
        }
    }

    List<ObjectNode> groups() {
        return List.copyOf(groups.values());
    }

    List<ObjectNode> users() {
        return List.copyOf(users.values());
    }

    Optional<ObjectNode> group(String id) {
        return Optional.ofNullable(groups.get(id));
    }

    boolean hasUser(String id) {
        return users.containsKey(id);
    }

    boolean groupNameTaken(String name) {
        return groups.values().stream().anyMatch(g -> g.path("name").asText().equalsIgnoreCase(name));
    }

    boolean usernameTaken(String username) {
        return username != null && users.values().stream().anyMatch(u -> username.equalsIgnoreCase(u.path("username").asText()));
    }

    List<ObjectNode> members(String groupId) {
        return members.getOrDefault(groupId, Set.of()).stream().map(users::get).toList();
    }

    boolean isMember(String groupId, String userId) {
        return members.getOrDefault(groupId, Set.of()).contains(userId);
    }

    void add(String groupId, String userId) {
        members.computeIfAbsent(groupId, g -> new LinkedHashSet<>()).add(userId);
    }

    void remove(String groupId, String userId) {
        members.getOrDefault(groupId, new LinkedHashSet<>()).remove(userId);
    }

    /** Okta's group object as remote_data, the unified fields from it (Truto's Okta mapping). */
    ObjectNode createGroup(JsonNode input, Instant now) {
        String id = "00g" + String.format("%017d", nextId++);
        ObjectNode remote = Json.mapper().createObjectNode().put("id", id).put("created", now.toString())
                .put("lastUpdated", now.toString()).put("type", "OKTA_GROUP");
        remote.putObject("profile").put("name", input.path("name").asText()).put("description", text(input, "description"));
        mergeRemote(remote, input.path("remote_data"));
        ObjectNode group = Json.mapper().createObjectNode().put("id", id).put("name", input.path("name").asText())
                .put("description", text(input, "description"))
                .put("group_type", input.hasNonNull("group_type") ? input.get("group_type").asText() : "group")
                .put("created_at", now.toString()).put("updated_at", now.toString());
        group.set("remote_data", remote);
        groups.put(id, group);
        return group;
    }

    ObjectNode createUser(JsonNode input, Instant now) {
        String id = "00u" + String.format("%017d", nextId++);
        ObjectNode remote = Json.mapper().createObjectNode().put("id", id).put("status", "ACTIVE").put("created", now.toString());
        ObjectNode profile = remote.putObject("profile").put("login", text(input, "username"))
                .put("firstName", text(input, "first_name")).put("lastName", text(input, "last_name"))
                .put("email", primaryEmail(input)).put("title", text(input, "title"));
        mergeRemote(profile, input.path("remote_data").path("profile"));
        ObjectNode user = Json.mapper().createObjectNode().put("id", id)
                .put("name", input.hasNonNull("name") ? input.get("name").asText()
                        : (text(input, "first_name") + " " + text(input, "last_name")).strip())
                .put("first_name", text(input, "first_name")).put("last_name", text(input, "last_name"))
                .put("username", text(input, "username")).put("title", text(input, "title"))
                .put("status", input.hasNonNull("status") ? input.get("status").asText() : "active")
                .put("user_type", text(input, "user_type"));
        ArrayNode emails = user.putArray("emails");
        input.path("emails").forEach(e -> emails.add(e.deepCopy()));
        user.put("created_at", now.toString()).put("updated_at", now.toString());
        user.set("remote_data", remote);
        users.put(id, user);
        return user;
    }

    private static String primaryEmail(JsonNode input) {
        List<String> all = new ArrayList<>();
        for (JsonNode e : input.path("emails")) {
            if (e.path("is_primary").asBoolean(false)) {
                return e.path("email").asText();
            }
            all.add(e.path("email").asText());
        }
        return all.isEmpty() ? null : all.getFirst();
    }

    private static void mergeRemote(ObjectNode target, JsonNode remote) {
        if (remote instanceof ObjectNode extra) {
            extra.properties().forEach(e -> target.set(e.getKey(), e.getValue().deepCopy()));
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isValueNode() && !v.isNull() ? v.asText() : null;
    }
}
