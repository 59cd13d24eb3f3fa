package dev.roster.connectors.http;

import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * A provider URL built from the connection's base URL, path segments and a query. Each segment is
 * percent-encoded on its own, so an id with a slash stays one segment; {@code $}, {@code @} and {@code :}
 * stay as they are because Graph's {@code $ref} and Google's e-mail keys are written that way.
 */
public final class ApiUrl {
    private final StringBuilder url;
    private QueryString query = QueryString.create();

    private ApiUrl(String base) {
        this.url = new StringBuilder(base);
    }

    /** The base URL from the settings; anything but an absolute http(s) URL is a validation error. */
    public static ApiUrl base(String baseUrl) {
        String trimmed = baseUrl == null ? "" : baseUrl.strip();
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            throw DirectoryException.invalid(ErrorCode.BASE_URL_NOT_A_URL, trimmed, e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
            throw DirectoryException.invalid(ErrorCode.BASE_URL_NOT_ABSOLUTE, trimmed);
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw DirectoryException.invalid(ErrorCode.BASE_URL_HAS_QUERY, trimmed);
        }
        return new ApiUrl(trimmed.replaceAll("/+$", ""));
    }

    /**
     * Appends segments. An empty, "." or ".." segment is refused: it would address another resource (a
     * user id ".." in {@code DELETE /groups/{id}/members/{userId}} climbs out of the members collection).
     */
    public ApiUrl path(String... segments) {
        for (String segment : segments) {
            if (segment == null || segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw DirectoryException.invalid(ErrorCode.ID_NOT_A_PATH_SEGMENT, segment);
            }
            url.append('/').append(PercentEncoding.encode(segment, "$@:"));
        }
        return this;
    }

    public ApiUrl query(QueryString query) {
        this.query = query;
        return this;
    }

    public URI toUri() {
        return query.appendTo(URI.create(url.toString()));
    }

    @Override
    public String toString() {
        return toUri().toString();
    }
}
