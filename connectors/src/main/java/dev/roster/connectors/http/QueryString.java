package dev.roster.connectors.http;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Query parameters in the order they were added, keys repeatable ({@code truto_exclude_fields[]=a&...=b}),
 * percent-encoded as UTF-8 per RFC 3986.
 * <p>
 * Everything but the unreserved characters is encoded, so a value can never split a parameter or start a
 * new one, and a space is {@code %20}: {@code +} would reach servers that do not decode forms as a
 * literal plus. The one exception is {@code $} in names: OData options such as Graph's {@code $top} are
 * documented, and matched by some servers, with the dollar as is, and RFC 3986 allows it in a query.
 */
public final class QueryString {
    private final List<Map.Entry<String, String>> params = new ArrayList<>();

    public static QueryString create() {
        return new QueryString();
    }

    /** Adds {@code name=value}; a null value is skipped, so optional parameters need no if around them. */
    public QueryString add(String name, String value) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("a query parameter needs a name");
        }
        if (value != null) {
            params.add(Map.entry(name, value));
        }
        return this;
    }

    public QueryString add(String name, Number value) {
        return add(name, value == null ? null : value.toString());
    }

    /** Adds every entry, sorted by name so the same map always gives the same URL. */
    public QueryString addAll(Map<String, String> values) {
        new TreeMap<>(values).forEach(this::add);
        return this;
    }

    /** Adds {@code prefix[key]=value} per entry: Truto's {@code remote_query[...]} shape. */
    public QueryString addNested(String prefix, Map<String, String> values) {
        new TreeMap<>(values).forEach((k, v) -> add(prefix + "[" + k + "]", v));
        return this;
    }

    public boolean isEmpty() {
        return params.isEmpty();
    }

    /** The decoded value of the first parameter with this name. */
    public Optional<String> first(String name) {
        return params.stream().filter(e -> e.getKey().equals(name)).map(Map.Entry::getValue).findFirst();
    }

    public List<String> all(String name) {
        return params.stream().filter(e -> e.getKey().equals(name)).map(Map.Entry::getValue).toList();
    }

    /** {@code a=1&b=2}, without the question mark. */
    public String encode() {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> p : params) {
            if (!sb.isEmpty()) {
                sb.append('&');
            }
            sb.append(PercentEncoding.encode(p.getKey(), "$")).append('=').append(PercentEncoding.encode(p.getValue(), ""));
        }
        return sb.toString();
    }

    /** The URL with these parameters appended after its own, if it has any. */
    public URI appendTo(URI uri) {
        if (isEmpty()) {
            return uri;
        }
        String s = uri.toString();
        String separator = s.indexOf('?') < 0 ? "?" : (s.endsWith("?") || s.endsWith("&") ? "" : "&");
        return URI.create(s + separator + encode());
    }

    /**
     * The URL with {@code name} set to {@code value}: in the place of its first occurrence (later ones dropped),
     * else appended; a null value removes the parameter. Everything else (the other parameters, their order,
     * their encoding, a fragment) is kept byte for byte: a next link is the provider's, and a cursor in it must
     * reach the provider exactly as it was written.
     */
    public static URI replace(URI uri, String name, String value) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("a query parameter needs a name");
        }
        if (uri.isOpaque()) {
            throw new IllegalArgumentException("not a URL with a query: " + uri);
        }
        String setting = value == null ? null : PercentEncoding.encode(name, "$") + "=" + PercentEncoding.encode(value, "");
        StringBuilder query = new StringBuilder();
        boolean placed = false;
        String raw = uri.getRawQuery();
        for (String pair : raw == null ? new String[0] : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            // java.net.URI has already refused malformed escapes, so decoding cannot fail here
            boolean same = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8).equals(name);
            if (!same) {
                append(query, pair);
            } else if (!placed) {
                append(query, setting);
                placed = true;
            }
        }
        if (!placed) {
            append(query, setting);
        }
        StringBuilder out = new StringBuilder();
        if (uri.getScheme() != null) {
            out.append(uri.getScheme()).append(':');
        }
        if (uri.getRawAuthority() != null) {
            out.append("//").append(uri.getRawAuthority());
        }
        out.append(uri.getRawPath() == null ? "" : uri.getRawPath());
        if (!query.isEmpty()) {
            out.append('?').append(query);
        }
        if (uri.getRawFragment() != null) {
            out.append('#').append(uri.getRawFragment());
        }
        return URI.create(out.toString());
    }

    private static void append(StringBuilder query, String pair) {
        if (pair != null) {
            query.append(query.isEmpty() ? "" : "&").append(pair);
        }
    }

    /**
     * The parameters of a URL a provider handed out (an Okta {@code next} link, a Graph nextLink), decoded
     * once: a cursor taken from there and encoded again on the next request must not arrive double-encoded.
     * A {@code +} is a space here, as in the form encoding such links are written in.
     */
    public static QueryString parse(URI uri) {
        QueryString q = new QueryString();
        String raw = uri.getRawQuery();
        if (raw == null || raw.isEmpty()) {
            return q;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            // java.net.URI has already refused malformed escapes, so decoding cannot fail here.
            q.params.add(Map.entry(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8)));
        }
        return q;
    }

    @Override
    public String toString() {
        return encode();
    }
}
