package dev.roster.connectors.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.connectors.ErrorKind;
import dev.roster.connectors.model.Json;
import dev.roster.connectors.trace.RequestIds;
import java.io.IOException;
import java.net.http.HttpHeaders;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;

/**
 * The error shapes of every provider Roster speaks to, recognised by their keys:
 * <ul>
 *   <li>Okta: {@code {"errorCode","errorSummary","errorId","errorCauses":[{"errorSummary"}]}}</li>
 *   <li>Microsoft Graph: {@code {"error":{"code","message","innerError":{"request-id"}}}}</li>
 *   <li>Google: {@code {"error":{"code":409,"message","errors":[{"reason"}]}}}</li>
 *   <li>SCIM (RFC 7644 section 3.12): {@code {"schemas":[...Error],"status","scimType","detail"}}</li>
 *   <li>Truto: {@code {"statusCode","error","message"}}</li>
 *   <li>OAuth 2.0 bearer errors: {@code {"error":"invalid_token","error_description"}}</li>
 * </ul>
 * The request id comes from the body where the provider puts one there, else from {@link RequestIds#HEADERS}.
 */
public final class GenericErrorParser implements ProviderErrorParser {
    public static final GenericErrorParser INSTANCE = new GenericErrorParser();

    private static final String SCIM_ERROR = "urn:ietf:params:scim:api:messages:2.0:Error";
    /** Google's quota reasons (Directory API "Limits and quotas"): retry with backoff, not a permission issue. */
    private static final Set<String> GOOGLE_RATE_REASONS = Set.of("rateLimitExceeded", "userRateLimitExceeded", "quotaExceeded");

    @Override
    public ProviderError parse(int status, HttpHeaders headers, String body) {
        ProviderError error = fromBody(body);
        if (error.requestId() == null) {
            error = error.withRequestId(RequestIds.first(headers::firstValue).orElse(null));
        }
        return error;
    }

    private ProviderError fromBody(String body) {
        JsonNode root = readObject(body);
        if (root == null) {
            return ProviderError.none();
        }
        if (root.has("errorCode") || root.has("errorSummary")) {
            return okta(root);
        }
        JsonNode error = root.path("error");
        if (error.isObject()) {
            return error.path("code").isNumber() || error.has("errors") ? google(error) : graph(error);
        }
        if (isScim(root)) {
            return scim(root);
        }
        if (error.isTextual() && root.has("error_description")) {
            return new ProviderError(error.asText(), text(root, "error_description"), null, null);
        }
        // Truto, and the plain {"message"} many APIs send.
        return new ProviderError(text(root, "error"), text(root, "message"), null, null);
    }

    private static ProviderError okta(JsonNode root) {
        StringBuilder message = new StringBuilder(nullToEmpty(text(root, "errorSummary")));
        List<String> causes = new ArrayList<>();
        for (JsonNode cause : root.path("errorCauses")) {
            String summary = text(cause, "errorSummary");
            if (summary != null && !summary.isBlank()) {
                causes.add(summary);
            }
        }
        if (!causes.isEmpty()) {
            String joined = String.join("; ", causes);
            message.append(message.isEmpty() ? joined : " (" + joined + ")");
        }
        return new ProviderError(text(root, "errorCode"), message.isEmpty() ? null : message.toString(),
                text(root, "errorId"), null);
    }

    private static ProviderError graph(JsonNode error) {
        JsonNode inner = error.has("innerError") ? error.path("innerError") : error.path("innererror");
        return new ProviderError(text(error, "code"), text(error, "message"), text(inner, "request-id"), null);
    }

    private static ProviderError google(JsonNode error) {
        List<String> reasons = StreamSupport.stream(error.path("errors").spliterator(), false)
                .map(e -> text(e, "reason")).filter(r -> r != null && !r.isBlank()).toList();
        boolean rateLimited = reasons.stream().anyMatch(GOOGLE_RATE_REASONS::contains);
        String code = reasons.isEmpty() ? text(error, "status") : reasons.getFirst();
        return new ProviderError(code, text(error, "message"), null, rateLimited ? ErrorKind.RATE_LIMITED : null);
    }

    /** {@code uniqueness} is a conflict whatever the status: some servers send it with 400. */
    private static ProviderError scim(JsonNode root) {
        String scimType = text(root, "scimType");
        return new ProviderError(scimType, text(root, "detail"), null,
                "uniqueness".equals(scimType) ? ErrorKind.CONFLICT : null);
    }

    private static boolean isScim(JsonNode root) {
        for (JsonNode schema : root.path("schemas")) {
            if (SCIM_ERROR.equals(schema.asText())) {
                return true;
            }
        }
        return root.has("scimType") || (root.has("detail") && root.has("status"));
    }

    private static JsonNode readObject(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonNode node = Json.mapper().readTree(body);
            return node != null && node.isObject() ? node : null;
        } catch (IOException notJson) {
            return null; // an HTML error page from a proxy: the status decides
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() ? value.asText() : null;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
