package dev.roster.connectors.truto;

import dev.roster.connectors.http.QueryString;
import dev.roster.connectors.query.ResponseFormat;
import dev.roster.connectors.query.ResponseOptions;

/**
 * Roster's response options as Truto's own query parameters, so that Truto shapes the answer and what Roster
 * shows as {@code raw} (and as {@code data} in {@code debug}) is Truto's shaped body:
 * <ul>
 *   <li>{@code normalized} and {@code raw} become {@code truto_response_format}; {@code unified}, {@code debug}
 *       and {@code stream} ask for Truto's default, unified (Roster's debug envelope carries Truto's unified body
 *       beside its own exchange; Truto's stream format is a byte stream, not pages)</li>
 *   <li>exclude fields: one {@code truto_exclude_fields[]} each; ignore remote data: {@code truto_ignore_remote_data=true};
 *       key by: {@code truto_key_by} (Truto then ignores {@code limit}: the page is the whole list)</li>
 * </ul>
 * Roster's renderer applies the same options to the mapped items afterwards; on what Truto already shaped that
 * changes nothing (a field Truto left out is absent either way, the keys are the same field's values).
 */
final class TrutoShaping {
    static final String FORMAT = "truto_response_format";
    static final String EXCLUDE = "truto_exclude_fields[]";
    static final String IGNORE_REMOTE_DATA = "truto_ignore_remote_data";
    static final String KEY_BY = "truto_key_by";

    private TrutoShaping() {
    }

    static QueryString apply(QueryString query, ResponseOptions options) {
        if (options == null) {
            return query;
        }
        trutoFormat(options.format()).ifPresent(f -> query.add(FORMAT, f));
        options.excludeFields().forEach(field -> query.add(EXCLUDE, field));
        if (options.ignoreRemoteData()) {
            query.add(IGNORE_REMOTE_DATA, "true");
        }
        if (options.keyBy() != null) {
            query.add(KEY_BY, options.keyBy());
        }
        return query;
    }

    static boolean raw(ResponseOptions options) {
        return options != null && options.format() == ResponseFormat.RAW;
    }

    private static java.util.Optional<String> trutoFormat(ResponseFormat format) {
        return switch (format) {
            case NORMALIZED -> java.util.Optional.of("normalized");
            case RAW -> java.util.Optional.of("raw");
            default -> java.util.Optional.empty();
        };
    }
}
