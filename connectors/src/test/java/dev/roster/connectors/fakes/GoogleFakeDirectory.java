package dev.roster.connectors.fakes;

import static dev.roster.connectors.fakes.GoogleFakeAnswers.JSON;
import static dev.roster.connectors.fakes.GoogleFakeAnswers.badRequest;
import static dev.roster.connectors.fakes.GoogleFakeAnswers.error;
import static dev.roster.connectors.fakes.GoogleFakeAnswers.json;
import static dev.roster.connectors.fakes.GoogleFakeAnswers.notFound;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The Directory API's groups, members and users in memory, answered in Google's wire format
 * (https://developers.google.com/workspace/admin/directory/reference/rest): {@code kind}, {@code etag},
 * the list key left out of an empty page, {@code nextPageToken}, a bad page token a 400 "Invalid Input".
 * Writes need the read-write scope and an admin who may write; a read-only admin gets 403 forbidden.
 */
final class GoogleFakeDirectory {
    static final String SCOPE = "https://www.googleapis.com/auth/admin.directory.";
    static final String CUSTOMER_ID = "C03az79cb";

    private final Map<String, ObjectNode> groups = new LinkedHashMap<>();
    private final Map<String, Map<String, ObjectNode>> members = new LinkedHashMap<>();
    private final Map<String, ObjectNode> users = new LinkedHashMap<>();
    private final Set<String> readOnlyAdmins;
    volatile boolean loopingPageToken;

    GoogleFakeDirectory(Set<String> readOnlyAdmins) {
        this.readOnlyAdmins = readOnlyAdmins;
    }

    synchronized ResponseDefinition answer(Request request, String path, GoogleFakeTokens.Grant grant) {
        String[] p = path.replaceFirst("^/", "").split("/");
        String method = request.getMethod().getName();
        boolean write = !method.equals("GET");
        if (grant.scopes().stream().noneMatch(accepted(p, write)::contains)) {
            return error(403, "Request had insufficient authentication scopes.", "global", "insufficientPermissions", "PERMISSION_DENIED");
        }
        if (write && readOnlyAdmins.contains(grant.subject())) {
            return error(403, "Not Authorized to access this resource/api", "global", "forbidden", null);
        }
        return switch (method + " " + p[0] + "/" + p.length) {
            case "GET groups/1" -> listGroups(request);
            case "POST groups/1" -> createGroup(body(request));
            case "GET groups/2" -> group(p[1]).map(g -> json(200, g)).orElseGet(() -> notFound("groupKey"));
            case "GET groups/3" -> listMembers(request, p[1]);
            case "POST groups/3" -> addMember(p[1], body(request));
            case "DELETE groups/4" -> removeMember(p[1], p[3]);
            case "GET users/1" -> listUsers(request);
            case "POST users/1" -> createUser(body(request));
            case "GET users/2" -> {
                ObjectNode user = user(p[1]);
                yield user == null ? notFound("userKey") : json(200, user);
            }
            default -> notFound(path);
        };
    }

    /** The scopes that allow a call, from each method's "Authorization scopes" in the reference. */
    private static Set<String> accepted(String[] path, boolean write) {
        List<String> names;
        if (path[0].equals("users")) {
            names = write ? List.of("user") : List.of("user", "user.readonly");
        } else if (path.length >= 3) {
            names = write ? List.of("group", "group.member") : List.of("group", "group.readonly", "group.member", "group.member.readonly");
        } else {
            names = write ? List.of("group") : List.of("group", "group.readonly");
        }
        return Set.copyOf(names.stream().map(n -> SCOPE + n).toList());
    }

    synchronized ObjectNode seedGroup(String email, String name, String description) {
        ObjectNode g = JSON.createObjectNode().put("kind", "admin#directory#group").put("id", id("03", 15))
                .put("etag", etag()).put("email", email).put("name", name).put("directMembersCount", "0")
                .put("description", description).put("adminCreated", true);
        groups.put(g.get("id").asText(), g);
        members.put(g.get("id").asText(), new LinkedHashMap<>());
        return g;
    }

    synchronized ObjectNode seedUser(String email, String givenName, String familyName) {
        ObjectNode u = JSON.createObjectNode().put("kind", "admin#directory#user").put("id", id("1", 20)).put("etag", etag())
                .put("primaryEmail", email);
        u.putObject("name").put("givenName", givenName).put("familyName", familyName).put("fullName", givenName + " " + familyName);
        u.put("isAdmin", false).put("isDelegatedAdmin", false).put("lastLoginTime", "1970-01-01T00:00:00.000Z")
                .put("creationTime", Instant.now().toString()).put("agreedToTerms", false).put("suspended", false)
                .put("archived", false).put("changePasswordAtNextLogin", false).put("ipWhitelisted", false);
        u.putArray("emails").addObject().put("address", email).put("primary", true);
        u.put("customerId", CUSTOMER_ID).put("orgUnitPath", "/").put("isMailboxSetup", true).put("isEnrolledIn2Sv", false)
                .put("isEnforcedIn2Sv", false).put("includeInGlobalAddressList", true);
        users.put(u.get("id").asText(), u);
        return u;
    }

    private ResponseDefinition listGroups(Request request) {
        String customer = param(request, "customer");
        String domain = param(request, "domain");
        String userKey = param(request, "userKey");
        if (userKey != null && customer != null) {
            return badRequest("Bad Request", "badRequest");
        }
        if (customer == null && domain == null && userKey == null) {
            return badRequest("Bad Request", "badRequest");
        }
        Predicate<ObjectNode> filter = g -> domain == null || g.get("email").asText().endsWith("@" + domain);
        if (userKey != null) {
            ObjectNode user = user(userKey);
            if (user == null) {
                // an unknown user is Google's 404 (unverified: its reference does not say)
                return notFound("userKey");
            }
            String id = user.get("id").asText();
            filter = filter.and(g -> members.get(g.get("id").asText()).containsKey(id));
        }
        filter = filter.and(matches(param(request, "query"), "name", "email"));
        return page(request, "admin#directory#groups", "groups", groups.values().stream().filter(filter).toList(), 200);
    }

    private ResponseDefinition listUsers(Request request) {
        if (param(request, "customer") == null && param(request, "domain") == null) {
            return badRequest("Bad Request", "badRequest");
        }
        String domain = param(request, "domain");
        Predicate<ObjectNode> filter = u -> domain == null || u.get("primaryEmail").asText().endsWith("@" + domain);
        filter = filter.and(matches(param(request, "query"), "primaryEmail", "name"));
        return page(request, "admin#directory#users", "users", users.values().stream().filter(filter).toList(), 500);
    }

    private ResponseDefinition listMembers(Request request, String groupKey) {
        return group(groupKey).map(g -> {
            String roles = param(request, "roles");
            List<ObjectNode> list = members.get(g.get("id").asText()).values().stream()
                    .filter(m -> roles == null || Set.of(roles.split(",")).contains(m.get("role").asText())).toList();
            return page(request, "admin#directory#members", "members", list, 200);
        }).orElseGet(() -> notFound("groupKey"));
    }

    private ResponseDefinition createGroup(JsonNode body) {
        if (body == null || !body.hasNonNull("email")) {
            return badRequest("Missing required field: email", "required");
        }
        String email = body.get("email").asText();
        if (groups.values().stream().anyMatch(g -> g.get("email").asText().equalsIgnoreCase(email))) {
            return error(409, "Entity already exists.", "global", "duplicate", "ALREADY_EXISTS");
        }
        ObjectNode g = seedGroup(email, body.path("name").asText(email), body.hasNonNull("description") ? body.get("description").asText() : "");
        g.put("adminCreated", true);
        return json(200, g);
    }

    private ResponseDefinition createUser(JsonNode body) {
        for (String field : List.of("primaryEmail", "password")) {
            if (body == null || !body.hasNonNull(field)) {
                return badRequest("Invalid Input: " + field, "invalid");
            }
        }
        if (!body.path("name").hasNonNull("givenName") || !body.path("name").hasNonNull("familyName")) {
            return badRequest("Invalid Given/Family Name: " + (body.path("name").hasNonNull("givenName") ? "FamilyName" : "GivenName"), "invalid");
        }
        if (user(body.get("primaryEmail").asText()) != null) {
            return error(409, "Entity already exists.", "global", "duplicate", "ALREADY_EXISTS");
        }
        return json(200, seedUser(body.get("primaryEmail").asText(), body.path("name").get("givenName").asText(),
                body.path("name").get("familyName").asText()));
    }

    private ResponseDefinition addMember(String groupKey, JsonNode body) {
        ObjectNode g = group(groupKey).orElse(null);
        if (g == null) {
            return notFound("groupKey");
        }
        String key = body == null ? null : body.hasNonNull("email") ? body.get("email").asText() : body.path("id").asText(null);
        ObjectNode user = key == null ? null : user(key);
        if (user == null) {
            return notFound("memberKey");
        }
        Map<String, ObjectNode> of = members.get(g.get("id").asText());
        if (of.containsKey(user.get("id").asText())) {
            return error(409, "Member already exists.", "global", "duplicate", null);
        }
        ObjectNode member = JSON.createObjectNode().put("kind", "admin#directory#member").put("etag", etag())
                .put("id", user.get("id").asText()).put("email", user.get("primaryEmail").asText())
                .put("role", body.path("role").asText("MEMBER")).put("type", "USER").put("status", "ACTIVE");
        of.put(user.get("id").asText(), member);
        g.put("directMembersCount", Integer.toString(of.size()));
        return json(200, member);
    }

    private ResponseDefinition removeMember(String groupKey, String memberKey) {
        ObjectNode g = group(groupKey).orElse(null);
        if (g == null) {
            return notFound("groupKey");
        }
        ObjectNode user = user(memberKey);
        Map<String, ObjectNode> of = members.get(g.get("id").asText());
        if (user == null || of.remove(user.get("id").asText()) == null) {
            return notFound("memberKey");
        }
        g.put("directMembersCount", Integer.toString(of.size()));
        return GoogleFakeAnswers.noContent();
    }

    /** One page; the token is opaque to clients (a base64 offset), and checked like Google checks its own. */
    private ResponseDefinition page(Request request, String kind, String key, List<ObjectNode> all, int max) {
        int size;
        try {
            size = param(request, "maxResults") == null ? (max == 500 ? 100 : 200) : Integer.parseInt(param(request, "maxResults"));
        } catch (NumberFormatException e) {
            return badRequest("Invalid value '" + param(request, "maxResults") + "'. Values must be within the range: [1, " + max + "]", "invalid");
        }
        if (size < 1 || size > max) {
            return badRequest("Invalid value '" + size + "'. Values must be within the range: [1, " + max + "]", "invalid");
        }
        String token = param(request, "pageToken");
        int offset = 0;
        if (token != null) {
            try {
                offset = Integer.parseInt(new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).replace("offset:", ""));
            } catch (IllegalArgumentException e) {
                return badRequest("Invalid Input: " + token, "invalid");
            }
        }
        ObjectNode body = JSON.createObjectNode().put("kind", kind).put("etag", etag());
        List<ObjectNode> slice = all.subList(Math.min(offset, all.size()), Math.min(offset + size, all.size()));
        if (!slice.isEmpty()) {
            ArrayNode items = body.putArray(key);
            slice.forEach(items::add);
        }
        if (offset + size < all.size()) {
            int next = loopingPageToken ? offset : offset + size;
            body.put("nextPageToken", Base64.getUrlEncoder().withoutPadding().encodeToString(("offset:" + next).getBytes(StandardCharsets.UTF_8)));
        }
        return json(200, body);
    }

    private java.util.Optional<ObjectNode> group(String key) {
        return groups.values().stream().filter(g -> g.get("id").asText().equals(key) || g.get("email").asText().equalsIgnoreCase(key)).findFirst();
    }

    private ObjectNode user(String key) {
        return users.values().stream().filter(u -> u.get("id").asText().equals(key) || u.get("primaryEmail").asText().equalsIgnoreCase(key))
                .findFirst().orElse(null);
    }

    /** A small part of Google's query language: {@code field:value*} or a bare word, matched by prefix or containment. */
    private static Predicate<ObjectNode> matches(String query, String... fields) {
        if (query == null || query.isBlank()) {
            return x -> true;
        }
        String q = query.replaceFirst("^\\w+:", "").replace("'", "").replace("*", "").toLowerCase(Locale.ROOT);
        return x -> {
            for (String field : fields) {
                if (x.path(field).toString().toLowerCase(Locale.ROOT).contains(q)) {
                    return true;
                }
            }
            return false;
        };
    }

    private static JsonNode body(Request request) {
        try {
            return JSON.readTree(request.getBodyAsString());
        } catch (IOException e) {
            return null;
        }
    }

    private static String param(Request request, String name) {
        var p = request.queryParameter(name);
        return p.isPresent() ? p.firstValue() : null;
    }

    private static String id(String prefix, int length) {
        StringBuilder id = new StringBuilder(prefix);
        String random = UUID.randomUUID().toString().replace("-", "");
        id.append(random, 0, Math.min(length - prefix.length(), random.length()));
        return id.toString();
    }

    private static String etag() {
        return "\"" + UUID.randomUUID().toString().replace("-", "") + "/" + Long.toHexString(System.nanoTime()) + "\"";
    }
}
