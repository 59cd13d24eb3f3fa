package dev.roster.connectors.http;

import java.net.URI;
import java.util.Optional;

/**
 * A page token from the body, sent back with the first page's query (Google {@code pageToken}, Truto
 * {@code next_cursor}). Every page is the first page's URL plus the token: a token never picks the host.
 */
final class PageTokenPaging implements Paging {
    private final String pointer;
    private final String tokenParameter;
    private final String limitParameter;

    PageTokenPaging(String pointer, String tokenParameter, String limitParameter) {
        this.pointer = java.util.Objects.requireNonNull(pointer, "pointer");
        this.tokenParameter = java.util.Objects.requireNonNull(tokenParameter, "tokenParameter");
        this.limitParameter = limitParameter;
    }

    @Override
    public URI pageUri(URI firstPage, String cursor, int limit) {
        URI sized = limitParameter == null ? firstPage : QueryString.replace(firstPage, limitParameter, Integer.toString(limit));
        return cursor == null ? sized : QueryString.replace(sized, tokenParameter, cursor);
    }

    @Override
    public Optional<String> next(PageAnswer answer) {
        return BodyCursor.at(answer.body(), pointer);
    }
}
