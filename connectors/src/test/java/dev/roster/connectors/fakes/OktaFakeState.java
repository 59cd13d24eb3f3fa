package dev.roster.connectors.fakes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.connectors.model.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The org behind {@link OktaFake}: groups, users and memberships, each kept in id order (Okta pages by id,
 * and its {@code after} cursor is the last id of a page). Objects are in Okta's shape (Group, User of the
 * Management API spec), so what the fake answers is what a connector reads from a real org.
 */
final class OktaFakeState {
    private final TreeMap<String, ObjectNode> groups = new TreeMap<>();
    private final TreeMap<String, ObjectNode> users = new TreeMap<>();
    private final Map<String, Set<String>> members = new TreeMap<>();
    private final AtomicInteger sequence = new AtomicInteger();
    private final String baseUrl;

    OktaFakeState(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    synchronized ObjectNode addGroup(String type, String name, String description) {
        String id = "00g" + id();
        ObjectNode g = Json.mapper().createObjectNode();
        String now = now();
        g.put("id", id).put("created", now).put("lastUpdated", now).put("lastMembershipUpdated", now);
        g.putArray("objectClass").add("APP_GROUP".equals(type) ? "okta:windows_security_principal" : "okta:user_group");
        g.put("type", type);
        ObjectNode profile = g.putObject("profile");
        profile.put("name", name);
        if (description != null) {
            profile.put("description", description);
        } else {
            profile.putNull("description");
        }
        if ("APP_GROUP".equals(type)) {
            profile.put("windowsDomainQualifiedName", "CORP\\" + name).put("samAccountName", name);
        }
        ObjectNode links = g.putObject("_links");
        links.putObject("logo").put("href", baseUrl + "/assets/img/logos/groups/okta-medium.png");
        links.putObject("users").put("href", baseUrl + "/api/v1/groups/" + id + "/users");
        links.putObject("apps").put("href", baseUrl + "/api/v1/groups/" + id + "/apps");
        groups.put(id, g);
        members.put(id, new LinkedHashSet<>());
        return g;
    }

    /** A user as {@code POST /api/v1/users} makes it: ACTIVE when activated (Okta's default), else STAGED. */
    synchronized ObjectNode addUser(ObjectNode profile, boolean activate) {
        String id = "00u" + id();
        ObjectNode u = Json.mapper().createObjectNode();
        String now = now();
        u.put("id", id).put("status", activate ? "ACTIVE" : "STAGED").put("created", now);
        if (activate) {
            u.put("activated", now);
        } else {
            u.putNull("activated");
        }
        u.put("statusChanged", now).putNull("lastLogin").put("lastUpdated", now).putNull("passwordChanged");
        u.putObject("type").put("id", "oty1fakeDefaultType0g4");
        u.set("profile", profile.deepCopy());
        u.putObject("credentials").putObject("provider").put("type", "OKTA").put("name", "OKTA");
        u.putObject("_links").putObject("self").put("href", baseUrl + "/api/v1/users/" + id);
        users.put(id, u);
        return u;
    }

    synchronized ObjectNode group(String id) {
        return groups.get(id);
    }

    synchronized ObjectNode user(String id) {
        return users.get(id);
    }

    synchronized boolean loginTaken(String login) {
        return users.values().stream().anyMatch(u -> login.equalsIgnoreCase(u.path("profile").path("login").asText()));
    }

    synchronized boolean groupNameTaken(String name) {
        return groups.values().stream().anyMatch(g -> name.equals(g.path("profile").path("name").asText()));
    }

    synchronized List<JsonNode> groups(String q) {
        return new ArrayList<>(groups.values().stream().filter(g -> startsWith(g.path("profile").path("name"), q)).toList());
    }

    /** {@code q} matches firstName, lastName or email by prefix, as Okta documents. */
    synchronized List<JsonNode> users(String q) {
        return new ArrayList<>(users.values().stream().filter(u -> q == null
                || startsWith(u.path("profile").path("firstName"), q) || startsWith(u.path("profile").path("lastName"), q)
                || startsWith(u.path("profile").path("email"), q)).toList());
    }

    synchronized List<JsonNode> membersOf(String groupId) {
        return members.getOrDefault(groupId, Set.of()).stream().sorted().map(users::get).map(JsonNode.class::cast).toList();
    }

    /** The user's groups in id order, as {@code GET /api/v1/users/{id}/groups} pages them (Link, limit, after). */
    synchronized List<JsonNode> groupsOf(String userId) {
        return members.entrySet().stream().filter(e -> e.getValue().contains(userId)).map(java.util.Map.Entry::getKey).sorted()
                .map(id -> (JsonNode) groups.get(id)).toList();
    }

    synchronized boolean isMember(String groupId, String userId) {
        return members.getOrDefault(groupId, Set.of()).contains(userId);
    }

    /** Okta's PUT is idempotent: adding a member twice changes nothing and still answers 204. */
    synchronized void join(String groupId, String userId) {
        if (members.get(groupId).add(userId)) {
            groups.get(groupId).put("lastMembershipUpdated", now());
        }
    }

    synchronized void leave(String groupId, String userId) {
        if (members.get(groupId).remove(userId)) {
            groups.get(groupId).put("lastMembershipUpdated", now());
        }
    }

    /** Okta writes milliseconds: 2015-02-06T10:11:28.000Z. */
    private static String now() {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
                .withZone(java.time.ZoneOffset.UTC).format(Instant.now());
    }

    private String id() {
        // 17 more characters like Okta's 20-character ids; increasing, so id order is creation order
        return String.format(Locale.ROOT, "%011dfake0g4", sequence.incrementAndGet()).substring(0, 17);
    }

    private static boolean startsWith(JsonNode value, String q) {
        return q == null || value.asText("").toLowerCase(Locale.ROOT).startsWith(q.toLowerCase(Locale.ROOT));
    }
}
