package dev.roster.connectors.query;

import dev.roster.connectors.DirectorySignal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.ItemResult;
import dev.roster.connectors.ListResult;
import dev.roster.connectors.model.Json;
import dev.roster.connectors.trace.Exchange;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Renders results in the response formats: one implementation for every connector. STREAM is written by
 * {@link NdjsonWriter}; asked of a single page here it renders as unified.
 */
public final class ResponseRenderer {
    private final ResponseOptions options;
    private final ItemShaper shaper;

    public ResponseRenderer(ResponseOptions options) {
        this.options = options;
        this.shaper = new ItemShaper(options);
    }

    public JsonNode renderPage(ListResult<?> page) {
        return switch (options.format()) {
            case RAW -> page.provider().raw();
            case DEBUG -> debugEnvelope(result(page.page().result()), page.provider().exchange(),
                    page.provider().raw(), page.page().nextCursor(), page.looping(), page.page().result().size(), page.rateLimit());
            default -> listEnvelope(page.page().result(), page.page().nextCursor());
        };
    }

    /** {@code {"result": [...] or {key: item}, "next_cursor": c}} for the given items. */
    public ObjectNode listEnvelope(List<?> items, String nextCursor) {
        ObjectNode envelope = Json.mapper().createObjectNode();
        envelope.set("result", result(items));
        envelope.put("next_cursor", nextCursor);
        return envelope;
    }

    public JsonNode renderItem(ItemResult<?> item) {
        return switch (options.format()) {
            case RAW -> item.provider().raw();
            case DEBUG -> debugEnvelope(shaper.shape(item.item()), item.provider().exchange(), item.provider().raw(),
                    null, false, 1, item.rateLimit());
            default -> shaper.shape(item.item());
        };
    }

    public ObjectNode shape(Object item) {
        return shaper.shape(item);
    }

    JsonNode result(List<?> items) {
        if (options.keyBy() == null) {
            ArrayNode array = Json.mapper().createArrayNode();
            items.forEach(item -> array.add(shaper.shape(item)));
            return array;
        }
        ObjectNode keyed = Json.mapper().createObjectNode();
        for (Object item : items) {
            ObjectNode shaped = shaper.shape(item);
            JsonNode key = shaped.get(options.keyBy());
            if (key == null || key.isNull() || key.isContainerNode()) {
                throw (shaped.hasNonNull("id") ? DirectoryException.invalid(ErrorCode.KEY_BY_NO_VALUE_FOR_ID,
                        options.keyBy(), shaped.get("id").asText())
                        : DirectoryException.invalid(ErrorCode.KEY_BY_NO_VALUE, options.keyBy()));
            }
            if (keyed.has(key.asText())) {
                throw DirectoryException.invalid(ErrorCode.KEY_BY_NOT_UNIQUE, options.keyBy(), key.asText());
            }
            keyed.set(key.asText(), shaped);
        }
        return keyed;
    }

    private static ObjectNode debugEnvelope(JsonNode result, Exchange exchange, JsonNode raw, String nextCursor,
                                            boolean looping, int count, DirectorySignal.RateLimited rateLimit) {
        ObjectNode envelope = Json.mapper().createObjectNode();
        envelope.set("result", result);
        ObjectNode debug = envelope.putObject("debug");
        debug.put("requestUrl", exchange == null ? null : exchange.target());
        ObjectNode requestOptions = debug.putObject("requestOptions");
        requestOptions.put("method", exchange == null ? null : exchange.method());
        requestOptions.set("headers", headers(exchange == null ? Map.of() : exchange.requestHeaders()));
        requestOptions.set("body", exchange == null ? null : bodyNode(exchange.requestBody()));
        debug.set("data", raw);
        debug.set("responseHeaders", headers(exchange == null ? Map.of() : exchange.responseHeaders()));
        debug.put("nextCursor", nextCursor);
        debug.put("isLooping", looping);
        debug.put("isEmptyResult", count == 0);
        debug.put("resultCount", count);
        // the connection's typed rate-limit state, so nobody reading the envelope has to parse headers for it
        if (rateLimit == null) {
            debug.putNull("rateLimit");
        } else {
            ObjectNode limit = debug.putObject("rateLimit");
            limit.put("limit", rateLimit.limit());
            limit.put("remaining", rateLimit.remaining());
            limit.put("resetAt", rateLimit.resetAt() == null ? null : rateLimit.resetAt().toString());
        }
        return envelope;
    }

    private static ObjectNode headers(Map<String, List<String>> headers) {
        ObjectNode node = Json.mapper().createObjectNode();
        headers.forEach((name, values) -> node.put(name, String.join(", ", values)));
        return node;
    }

    /** A recorded (already masked) body as JSON when it is JSON, else as text. */
    static JsonNode bodyNode(String body) {
        if (body == null || body.isEmpty()) {
            return JsonNodeFactory.instance.nullNode();
        }
        try {
            return Json.mapper().readTree(body);
        } catch (IOException notJson) {
            return JsonNodeFactory.instance.textNode(body);
        }
    }
}
