package dev.roster.connectors.http;

import java.net.URI;
import java.util.Optional;
import java.util.OptionalInt;

/** SCIM 2.0 index paging through {@link ScimPaging}: the cursor is the next {@code startIndex}. */
final class ScimIndexPaging implements Paging {
    static final String START_INDEX = "startIndex";
    static final String COUNT = "count";

    @Override
    public URI pageUri(URI firstPage, String cursor, int limit) {
        URI indexed = QueryString.replace(firstPage, START_INDEX, Integer.toString(ScimPaging.startIndex(cursor)));
        return QueryString.replace(indexed, COUNT, Integer.toString(limit));
    }

    @Override
    public Optional<String> next(PageAnswer answer) {
        OptionalInt next = ScimPaging.next(answer.body(), ScimPaging.startIndex(answer.cursor()));
        return next.isPresent() ? Optional.of(Integer.toString(next.getAsInt())) : Optional.empty();
    }
}
