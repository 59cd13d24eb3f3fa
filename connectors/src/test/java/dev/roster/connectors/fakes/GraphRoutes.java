package dev.roster.connectors.fakes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.roster.connectors.model.Json;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Graph v1.0's group and user endpoints over {@link GraphDirectoryState}, with Graph's paging and query rules:
 * {@code $top} 1..999 (default 100), no {@code $skip}, an absolute {@code @odata.nextLink} carrying a
 * {@code $skiptoken} and the rest of the query, {@code $search} only with {@code ConsistencyLevel: eventual}.
 */
final class GraphRoutes {
    private static final Pattern EQ = Pattern.compile("(\\w+) eq '((?:[^']|'')*)'");
    private static final Pattern STARTS = Pattern.compile("startswith\\((\\w+),\\s*'((?:[^']|'')*)'\\)");
    private static final Pattern SEARCH = Pattern.compile("\"(\\w+):([^\"]*)\"");
    private static final String MISSING = "Resource '%s' does not exist or one of its queried reference-property objects are not present.";

    private final GraphDirectoryState state;
    private final GraphFake fake;

    GraphRoutes(GraphDirectoryState state, GraphFake fake) {
        this.state = state;
        this.fake = fake;
    }

    /** {@code path} below /v1.0, decoded segments; {@code writer} whether the token's app may write. */
    ResponseDefinition route(LoggedRequest request, List<String> path, Map<String, String> query, boolean writer) {
        String method = request.getMethod().getName();
        String crid = request.getHeader("client-request-id");
        boolean write = !method.equals("GET");
        if (write && !writer) {
            return GraphAnswers.error(403, "Authorization_RequestDenied", "Insufficient privileges to complete the operation.", crid);
        }
        String base = fake.graphUrl();
        if (path.equals(List.of("groups"))) {
            return method.equals("GET") ? list(request, "groups", query, state.groupList(), GraphDirectoryState::groupView)
                    : method.equals("POST") ? createGroup(request, crid) : notAllowed(crid);
        }
        if (path.equals(List.of("users"))) {
            return method.equals("GET") ? list(request, "users", query, state.userList(), GraphDirectoryState::userView)
                    : method.equals("POST") ? createUser(request, crid) : notAllowed(crid);
        }
        if (path.size() >= 3 && path.get(0).equals("users") && path.get(2).equals("memberOf") && method.equals("GET")) {
            // the user's direct memberships; the microsoft.graph.group cast leaves out directory roles and administrative units
            String userId = path.get(1);
            boolean known;
            synchronized (state) {
                known = state.users.containsKey(userId);
            }
            if (!known) {
                return GraphAnswers.error(404, "Request_ResourceNotFound", MISSING.formatted(userId), crid);
            }
            List<String> rest = path.subList(2, path.size());
            if (rest.equals(List.of("memberOf")) || rest.equals(List.of("memberOf", "microsoft.graph.group"))) {
                return list(request, "users/" + userId + "/" + String.join("/", rest), query, state.groupsOf(userId),
                        GraphDirectoryState::groupView);
            }
        }
        if (path.size() >= 2 && path.get(0).equals("groups")) {
            String groupId = path.get(1);
            ObjectNode group;
            synchronized (state) {
                group = state.groups.get(groupId);
            }
            if (group == null) {
                return GraphAnswers.error(404, "Request_ResourceNotFound", MISSING.formatted(groupId), crid);
            }
            if (path.size() == 2 && method.equals("GET")) {
                return GraphAnswers.json(200, context(base + "/$metadata#groups/$entity", GraphDirectoryState.groupView(group.deepCopy(),
                        query.get("$select"))), crid).build();
            }
            List<String> rest = path.subList(2, path.size());
            if (method.equals("GET") && (rest.equals(List.of("members")) || rest.equals(List.of("members", "microsoft.graph.user")))) {
                return list(request, "groups/" + groupId + "/" + String.join("/", rest), query, state.userMembers(groupId),
                        GraphDirectoryState::userView);
            }
            if (method.equals("POST") && rest.equals(List.of("members", "$ref"))) {
                return addMember(request, groupId, group, crid);
            }
            if (method.equals("DELETE") && rest.size() == 3 && rest.get(0).equals("members") && rest.get(2).equals("$ref")) {
                return removeMember(groupId, rest.get(1), group, crid);
            }
        }
        return GraphAnswers.error(400, "BadRequest", "Resource not found for the segment '" + path.getLast() + "'.", crid);
    }

    private ResponseDefinition notAllowed(String crid) {
        return GraphAnswers.error(405, "Request_BadRequest", "Specified HTTP method is not allowed for the request uri.", crid);
    }

