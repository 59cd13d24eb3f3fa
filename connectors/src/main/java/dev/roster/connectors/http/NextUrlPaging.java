package dev.roster.connectors.http;

import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.ErrorKind;
import java.net.URI;
import java.util.Optional;
import java.util.function.Function;

/**
 * Paging by a URL the provider hands out. The first page carries the page size as {@code firstLimitParameter};
 * later pages are the URL itself, with {@code rewriteLimitParameter} (when not null) set to the size asked
 * for now, since a cursor from an earlier call may be resumed with another {@code --limit}. With a null
 * {@code rewriteLimitParameter} the URL is requested exactly as the provider wrote it (Graph: use the
 * entire nextLink), so a resumed walk keeps the page size it started with. Either parameter may be null for a
 * provider without a page size.
 */
final class NextUrlPaging implements Paging {
    private final String rewriteLimitParameter;
    private final String firstLimitParameter;
    private final Function<PageAnswer, Optional<URI>> nextUrl;

    NextUrlPaging(String limitParameter, Function<PageAnswer, Optional<URI>> nextUrl) {
        this(limitParameter, limitParameter, nextUrl);
    }

    NextUrlPaging(String rewriteLimitParameter, String firstLimitParameter, Function<PageAnswer, Optional<URI>> nextUrl) {
        this.rewriteLimitParameter = rewriteLimitParameter;
        this.firstLimitParameter = firstLimitParameter;
        this.nextUrl = nextUrl;
    }

    @Override
    public URI pageUri(URI firstPage, String cursor, int limit) {
        if (cursor == null) {
            return sized(firstPage, firstLimitParameter, limit);
        }
        URI next;
        try {
            // next() hands out absolute URLs, which resolve() returns untouched; a relative one stays on the first page's host
            next = firstPage.resolve(new URI(cursor));
        } catch (java.net.URISyntaxException e) {
            throw DirectoryException.caused(ErrorKind.PROTOCOL, e, ErrorCode.NEXT_LINK_NOT_A_URL, cursor);
        }
        return sized(next, rewriteLimitParameter, limit);
    }

    /** {@code uri} asking for {@code limit} items as {@code parameter}; as it is when there is no such parameter. */
    private static URI sized(URI uri, String parameter, int limit) {
        return parameter == null ? uri : QueryString.replace(uri, parameter, Integer.toString(limit));
    }

    @Override
    public Optional<String> next(PageAnswer answer) {
        return nextUrl.apply(answer).map(URI::toString);
    }

    @Override
    public boolean cursorIsUrl() {
        return true;
    }
}
