package dev.roster.connectors.okta;

import dev.roster.connectors.http.PageAnswer;
import dev.roster.connectors.http.Paging;
import java.net.URI;
import java.util.Optional;

/**
 * Okta's paging: the {@code Link} header's next link with {@code limit} on every page. A {@code q} search is
 * the exception: Okta documents it as not pageable (one answer, at most 300 groups), so its answer is the
 * only page even if a next link came with it.
 */
final class OktaPaging {
    private static final Paging LINKS = Paging.linkHeader("limit");
    private static final Paging ONE_PAGE = new Paging() {
        @Override
        public URI pageUri(URI firstPage, String cursor, int limit) {
            return LINKS.pageUri(firstPage, cursor, limit);
        }

        @Override
        public Optional<String> next(PageAnswer answer) {
            return Optional.empty();
        }

        @Override
        public boolean cursorIsUrl() {
            return true;
        }
    };

    private OktaPaging() {
    }

    static Paging forQuery(boolean qSearch) {
        return qSearch ? ONE_PAGE : LINKS;
    }
}
