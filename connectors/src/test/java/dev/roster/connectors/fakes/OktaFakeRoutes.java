package dev.roster.connectors.fakes;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.roster.connectors.model.Json;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Management API routes of {@link OktaFake}, as one WireMock transformer over a catch-all stub. Status
 * codes and error bodies are the spec's (components/examples Error*): E0000011 401 for a bad token,
 * E0000006 403 for a token without the right, E0000007 404, E0000001 400 for validation, E0000047 429.
 */
final class OktaFakeRoutes implements ResponseDefinitionTransformerV2 {
    OktaFakeState state;
    private String baseUrl;
    volatile OktaFake.LinkStyle linkStyle = OktaFake.LinkStyle.TWO_LINES;
    final Set<OktaFake.Fault> faults = ConcurrentHashMap.newKeySet();
    volatile int slowMillis = 3_000;
    /** One more read-and-write token (the redaction audit plants its own); null: only {@link OktaFake#TOKEN}. */
    volatile String extraToken;
    volatile String foreignHost = "http://192.0.2.1:9";
    final AtomicInteger rateLimited = new AtomicInteger();
    volatile int resetInSeconds = 1;
    private final AtomicInteger remaining = new AtomicInteger(OktaFake.RATE_LIMIT);

    void bind(OktaFakeState s, String base) {
        this.state = s;
        this.baseUrl = base;
    }

