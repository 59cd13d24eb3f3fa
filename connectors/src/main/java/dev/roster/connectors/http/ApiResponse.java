package dev.roster.connectors.http;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.ErrorKind;
import dev.roster.connectors.model.Json;
import dev.roster.connectors.trace.Exchange;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.Locale;
import java.util.Optional;

/**
 * A successful (2xx) answer: the body as UTF-8 text, exactly as received, and the exchange recorded for
 * it (whose copy of the body has secrets masked). A body that is not the JSON the caller expects is a
 * PROTOCOL error: the provider answered, but not as documented.
 */
public record ApiResponse(int status, HttpHeaders headers, String body, URI uri, Exchange exchange) {
    /** Trailing tokens fail too: "{}garbage" is not JSON, whatever a lenient parser would make of it. */
    private static final ObjectReader STRICT = Json.mapper().reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    public JsonNode json() {
        if (body == null || body.isBlank()) {
            throw protocol(ErrorCode.HTTP_EMPTY_BODY, null);
        }
        try {
            return STRICT.readTree(body);
        } catch (IOException e) {
            throw protocol(ErrorCode.HTTP_NOT_JSON, e, header("content-type").orElse("no content type"));
        }
    }

    public ObjectNode jsonObject() {
        JsonNode node = json();
        if (node instanceof ObjectNode object) {
            return object;
        }
        throw protocol(ErrorCode.HTTP_NOT_AN_OBJECT, null, node.getNodeType().name().toLowerCase(Locale.ROOT));
    }

    public ArrayNode jsonArray() {
        JsonNode node = json();
        if (node instanceof ArrayNode array) {
            return array;
        }
        throw protocol(ErrorCode.HTTP_NOT_AN_ARRAY, null, node.getNodeType().name().toLowerCase(Locale.ROOT));
    }

    /** A body that is not what the provider documents; {@code code}'s arguments are the request, the status, then {@code details}. */
    DirectoryException protocolError(ErrorCode code, String... details) {
        return protocol(code, null, details);
    }

    /** {@code code}'s arguments are the request, the status, then {@code details}. */
    private DirectoryException protocol(ErrorCode code, Throwable cause, String... details) {
        String scrubbed = exchange == null ? null : exchange.responseBody();
        String target = exchange == null ? uri.toString() : exchange.method() + " " + exchange.target();
        Object[] arguments = new Object[2 + details.length];
        arguments[0] = target;
        arguments[1] = status;
        System.arraycopy(details, 0, arguments, 2, details.length);
        return DirectoryException.coded(ErrorKind.PROTOCOL, code, arguments).withAnswer(status, scrubbed, cause);
    }
}
