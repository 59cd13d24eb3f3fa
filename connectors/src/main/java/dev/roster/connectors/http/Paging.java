package dev.roster.connectors.http;

import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.ErrorKind;
import java.net.URI;
import java.util.Optional;

/**
 * How a provider says where its next page is, and how a page is asked for. The provider cursor (what
 * Roster's opaque {@code next_cursor} wraps) belongs to the strategy: a next URL (Okta's {@code Link}
 * header, Graph's {@code @odata.nextLink}), a page token (Google's {@code nextPageToken}, Truto's
 * {@code next_cursor}) or a SCIM {@code startIndex}. {@link ListEngine} runs the loop; a provider only
 * picks one of these.
 */
public interface Paging {

    /** The URL of the page that {@code cursor} names; with no cursor, {@code firstPage} asking for {@code limit}. */
    URI pageUri(URI firstPage, String cursor, int limit);

    /** The cursor of the page after {@code answer}, or empty when it was the last. */
    Optional<String> next(PageAnswer answer);

    /**
     * Cursors that are URLs to request as they are: {@link ListEngine} refuses one off the connection's
     * origin when it arrives, so neither a directory nor an edited cursor can send the token elsewhere.
     */
    default boolean cursorIsUrl() {
        return false;
    }

    /**
     * RFC 8288 {@code Link: <url>; rel="next"}, as separate header lines or comma-joined in one; no next link
     * is the last page. {@code limitParameter} is set on every page, the next link's own value replaced, so a
     * cursor resumed with another {@code --limit} gets that size (Okta's links carry the first call's limit).
     */
    static Paging linkHeader(String limitParameter) {
        return new NextUrlPaging(limitParameter, answer -> LinkHeader.next(answer.response().headers(), answer.requested()));
    }

    /**
     * An absolute next URL in the body at {@code pointer}, requested exactly as given (Graph: send the entire
     * nextLink URL, never a token taken out of it): {@code limitParameter} sizes the first page only, and a
     * resumed cursor keeps its own size.
     */
    static Paging nextLinkInBody(String pointer, String limitParameter) {
        return new NextUrlPaging(null, limitParameter, answer -> BodyCursor.at(answer.body(), pointer).map(href -> {
            try {
                return answer.requested().resolve(href.strip());
            } catch (IllegalArgumentException e) {
                throw DirectoryException.caused(ErrorKind.PROTOCOL, e, ErrorCode.NEXT_LINK_NOT_A_URL, href);
            }
        }));
    }

    /** A token in the body at {@code pointer}, sent back as {@code tokenParameter} with the first page's query. */
    static Paging tokenInBody(String pointer, String tokenParameter, String limitParameter) {
        return new PageTokenPaging(pointer, tokenParameter, limitParameter);
    }

    /** SCIM 2.0 {@code startIndex} (1-based) and {@code count}, advanced by what each page really held. */
    static Paging scimIndex() {
        return new ScimIndexPaging();
    }
}