    @Override
    public String getName() {
        return "okta-fake";
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        LoggedRequest request = event.getRequest();
        if (faults.contains(OktaFake.Fault.CONNECTION_RESET)) {
            return aResponse().withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER).build();
        }
        ResponseDefinitionBuilder answer = route(request);
        if (faults.contains(OktaFake.Fault.SLOW)) {
            answer.withFixedDelay(slowMillis);
        }
        return answer.build();
    }

    private ResponseDefinitionBuilder route(LoggedRequest request) {
        String auth = request.getHeader("Authorization");
        String extra = extraToken;
        boolean writer = ("SSWS " + OktaFake.TOKEN).equals(auth) || ("Bearer " + OktaFake.TOKEN).equals(auth)
                || (extra != null && (("SSWS " + extra).equals(auth) || ("Bearer " + extra).equals(auth)));
        boolean reader = writer || ("SSWS " + OktaFake.READ_ONLY_TOKEN).equals(auth) || ("Bearer " + OktaFake.READ_ONLY_TOKEN).equals(auth);
        if (!reader) {
            return error(401, "E0000011", "Invalid token provided");
        }
        if (rateLimited.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            // Okta documents no Retry-After here: the reset header says when the window reopens
            return aResponse().withStatus(429).withHeader("Content-Type", "application/json")
                    .withBody(errorBody("E0000047", "API call exceeded rate limit due to too many requests.").toString())
                    .withHeader("X-Rate-Limit-Limit", Integer.toString(OktaFake.RATE_LIMIT)).withHeader("X-Rate-Limit-Remaining", "0")
                    .withHeader("X-Rate-Limit-Reset", Long.toString(Instant.now().getEpochSecond() + resetInSeconds))
                    .withHeader("X-Okta-Request-Id", requestId());
        }
        String method = request.getMethod().getName();
        URI uri = URI.create(request.getUrl());
        String[] path = uri.getRawPath().replaceAll("^/+|/+$", "").split("/");
        Map<String, String> query = query(uri);
        if (!method.equals("GET") && !writer) {
            return error(403, "E0000006", "You do not have permission to perform the requested action");
        }
        if (path.length < 3 || !path[0].equals("api") || !path[1].equals("v1")) {
            return notFound(uri.getRawPath());
        }
        List<String> p = List.of(path).subList(2, path.length);
        return switch (method + " " + p.getFirst() + "/" + p.size()) {
            case "GET groups/1" -> page(state.groups(query.get("q")), uri, query);
            case "POST groups/1" -> createGroup(request);
            case "GET groups/2" -> object(state.group(p.get(1)), uri);
            case "GET groups/3" -> p.get(2).equals("users") && state.group(p.get(1)) != null
                    ? page(state.membersOf(p.get(1)), uri, query) : notFound(uri.getRawPath());
            case "PUT groups/4", "DELETE groups/4" -> membership(method, p.get(1), p.get(3), uri);
            case "GET users/1" -> page(state.users(query.get("q")), uri, query);
            case "POST users/1" -> createUser(request, query);
            case "GET users/2" -> p.get(1).equals("me") ? json(200, tokenUser(writer)) : object(state.user(p.get(1)), uri);
            case "GET users/3" -> p.get(2).equals("roles") && (p.get(1).equals(WRITER_ID) || p.get(1).equals(READER_ID))
                    ? json(200, roles(p.get(1).equals(WRITER_ID))) : p.get(2).equals("groups") && state.user(p.get(1)) != null
                    ? page(state.groupsOf(p.get(1)), uri, query) : notFound(uri.getRawPath());
            default -> notFound(uri.getRawPath());
        };
    }

    static final String WRITER_ID = "00u1rosteradmin0x7";
    static final String READER_ID = "00u1rosterread0x7";

    /**
     * {@code GET /api/v1/users/me}: the user an API token acts as (the admin who created it), a User object.
     * Not among the directory's users, as an admin account usually is not in the groups Roster manages.
     */
    private static ObjectNode tokenUser(boolean writer) {
        ObjectNode user = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        user.put("id", writer ? WRITER_ID : READER_ID);
        user.put("status", "ACTIVE");
        user.put("created", "2024-01-02T09:00:00.000Z");
        user.put("lastUpdated", "2024-01-02T09:00:00.000Z");
        ObjectNode profile = user.putObject("profile");
        String login = writer ? "roster.admin@example.com" : "roster.auditor@example.com";
        profile.put("firstName", "Roster").put("lastName", writer ? "Admin" : "Auditor").put("email", login).put("login", login);
        return user;
    }

    /** {@code GET /api/v1/users/{id}/roles}: the standard role assignments of the token's user (StandardRole objects). */
    private static ArrayNode roles(boolean writer) {
        ArrayNode roles = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        ObjectNode role = roles.addObject();
        role.put("id", writer ? "ra1b2c3d4e5f6ORGADM" : "ra1b2c3d4e5f6READON");
        role.put("label", writer ? "Organizational Administrator" : "Read-only Administrator");
        role.put("type", writer ? "ORG_ADMIN" : "READ_ONLY_ADMIN");
        role.put("status", "ACTIVE");
        role.put("created", "2024-01-02T09:00:00.000Z");
        role.put("lastUpdated", "2024-01-02T09:00:00.000Z");
        role.put("assignmentType", "USER");
        return roles;
    }

    private ResponseDefinitionBuilder createGroup(LoggedRequest request) {
        JsonNode body = body(request);
        if (body == null) {
            return error(400, "E0000003", "The request body was not well-formed.");
        }
        String name = body.path("profile").path("name").asText("");
        if (name.isBlank()) {
            return validation("profile.name: The field cannot be left blank");
        }
        if (state.groupNameTaken(name)) {
            return validation("name: An object with this field already exists in the current organization");
        }
        return json(200, state.addGroup("OKTA_GROUP", name, body.path("profile").path("description").asText(null)));
    }

    private ResponseDefinitionBuilder createUser(LoggedRequest request, Map<String, String> query) {
        JsonNode body = body(request);
        if (body == null || !body.path("profile").isObject()) {
            return error(400, "E0000003", "The request body was not well-formed.");
        }
        ObjectNode profile = (ObjectNode) body.path("profile");
        for (String required : List.of("login", "firstName", "lastName", "email")) {
            if (profile.path(required).asText("").isBlank()) {
                return validation(required + ": The field cannot be left blank");
            }
        }
        if (state.loginTaken(profile.path("login").asText())) {
            return validation("login: An object with this field already exists in the current organization");
        }
        ObjectNode user = state.addUser(profile, !"false".equals(query.get("activate")));
        for (JsonNode groupId : body.path("groupIds")) {
            if (state.group(groupId.asText()) != null) {
                state.join(groupId.asText(), user.path("id").asText());
            }
        }
        return json(200, user);
    }

    /** 204 either way, as Okta answers; only OKTA_GROUP memberships can change. */
    private ResponseDefinitionBuilder membership(String method, String groupId, String userId, URI uri) {
        ObjectNode group = state.group(groupId);
        if (group == null || state.user(userId) == null) {
            return notFound(uri.getRawPath());
        }
        if (!"OKTA_GROUP".equals(group.path("type").asText())) {
            return error(403, "E0000006", "You do not have permission to perform the requested action");
        }
        if (method.equals("PUT")) {
            state.join(groupId, userId);
        } else {
            state.leave(groupId, userId);
        }
        return headers(aResponse().withStatus(204));
    }

    /** One page by id order: {@code after} is the last id already seen; Link self and (if more) next. */
    private ResponseDefinitionBuilder page(List<JsonNode> all, URI uri, Map<String, String> query) {
        if (faults.contains(OktaFake.Fault.MALFORMED_JSON)) {
            return headers(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("[{\"id\":\"00g1"));
        }
        int limit = query.containsKey("limit") ? Integer.parseInt(query.get("limit")) : 200;
        String after = query.get("after");
        List<JsonNode> rest = all.stream().filter(n -> after == null || n.path("id").asText().compareTo(after) > 0).toList();
        List<JsonNode> items = rest.subList(0, Math.min(limit, rest.size()));
        ResponseDefinitionBuilder answer = json(200, array(items));
        String self = baseUrl + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        String next = null;
        if (faults.contains(OktaFake.Fault.LOOPING_NEXT)) {
            // every page names the same next page: the one after the first item
            next = baseUrl + uri.getRawPath() + "?limit=" + limit + "&after=" + (all.isEmpty() ? "0" : all.getFirst().path("id").asText());
        } else if (faults.contains(OktaFake.Fault.FOREIGN_NEXT)) {
            next = foreignHost + uri.getRawPath() + "?limit=" + limit + "&after=x";
        } else if (rest.size() > limit && !query.containsKey("q")) {
            Map<String, String> nextQuery = new LinkedHashMap<>(query);
            nextQuery.put("after", items.getLast().path("id").asText());
            nextQuery.put("limit", Integer.toString(limit));
            next = baseUrl + uri.getRawPath() + "?" + encode(nextQuery);
        }
        String selfLink = "<" + self + ">; rel=\"self\"";
        if (next == null) {
            return answer.withHeader("Link", selfLink);
        }
        String nextLink = "<" + next + ">; rel=\"next\"";
        return linkStyle == OktaFake.LinkStyle.TWO_LINES ? answer.withHeader("Link", selfLink, nextLink)
                : answer.withHeader("Link", selfLink + ", " + nextLink);
    }

    private ResponseDefinitionBuilder object(JsonNode node, URI uri) {
        if (node == null) {
            return notFound(uri.getRawPath());
        }
        if (faults.contains(OktaFake.Fault.MALFORMED_JSON)) {
            return headers(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("{\"id\":"));
        }
        return json(200, node);
    }

    private ResponseDefinitionBuilder notFound(String path) {
        return error(404, "E0000007", "Not found: Resource not found: " + path + " (" + path.replaceAll(".*/", "") + ")");
    }

    private ResponseDefinitionBuilder validation(String cause) {
        ObjectNode body = errorBody("E0000001", "Api validation failed: " + cause.replaceAll(":.*", ""));
        body.withArray("errorCauses").addObject().put("errorSummary", cause);
        return json(400, body);
    }

    private ResponseDefinitionBuilder error(int status, String code, String summary) {
        return json(status, errorBody(code, summary));
    }

    private static ObjectNode errorBody(String code, String summary) {
        ObjectNode body = Json.mapper().createObjectNode();
        body.put("errorCode", code).put("errorSummary", summary).put("errorLink", code)
                .put("errorId", "oae" + UUID.randomUUID().toString().replace("-", "").substring(0, 19));
        body.putArray("errorCauses");
        return body;
    }

    private ResponseDefinitionBuilder json(int status, JsonNode body) {
        return headers(aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body.toString()));
    }

    /** X-Rate-Limit-* (reset in UTC epoch seconds) and X-Okta-Request-Id on every answer, as Okta sends them. */
    private ResponseDefinitionBuilder headers(ResponseDefinitionBuilder b) {
        int left = remaining.updateAndGet(n -> n <= 1 ? OktaFake.RATE_LIMIT : n - 1);
        return b.withHeader("X-Rate-Limit-Limit", Integer.toString(OktaFake.RATE_LIMIT))
                .withHeader("X-Rate-Limit-Remaining", Integer.toString(left))
                .withHeader("X-Rate-Limit-Reset", Long.toString(Instant.now().getEpochSecond() + 60))
                .withHeader("X-Okta-Request-Id", requestId());
    }

    private static String requestId() {
        return "req" + UUID.randomUUID().toString().replace("-", "").substring(0, 17);
    }

    private static ArrayNode array(List<JsonNode> items) {
        ArrayNode a = Json.mapper().createArrayNode();
        items.forEach(a::add);
        return a;
    }

    private static JsonNode body(LoggedRequest request) {
        try {
            return Json.mapper().readTree(request.getBodyAsString());
        } catch (IOException e) {
            return null;
        }
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> q = new LinkedHashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                q.put(k, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return q;
    }

    private static String encode(Map<String, String> query) {
        StringBuilder s = new StringBuilder();
        query.forEach((k, v) -> s.append(s.isEmpty() ? "" : "&").append(java.net.URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=').append(java.net.URLEncoder.encode(v, StandardCharsets.UTF_8).replace("+", "%20")));
        return s.toString();
    }
}