    private ResponseDefinition createGroup(LoggedRequest request, String crid) {
        ObjectNode body = body(request);
        if (body == null) {
            return GraphAnswers.error(400, "BadRequest", "Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.", crid);
        }
        for (String required : List.of("displayName", "mailEnabled", "mailNickname", "securityEnabled")) {
            if (!body.hasNonNull(required)) {
                return GraphAnswers.error(400, "Request_BadRequest", "A value is required for property '" + required + "' of resource 'Group'.", crid);
            }
        }
        ObjectNode created = state.addGroup(body);
        return GraphAnswers.json(201, context(fake.graphUrl() + "/$metadata#groups/$entity", created), crid)
                .withHeader("Location", fake.graphUrl() + "/directoryObjects/" + created.path("id").asText() + "/Microsoft.DirectoryServices.Group").build();
    }

    private ResponseDefinition createUser(LoggedRequest request, String crid) {
        ObjectNode body = body(request);
        if (body == null) {
            return GraphAnswers.error(400, "BadRequest", "Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.", crid);
        }
        for (String required : List.of("accountEnabled", "displayName", "mailNickname", "userPrincipalName", "passwordProfile")) {
            if (!body.hasNonNull(required)) {
                return GraphAnswers.error(400, "Request_BadRequest", "A value is required for property '" + required + "' of resource 'User'.", crid);
            }
        }
        if (!body.path("passwordProfile").hasNonNull("password")) {
            return GraphAnswers.error(400, "Request_BadRequest", "A value is required for property 'password' of resource 'PasswordProfile'.", crid);
        }
        String upn = body.path("userPrincipalName").asText();
        if (!upn.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            return GraphAnswers.error(400, "Request_BadRequest", "Property userPrincipalName is invalid.", crid);
        }
        if (state.upnTaken(upn)) {
            return GraphAnswers.error(400, "Request_BadRequest", "Another object with the same value for property userPrincipalName already exists.", crid);
        }
        ObjectNode created = state.addUser(body);
        return GraphAnswers.json(201, context(fake.graphUrl() + "/$metadata#users/$entity", GraphDirectoryState.userView(created, null)), crid).build();
    }

    private ResponseDefinition addMember(LoggedRequest request, String groupId, ObjectNode group, String crid) {
        ObjectNode body = body(request);
        String ref = body == null ? "" : body.path("@odata.id").asText("");
        String prefix = fake.graphUrl() + "/directoryObjects/";
        if (!ref.startsWith(prefix) || ref.length() == prefix.length()) {
            return GraphAnswers.error(400, "Request_BadRequest", "Invalid URL format specified in @odata.id for members.", crid);
        }
        String userId = ref.substring(prefix.length());
        if (isDynamic(group)) {
            return GraphAnswers.error(400, "Request_BadRequest", "Insufficient privileges to complete the operation. Members of a group with dynamic membership cannot be changed.", crid);
        }
        synchronized (state) {
            if (!state.users.containsKey(userId)) {
                return GraphAnswers.error(404, "Request_ResourceNotFound", MISSING.formatted(userId), crid);
            }
            if (!state.members.get(groupId).add(userId)) {
                return GraphAnswers.error(400, "Request_BadRequest", "One or more added object references already exist for the following modified properties: 'members'.", crid);
            }
        }
        return GraphAnswers.noContent(crid);
    }

    private ResponseDefinition removeMember(String groupId, String userId, ObjectNode group, String crid) {
        if (isDynamic(group)) {
            return GraphAnswers.error(400, "Request_BadRequest", "Insufficient privileges to complete the operation. Members of a group with dynamic membership cannot be changed.", crid);
        }
        synchronized (state) {
            if (!state.members.get(groupId).remove(userId)) {
                return GraphAnswers.error(404, "Request_ResourceNotFound", MISSING.formatted(userId), crid);
            }
        }
        return GraphAnswers.noContent(crid);
    }

