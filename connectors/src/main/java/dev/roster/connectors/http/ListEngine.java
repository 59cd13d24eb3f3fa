package dev.roster.connectors.http;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.ErrorKind;
import dev.roster.connectors.ListRequest;
import dev.roster.connectors.ProviderPage;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one page loop step of every HTTP provider: request, response, items, next position, {@link ProviderPage}.
 * A provider supplies a {@link ListSpec} (its URL, its mapping, its {@link Paging}); the loop across pages,
 * with its looping-cursor check, is {@link dev.roster.connectors.UnifiedDirectory}'s.
 */
public final class ListEngine {
    private final HttpTransport transport;

    public ListEngine(HttpTransport transport) {
        this.transport = transport;
    }

    public <T> ProviderPage<T> page(ListSpec<T> spec, ListRequest request) {
        int limit = request.limit() == null ? spec.defaultLimit() : request.limit();
        URI uri = spec.paging().pageUri(spec.firstPage(), request.cursor(), limit);
        if (request.cursor() != null && spec.paging().cursorIsUrl()) {
            // signed cursors are ours, yet the rule does not rest on that: a cursor never names another host
            transport.origin().ifPresent(origin -> origin.require(uri, "the cursor's next link"));
        }
        ApiRequest get = ApiRequest.get(uri);
        for (var header : spec.headers().entrySet()) {
            get = get.withHeader(header.getKey(), header.getValue());
        }
        ApiResponse response = transport.send(get);
        JsonNode body = response.json();
        JsonNode array = items(response, body, spec);
        List<T> items = new ArrayList<>(array.size());
        for (JsonNode item : array) {
            items.add(spec.mapper().apply(item));
        }
        Optional<String> next = spec.paging().next(new PageAnswer(uri, request.cursor(), response, body, array.size()));
        if (next.isPresent() && spec.paging().cursorIsUrl()) {
            // refused where it arrives, not only where it would be sent: the page that handed it out is the culprit
            transport.origin().ifPresent(origin -> origin.require(asUrl(next.get()), "the next link"));
        }
        return new ProviderPage<>(items, body, next.orElse(null), response.exchange());
    }

    /** A URL cursor as a URI; a strategy of a connector's own that hands out something else is the provider's garbage. */
    private static URI asUrl(String cursor) {
        try {
            return new URI(cursor);
        } catch (java.net.URISyntaxException e) {
            throw DirectoryException.caused(ErrorKind.PROTOCOL, e, ErrorCode.NEXT_LINK_NOT_A_URL, cursor);
        }
    }

    private static JsonNode items(ApiResponse response, JsonNode body, ListSpec<?> spec) {
        JsonNode node = body.at(JsonPointer.compile(spec.itemsPointer()));
        String where = spec.itemsPointer().isEmpty() ? "the top" : spec.itemsPointer();
        if (node.isMissingNode() || node.isNull()) {
            if (spec.itemsOptional()) {
                return JsonNodeFactory.instance.arrayNode();
            }
            throw response.protocolError(ErrorCode.LIST_ITEMS_MISSING, where);
        }
        if (node.isObject() && spec.itemsKeyed()) {
            com.fasterxml.jackson.databind.node.ArrayNode values = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
            node.forEach(values::add);
            return values;
        }
        if (!node.isArray()) {
            throw response.protocolError(ErrorCode.LIST_ITEMS_NOT_AN_ARRAY, node.getNodeType().name().toLowerCase(Locale.ROOT), where);
        }
        return node;
    }
}
