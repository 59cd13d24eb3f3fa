package dev.roster.connectors.fakes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.roster.connectors.model.Json;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * Answers every request to {@link TrutoFake} from its state: routing, the API token, the integrated account,
 * Truto's list envelope and response options, and the faults switched on. One request at a time.
 */
final class TrutoFakeHandler implements ResponseDefinitionTransformerV2 {
    private static final String PREFIX = "/unified/user-directory/";
    private static final Set<String> FORMATS = Set.of("unified", "normalized", "raw");
    /** Truto's per-integrated-account budget: 50 requests per 10 s (PROVIDERS.md, Truto "Rate limits"). */
    private static final int WINDOW_LIMIT = 50;

    private final TrutoFake fake;
    private final Clock clock = Clock.systemUTC();
    private int used;

    TrutoFakeHandler(TrutoFake fake) {
        this.fake = fake;
    }

    @Override
    public String getName() {
        return "truto-fake";
    }

    @Override
    public synchronized ResponseDefinition transform(ServeEvent event) {
        Request request = event.getRequest();
        URI uri = URI.create(request.getUrl());
        String path = uri.getRawPath();
        String method = request.getMethod().getName();
        boolean write = method.equals("POST");
        boolean list = method.equals("GET") && (path.endsWith("/groups") || path.endsWith("/users"));
        TrutoFake.Fault fault = fake.takeFault(write, list);
        if (fault == TrutoFake.Fault.RESET) {
            return ResponseDefinitionBuilder.responseDefinition().withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER).build();
        }
        ResponseDefinitionBuilder answer = answer(request, path, method, fault);
        if (fault == TrutoFake.Fault.SLOW) {
            answer.withFixedDelay((int) fake.slowDelay().toMillis());
        }
        return answer.build();
    }

    private ResponseDefinitionBuilder answer(Request request, String path, String method, TrutoFake.Fault fault) {
        String authorization = request.getHeader("Authorization");
        if (fault == TrutoFake.Fault.UNAUTHORIZED || !fake.accepts(authorization)) {
            return error(401, "Unauthorized", "Invalid API token.");
        }
        if (fault == TrutoFake.Fault.RATE_LIMITED) {
            return error(429, "Too Many Requests", "You have exceeded the rate limit.").withHeader("Retry-After", "10")
                    .withHeader("ratelimit-remaining", "0");
        }
        if (method.equals("GET") && path.startsWith("/integrated-account/")) {
            return integratedAccount(path.substring("/integrated-account/".length()));
        }
        String account = first(request, "integrated_account_id");
        if (account == null) {
            return error(400, "Bad Request", "integrated_account_id is required.");
        }
        if (fault == TrutoFake.Fault.BLOCKED || account.equals(TrutoFake.BLOCKED_ACCOUNT)) {
            return error(503, "Service Unavailable", "The integrated account is blocked.");
        }
        if (!account.equals(TrutoFake.ACCOUNT) && !account.equals(TrutoFake.SANDBOX_ACCOUNT)) {
            return error(404, "Not Found", "Integrated account not found.");
        }
        boolean write = method.equals("POST");
        if (write && (fault == TrutoFake.Fault.SANDBOX_WRITE || account.equals(TrutoFake.SANDBOX_ACCOUNT))) {
            return error(405, "Method Not Allowed", "Write operations are not allowed on sandbox integrated accounts.");
        }
        if (fault == TrutoFake.Fault.REMOTE_ERROR) {
            return remote(403, "Forbidden", "You do not have permission to perform the requested action", "E0000006");
        }
        if (fault == TrutoFake.Fault.MALFORMED_JSON) {
            return json(200, "{\"result\": [{\"id\": \"00g");
        }
        String format = first(request, "truto_response_format");
        if (format != null && !FORMATS.contains(format)) {
            return error(400, "Bad Request", "truto_response_format must be one of unified, raw, normalized.");
        }
        TrutoFakeShaper shaper = new TrutoFakeShaper(format == null ? "unified" : format, all(request, "truto_exclude_fields[]"),
                "true".equals(first(request, "truto_ignore_remote_data")));
        if (!path.startsWith(PREFIX)) {
            return error(404, "Not Found", "No such route.");
        }
        String route = method + " " + path.substring(PREFIX.length());
        return switch (route) {
            case "GET groups" -> list(request, fake.data().groups(), shaper, fault);
            case "GET users" -> users(request, shaper, fault);
            case "POST groups" -> createGroup(request, shaper);
            case "POST users" -> createUser(request, shaper);
            case "POST groups/add" -> addMember(request, shaper);
            case "POST groups/remove-user" -> removeMember(request, shaper);
            default -> route.startsWith("GET groups/") ? getGroup(path.substring((PREFIX + "groups/").length()), shaper)
                    : error(404, "Not Found", "No such route.");
        };
    }

    /**
     * Truto's Admin API {@code GET /integrated-account/{id}} (the Integrated accounts object: id, tenant_id,
     * environment_integration_id, context, status, last_error, is_sandbox, authentication_method, region, dates).
     * The context holds the customer's variables; a real one may hold more, which is why Roster never shows it.
     */
    private ResponseDefinitionBuilder integratedAccount(String id) {
        boolean sandbox = id.equals(TrutoFake.SANDBOX_ACCOUNT);
        boolean blocked = id.equals(TrutoFake.BLOCKED_ACCOUNT);
        if (!sandbox && !blocked && !id.equals(TrutoFake.ACCOUNT)) {
            return error(404, "Not Found", "Integrated account not found.");
        }
        ObjectNode body = Json.mapper().createObjectNode();
        body.put("id", id);
        body.put("tenant_id", "acme-1");
        body.put("environment_integration_id", "b179ad55-db02-4bd4-b7a4-d2c173eee9ae");
        body.putObject("context").put("okta_domain", "acme.okta.example");
        body.put("status", blocked ? "needs_reauth" : "active");
        if (blocked) {
            body.put("last_error", "The credentials are no longer valid.");
        } else {
            body.putNull("last_error");
        }
        body.put("is_sandbox", sandbox);
        body.put("authentication_method", "api_key");
        body.put("region", "wnam");
        body.put("created_at", "2021-08-10T10:00:00.000Z");
        body.put("updated_at", "2021-08-10T10:00:00.000Z");
        return json(200, body.toString());
    }

    private ResponseDefinitionBuilder users(Request request, TrutoFakeShaper shaper, TrutoFake.Fault fault) {
        String groupId = first(request, "group_id");
        if (groupId == null) {
            return list(request, fake.data().users(), shaper, fault);
        }
        if (fake.data().group(groupId).isEmpty()) {
            return remote(404, "Not Found", "Not found: Resource not found: " + groupId + " (UserGroup)", "E0000007");
        }
        return list(request, fake.data().members(groupId), shaper, fault);
    }

    /** Truto's list envelope; {@code truto_key_by} turns result into an object and ignores limit (Truto docs). */
    private ResponseDefinitionBuilder list(Request request, List<ObjectNode> items, TrutoFakeShaper shaper, TrutoFake.Fault fault) {
        String keyBy = first(request, "truto_key_by");
        ObjectNode body = Json.mapper().createObjectNode();
        if (keyBy != null) {
            ObjectNode keyed = body.putObject("result");
            items.forEach(item -> keyed.set(item.path(keyBy).asText(), shaper.shape(item)));
            body.putNull("next_cursor");
            body.putNull("prev_cursor");
            body.put("result_count", items.size());
            return json(200, body.toString());
        }
        int offset;
        try {
            offset = offset(first(request, "next_cursor"));
        } catch (IllegalArgumentException e) {
            return error(400, "Bad Request", "Invalid next_cursor.");
        }
        int limit = first(request, "limit") == null ? 100 : Integer.parseInt(first(request, "limit"));
        int end = Math.min(items.size(), offset + limit);
        ArrayNode result = body.putArray("result");
        items.subList(Math.min(offset, end), end).forEach(item -> result.add(shaper.shape(item)));
        String next = end < items.size() ? cursor(end) : null;
        if (fault == TrutoFake.Fault.LOOPING_CURSOR) {
            next = first(request, "next_cursor") == null ? cursor(end) : first(request, "next_cursor");
        }
        body.put("next_cursor", next);
        body.put("prev_cursor", offset == 0 ? null : cursor(Math.max(0, offset - limit)));
        body.put("result_count", result.size());
        return json(200, body.toString());
    }

    private ResponseDefinitionBuilder getGroup(String id, TrutoFakeShaper shaper) {
        return fake.data().group(id).map(g -> json(200, shaper.shape(g).toString()))
                .orElseGet(() -> remote(404, "Not Found", "Not found: Resource not found: " + id + " (UserGroup)", "E0000007"));
    }

    private ResponseDefinitionBuilder createGroup(Request request, TrutoFakeShaper shaper) {
        JsonNode input = body(request);
        if (!input.path("name").isTextual() || input.path("name").asText().isBlank()) {
            return remote(400, "Bad Request", "Api validation failed: profile.name", "E0000001");
        }
        if (fake.data().groupNameTaken(input.path("name").asText())) {
            return remote(409, "Conflict", "An object with this field already exists in the current organization", "E0000001");
        }
        return json(201, shaper.shape(fake.data().createGroup(input, clock.instant())).toString());
    }

    private ResponseDefinitionBuilder createUser(Request request, TrutoFakeShaper shaper) {
        JsonNode input = body(request);
        if (fake.data().usernameTaken(input.path("username").asText(null))) {
            return remote(409, "Conflict", "An object with this field already exists in the current organization", "E0000001");
        }
        return json(201, shaper.shape(fake.data().createUser(input, clock.instant())).toString());
    }

    /** groups/add answers the group bare; the membership is the integration's (Okta) to refuse. */
    private ResponseDefinitionBuilder addMember(Request request, TrutoFakeShaper shaper) {
        JsonNode input = body(request);
        String groupId = input.path("group_id").asText();
        String userId = input.path("user_id").asText();
        ResponseDefinitionBuilder missing = missing(groupId, userId);
        if (missing != null) {
            return missing;
        }
        if (fake.data().isMember(groupId, userId)) {
            return remote(409, "Conflict", "The user is already a member of the group", "E0000001");
        }
        fake.data().add(groupId, userId);
        return json(200, shaper.shape(fake.data().group(groupId).orElseThrow()).toString());
    }

    /** remove-user is a custom method: its answer comes wrapped in {"result": ...}. */
    private ResponseDefinitionBuilder removeMember(Request request, TrutoFakeShaper shaper) {
        JsonNode input = body(request);
        String groupId = input.path("group_id").asText();
        String userId = input.path("user_id").asText();
        ResponseDefinitionBuilder missing = missing(groupId, userId);
        if (missing != null) {
            return missing;
        }
        if (!fake.data().isMember(groupId, userId)) {
            return remote(404, "Not Found", "Not found: Resource not found: " + userId + " (GroupMembership)", "E0000007");
        }
        fake.data().remove(groupId, userId);
        ObjectNode wrapped = Json.mapper().createObjectNode();
        wrapped.set("result", shaper.shape(fake.data().group(groupId).orElseThrow()));
        return json(200, wrapped.toString());
    }

    private ResponseDefinitionBuilder missing(String groupId, String userId) {
        if (fake.data().group(groupId).isEmpty()) {
            return remote(404, "Not Found", "Not found: Resource not found: " + groupId + " (UserGroup)", "E0000007");
        }
        if (!fake.data().hasUser(userId)) {
            return remote(404, "Not Found", "Not found: Resource not found: " + userId + " (User)", "E0000007");
        }
        return null;
    }

    /** Truto's error body for its own refusals: {@code {"statusCode","error","message"}}. */
    private ResponseDefinitionBuilder error(int status, String error, String message) {
        ObjectNode body = Json.mapper().createObjectNode().put("statusCode", status).put("error", error).put("message", message);
        return json(status, body.toString());
    }

    /** A refusal by the integration: Truto adds {@code truto_is_remote_error} and the integration's own body. */
    private ResponseDefinitionBuilder remote(int status, String error, String summary, String oktaCode) {
        ObjectNode body = Json.mapper().createObjectNode().put("statusCode", status).put("error", error).put("message", summary)
                .put("truto_is_remote_error", true);
        body.putObject("raw_response").put("errorCode", oktaCode).put("errorSummary", summary).put("errorLink", oktaCode)
                .put("errorId", "oae" + Integer.toHexString(summary.hashCode())).putArray("errorCauses");
        return json(status, body.toString());
    }

    private ResponseDefinitionBuilder json(int status, String body) {
        used = used >= WINDOW_LIMIT ? 1 : used + 1;
        return ResponseDefinitionBuilder.responseDefinition().withStatus(status).withHeader("Content-Type", "application/json")
                .withHeader("ratelimit-limit", String.valueOf(WINDOW_LIMIT))
                .withHeader("ratelimit-remaining", String.valueOf(Math.max(0, WINDOW_LIMIT - used)))
                .withHeader("ratelimit-reset", "10").withBody(body);
    }

    private static JsonNode body(Request request) {
        try {
            JsonNode node = Json.mapper().readTree(request.getBodyAsString());
            return node == null ? Json.mapper().createObjectNode() : node;
        } catch (IOException e) {
            return Json.mapper().createObjectNode();
        }
    }

    private static String cursor(int offset) {
        return Base64.getEncoder().encodeToString(("{\"offset\":" + offset + "}").getBytes(StandardCharsets.UTF_8));
    }

    private static int offset(String cursor) {
        if (cursor == null) {
            return 0;
        }
        String decoded = new String(Base64.getDecoder().decode(cursor), StandardCharsets.UTF_8);
        if (!decoded.matches("\\{\"offset\":\\d+}")) {
            throw new IllegalArgumentException(decoded);
        }
        return Integer.parseInt(decoded.replaceAll("\\D", ""));
    }

    private static String first(Request request, String name) {
        List<String> values = all(request, name);
        return values.isEmpty() ? null : values.getFirst();
    }

    private static List<String> all(Request request, String name) {
        QueryParameter parameter = request.queryParameter(name);
        return parameter == null || !parameter.isPresent() ? List.of() : parameter.values();
    }
}
