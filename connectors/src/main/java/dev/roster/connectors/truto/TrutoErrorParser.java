package dev.roster.connectors.truto;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.connectors.ErrorKind;
import dev.roster.connectors.http.GenericErrorParser;
import dev.roster.connectors.http.ProviderError;
import dev.roster.connectors.http.ProviderErrorParser;
import dev.roster.connectors.model.Json;
import java.io.IOException;
import java.net.http.HttpHeaders;

/**
 * Truto's error body {@code {"statusCode","error","message"}} (https://truto.one/docs/api-reference/overview/errors),
 * read by the generic parser, plus what only Truto says:
 * <ul>
 *   <li>{@code truto_is_remote_error: true}: the integration behind Truto refused, and its own answer is in
 *       {@code raw_response}; the message says so and quotes it (the whole body stays in raw_response too)</li>
 *   <li>405: a write on a sandbox integrated account, which Truto refuses: a permission problem, not a bug</li>
 *   <li>503: the integrated account is blocked in Truto; trying again cannot help until someone unblocks or
 *       reconnects it, so it is a permission problem (never retried), not a passing outage</li>
 * </ul>
 */
final class TrutoErrorParser implements ProviderErrorParser {
    static final TrutoErrorParser INSTANCE = new TrutoErrorParser();
    /** Enough of the integration's answer to read it in one line; the full body is in raw_response. */
    private static final int QUOTE_LIMIT = 300;

    @Override
    public ProviderError parse(int status, HttpHeaders headers, String body) {
        ProviderError generic = GenericErrorParser.INSTANCE.parse(status, headers, body);
        JsonNode root = read(body);
        String message = generic.message();
        if (root.path("truto_is_remote_error").asBoolean(false)) {
            message = (message == null ? "the integration refused" : message)
                    + "; the integration behind Truto answered: " + quote(root.path("raw_response"));
        }
        return switch (status) {
            case 405 -> new ProviderError(generic.code(), "this integrated account is a sandbox, where Truto refuses writes"
                    + suffix(message), generic.requestId(), ErrorKind.PERMISSION);
            case 503 -> new ProviderError(generic.code(), "Truto has blocked this integrated account; unblock or reconnect it"
                    + " in Truto before trying again" + suffix(message), generic.requestId(), ErrorKind.PERMISSION);
            default -> new ProviderError(generic.code(), message, generic.requestId(), generic.kind());
        };
    }

    private static String suffix(String message) {
        return message == null || message.isBlank() ? "" : " (" + message + ")";
    }

    private static String quote(JsonNode raw) {
        String text = raw.isMissingNode() || raw.isNull() ? "nothing" : raw.isTextual() ? raw.asText() : raw.toString();
        return text.length() <= QUOTE_LIMIT ? text : text.substring(0, QUOTE_LIMIT) + "...";
    }

    private static JsonNode read(String body) {
        try {
            JsonNode node = body == null || body.isBlank() ? null : Json.mapper().readTree(body);
            return node == null ? Json.mapper().createObjectNode() : node;
        } catch (IOException notJson) {
            return Json.mapper().createObjectNode();
        }
    }
}
