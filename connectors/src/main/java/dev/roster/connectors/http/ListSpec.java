package dev.roster.connectors.http;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.connectors.ListRequest;
import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * One list endpoint of a provider: the first page's URL with its fixed query (declared parameters, the
 * remote query), how it pages, where the items are in the body, and how one item maps. The page size and
 * the cursor are the {@link Paging}'s to add.
 *
 * @param itemsPointer  JSON pointer to the array of items; "" when the body is the array (Okta)
 * @param itemsOptional an absent array is an empty page (Google leaves {@code groups} out when there are none)
 * @param defaultLimit  the page size when the request names none
 * @param headers       sent with every page of this walk (Graph's {@code ConsistencyLevel} for {@code $search})
 * @param itemsKeyed    an object at the pointer holds the items as its values (Truto's {@code truto_key_by})
 */
public record ListSpec<T>(URI firstPage, Paging paging, String itemsPointer, boolean itemsOptional, int defaultLimit,
                          Function<JsonNode, T> mapper, Map<String, String> headers, boolean itemsKeyed) {

    public ListSpec {
        Objects.requireNonNull(firstPage, "firstPage");
        Objects.requireNonNull(paging, "paging");
        Objects.requireNonNull(itemsPointer, "itemsPointer");
        Objects.requireNonNull(mapper, "mapper");
        JsonPointer.compile(itemsPointer); // a typo here fails when the connector is built, not on its first page
        if (defaultLimit < 1) {
            throw new IllegalArgumentException("a default page size is at least 1: " + defaultLimit);
        }
        headers = headers == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    public ListSpec(URI firstPage, Paging paging, String itemsPointer, boolean itemsOptional, int defaultLimit,
                    Function<JsonNode, T> mapper, Map<String, String> headers) {
        this(firstPage, paging, itemsPointer, itemsOptional, defaultLimit, mapper, headers, false);
    }

    public static <T> ListSpec<T> of(URI firstPage, Paging paging, String itemsPointer, int defaultLimit, Function<JsonNode, T> mapper) {
        return new ListSpec<>(firstPage, paging, itemsPointer, false, defaultLimit, mapper, Map.of());
    }

    public ListSpec<T> itemsMayBeAbsent() {
        return new ListSpec<>(firstPage, paging, itemsPointer, true, defaultLimit, mapper, headers, itemsKeyed);
    }

    public ListSpec<T> withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new ListSpec<>(firstPage, paging, itemsPointer, itemsOptional, defaultLimit, mapper, more, itemsKeyed);
    }

    /** An object at the pointer is a page too: its values are the items, in the order given (a lookup keyed by a field). */
    public ListSpec<T> itemsMayBeKeyed() {
        return new ListSpec<>(firstPage, paging, itemsPointer, itemsOptional, defaultLimit, mapper, headers, true);
    }

    /** The request's declared parameters and remote query as one query, for a provider that passes both as they are. */
    public static QueryString passThrough(ListRequest request) {
        return QueryString.create().addAll(request.parameters()).addAll(request.remoteQuery());
    }
}