    private ResponseDefinition list(LoggedRequest request, String collection, Map<String, String> query, List<ObjectNode> all,
                                    java.util.function.BiFunction<ObjectNode, String, ObjectNode> view) {
        String crid = request.getHeader("client-request-id");
        if (query.containsKey("$skip")) {
            return GraphAnswers.error(400, "Request_BadRequest", "'$skip' is not supported by the service.", crid);
        }
        int top;
        try {
            top = Integer.parseInt(query.getOrDefault("$top", "100"));
        } catch (NumberFormatException e) {
            return GraphAnswers.error(400, "BadRequest", "Invalid $top value '" + query.get("$top") + "'.", crid);
        }
        if (top < 1 || top > 999) {
            return GraphAnswers.error(400, "Request_BadRequest", "Invalid page size specified: '" + top + "'. Must be between 1 and 999 inclusive.", crid);
        }
        List<ObjectNode> items = new ArrayList<>(all);
        if (query.containsKey("$search")) {
            if (!"eventual".equalsIgnoreCase(request.getHeader("ConsistencyLevel"))) {
                return GraphAnswers.error(400, "Request_UnsupportedQuery", "Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'", crid);
            }
            Matcher m = SEARCH.matcher(query.get("$search"));
            if (!m.matches()) {
                return GraphAnswers.error(400, "Request_UnsupportedQuery", "Syntax error: character '" + query.get("$search").charAt(0) + "' is not valid at position 0 in '" + query.get("$search") + "'.", crid);
            }
            String field = m.group(1);
            String word = m.group(2).toLowerCase(Locale.ROOT);
            items.removeIf(i -> !i.path(field).asText("").toLowerCase(Locale.ROOT).contains(word));
        }
        if (query.containsKey("$filter")) {
            Predicate<ObjectNode> filter = filter(query.get("$filter"));
            if (filter == null) {
                return GraphAnswers.error(400, "Request_UnsupportedQuery", "Unsupported or invalid query filter clause specified for property or one of its children.", crid);
            }
            items.removeIf(filter.negate());
        }
        if (query.containsKey("$orderby")) {
            String[] parts = query.get("$orderby").strip().split("\\s+");
            Comparator<ObjectNode> order = Comparator.comparing((Function<ObjectNode, String>) i -> i.path(parts[0]).asText(""), String.CASE_INSENSITIVE_ORDER);
            items.sort(parts.length > 1 && parts[1].equalsIgnoreCase("desc") ? order.reversed() : order);
        }
        int offset = 0;
        if (query.containsKey("$skiptoken")) {
            offset = fake.offsetOf(query.get("$skiptoken"));
            if (offset < 0) {
                return GraphAnswers.error(400, "Directory_ExpiredPageToken", "The specified page token value has expired and can no longer be included in your request.", crid);
            }
        }
        List<ObjectNode> page = items.subList(Math.min(offset, items.size()), Math.min(offset + top, items.size()));
        ObjectNode body = Json.mapper().createObjectNode();
        body.put("@odata.context", fake.graphUrl() + "/$metadata#" + collection);
        String self = fake.graphUrl() + "/" + collection;
        String next = fake.nextLink(self, query, offset + top, offset + top < items.size());
        if (next != null) {
            body.put("@odata.nextLink", next);
        }
        body.set("value", GraphDirectoryState.array(page.stream().map(i -> view.apply(i, query.get("$select"))).toList()));
        return GraphAnswers.json(200, body, crid).build();
    }

    private static Predicate<ObjectNode> filter(String filter) {
        Matcher eq = EQ.matcher(filter.strip());
        if (eq.matches()) {
            String value = eq.group(2).replace("''", "'");
            return i -> i.path(eq.group(1)).asText("").equalsIgnoreCase(value);
        }
        Matcher starts = STARTS.matcher(filter.strip());
        if (starts.matches()) {
            String value = starts.group(2).replace("''", "'").toLowerCase(Locale.ROOT);
            return i -> i.path(starts.group(1)).asText("").toLowerCase(Locale.ROOT).startsWith(value);
        }
        return null;
    }

    static boolean isDynamic(JsonNode group) {
        for (JsonNode t : group.path("groupTypes")) {
            if (t.asText().equals("DynamicMembership")) {
                return true;
            }
        }
        return false;
    }

    private static ObjectNode context(String context, ObjectNode item) {
        ObjectNode out = Json.mapper().createObjectNode();
        out.put("@odata.context", context);
        out.setAll(item);
        return out;
    }

    private static ObjectNode body(LoggedRequest request) {
        try {
            JsonNode node = Json.mapper().readTree(request.getBodyAsString());
            return node instanceof ObjectNode o ? o : null;
        } catch (Exception e) {
            return null;
        }
    }

    /** Query parameters, decoded (Graph reads {@code +} as a space in a query, as forms do). */
    static Map<String, String> query(String rawQuery) {
        Map<String, String> out = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return out;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.put(k, v);
        }
        return out;
    }

    static String encode(Map<String, String> query) {
        StringBuilder b = new StringBuilder();
        query.forEach((k, v) -> b.append(b.isEmpty() ? "" : "&").append(k.replace(" ", "%20")).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8).replace("+", "%20")));
        return b.toString();
    }

    static String skipToken(int offset) {
        return "RFNwdAIAAQAAAB" + Base64.getUrlEncoder().withoutPadding().encodeToString(("offset:" + offset).getBytes(StandardCharsets.UTF_8));
    }
}
