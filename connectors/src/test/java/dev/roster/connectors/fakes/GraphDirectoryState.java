package dev.roster.connectors.fakes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.connectors.model.Json;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The in-memory tenant behind {@link GraphFake}: groups, users and who is a member of what, in insertion
 * order (Graph lists directory objects in a stable order of its own). Objects are stored with all their
 * properties; {@link #userView} cuts a user to Graph's default property set unless {@code $select} names more.
 */
final class GraphDirectoryState {
    /** What GET /users returns without $select (https://learn.microsoft.com/graph/api/user-list). */
    static final List<String> USER_DEFAULT_PROPERTIES = List.of("businessPhones", "displayName", "givenName", "jobTitle", "mail",
            "mobilePhone", "officeLocation", "preferredLanguage", "surname", "userPrincipalName", "id");

    final Map<String, ObjectNode> groups = new LinkedHashMap<>();
    final Map<String, ObjectNode> users = new LinkedHashMap<>();
    final Map<String, Set<String>> members = new LinkedHashMap<>();

    synchronized ObjectNode addGroup(ObjectNode body) {
        ObjectNode g = Json.mapper().createObjectNode();
        String id = UUID.randomUUID().toString();
        g.put("id", id);
        g.putNull("deletedDateTime");
        g.putNull("classification");
        g.put("createdDateTime", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        g.putNull("description");
        g.put("displayName", "");
        g.putArray("groupTypes");
        g.putNull("mail");
        g.put("mailEnabled", false);
        g.put("mailNickname", "");
        g.putNull("membershipRule");
        g.putNull("membershipRuleProcessingState");
        g.put("securityEnabled", true);
        g.put("securityIdentifier", "S-1-12-1-" + Math.abs(id.hashCode()));
        g.putNull("visibility");
        g.setAll(body);
        g.put("id", id);
        if (g.path("mailEnabled").asBoolean()) {
            g.put("mail", g.path("mailNickname").asText() + "@contoso.example");
        }
        groups.put(id, g);
        members.put(id, new LinkedHashSet<>());
        return g.deepCopy();
    }

    synchronized ObjectNode addUser(ObjectNode body) {
        ObjectNode u = Json.mapper().createObjectNode();
        String id = UUID.randomUUID().toString();
        u.put("id", id);
        u.putArray("businessPhones");
        for (String p : List.of("displayName", "givenName", "jobTitle", "mail", "mobilePhone", "officeLocation", "preferredLanguage",
                "surname", "userPrincipalName", "employeeType")) {
            u.putNull(p);
        }
        u.put("accountEnabled", true);
        u.put("userType", "Member");
        u.put("createdDateTime", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        u.setAll(body);
        u.remove("passwordProfile"); // never returned by Graph
        u.put("id", id);
        users.put(id, u);
        return u.deepCopy();
    }

    synchronized boolean upnTaken(String upn) {
        return users.values().stream().anyMatch(u -> u.path("userPrincipalName").asText().equalsIgnoreCase(upn));
    }

    synchronized List<ObjectNode> groupList() {
        return groups.values().stream().map(ObjectNode::deepCopy).toList();
    }

    synchronized List<ObjectNode> userList() {
        return users.values().stream().map(ObjectNode::deepCopy).toList();
    }

    synchronized List<ObjectNode> userMembers(String groupId) {
        List<ObjectNode> out = new ArrayList<>();
        for (String id : members.getOrDefault(groupId, Set.of())) {
            if (users.containsKey(id)) {
                out.add(users.get(id).deepCopy());
            }
        }
        return out;
    }

    /** The groups a user is a direct member of, in the directory's group order (GET /users/{id}/memberOf). */
    synchronized List<ObjectNode> groupsOf(String userId) {
        List<ObjectNode> out = new ArrayList<>();
        members.forEach((groupId, ids) -> {
            if (ids.contains(userId) && groups.containsKey(groupId)) {
                out.add(groups.get(groupId).deepCopy());
            }
        });
        return out;
    }

    synchronized List<String> memberIds(String groupId) {
        return List.copyOf(members.getOrDefault(groupId, Set.of()));
    }

    /** A user as Graph shows it: the default properties, or {@code id} plus what {@code $select} names. */
    static ObjectNode userView(ObjectNode user, String select) {
        return project(user, select == null ? USER_DEFAULT_PROPERTIES : selectList(select));
    }

    static ObjectNode groupView(ObjectNode group, String select) {
        return select == null ? group : project(group, selectList(select));
    }

    private static List<String> selectList(String select) {
        List<String> names = new ArrayList<>(List.of("id"));
        for (String s : select.split(",")) {
            names.add(s.strip());
        }
        return names;
    }

    private static ObjectNode project(ObjectNode source, List<String> names) {
        ObjectNode out = Json.mapper().createObjectNode();
        for (String name : names) {
            JsonNode v = source.get(name);
            out.set(name, v == null ? Json.mapper().nullNode() : v);
        }
        return out;
    }

    static ArrayNode array(List<ObjectNode> items) {
        ArrayNode a = Json.mapper().createArrayNode();
        items.forEach(a::add);
        return a;
    }
}
