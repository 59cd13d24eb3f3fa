package dev.roster.connectors.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.connectors.model.Json;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One call to a provider: method, absolute URL, extra headers, an optional JSON body (sent as the
 * transport's media type) and whether it may be repeated. Immutable; the {@code with...} methods copy.
 */
public record ApiRequest(String method, URI uri, Map<String, List<String>> headers, String body, boolean idempotent) {
    private static final Set<String> IDEMPOTENT_METHODS = Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS");

    public ApiRequest {
        method = method.toUpperCase(Locale.ROOT);
        if (!uri.isAbsolute()) {
            throw new IllegalArgumentException("a request needs an absolute URL, not " + uri);
        }
        Map<String, List<String>> copy = new LinkedHashMap<>();
        if (headers != null) {
            headers.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        }
        headers = Collections.unmodifiableMap(copy);
    }

    public static ApiRequest get(URI uri) {
        return of("GET", uri, null);
    }

    public static ApiRequest head(URI uri) {
        return of("HEAD", uri, null);
    }

    public static ApiRequest delete(URI uri) {
        return of("DELETE", uri, null);
    }

    /** PUT with no body: Okta's add-member. */
    public static ApiRequest put(URI uri) {
        return of("PUT", uri, null);
    }

    public static ApiRequest put(URI uri, JsonNode body) {
        return of("PUT", uri, write(body));
    }

    public static ApiRequest post(URI uri, JsonNode body) {
        return of("POST", uri, write(body));
    }

    public static ApiRequest patch(URI uri, JsonNode body) {
        return of("PATCH", uri, write(body));
    }

    public static ApiRequest of(String method, URI uri, String jsonBody) {
        String m = method.toUpperCase(Locale.ROOT);
        return new ApiRequest(m, uri, Map.of(), jsonBody, IDEMPOTENT_METHODS.contains(m));
    }

    /** Adds a header value; per-request headers replace the transport's defaults of the same name. */
    public ApiRequest withHeader(String name, String value) {
        Map<String, List<String>> copy = new LinkedHashMap<>(headers);
        List<String> values = new ArrayList<>(copy.getOrDefault(name, List.of()));
        values.add(value);
        copy.put(name, values);
        return new ApiRequest(method, uri, copy, body, idempotent);
    }

    /**
     * Declares a non-idempotent method safe to repeat, for a call the provider documents as such (a SCIM
     * PATCH that removes a member). Never for a create.
     */
    public ApiRequest markedIdempotent() {
        return new ApiRequest(method, uri, headers, body, true);
    }

    private static String write(JsonNode body) {
        try {
            return Json.mapper().writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }
}
