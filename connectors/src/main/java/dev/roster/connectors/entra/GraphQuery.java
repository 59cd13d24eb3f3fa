package dev.roster.connectors.entra;

import dev.roster.connectors.ListRequest;
import dev.roster.connectors.http.ListSpec;
import dev.roster.connectors.http.QueryString;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The OData query options of a Graph list. {@code $search} (and {@code $count}) are "advanced queries" that
 * Graph serves only with {@code ConsistencyLevel: eventual}; the header goes with every page of that walk,
 * since each next link repeats the query.
 */
final class GraphQuery {
    static final String FILTER = "$filter";
    static final String SEARCH = "$search";
    static final String SELECT = "$select";
    static final String ORDER_BY = "$orderby";
    static final String CONSISTENCY_LEVEL = "ConsistencyLevel";

    private GraphQuery() {
    }

    /**
     * What a user list selects when the request names no {@code $select}: Graph's default user properties leave
     * out accountEnabled, employeeType and createdDateTime, which status, user_type and created_at come from.
     */
    static final String USER_PROPERTIES = "id,displayName,givenName,surname,userPrincipalName,mail,jobTitle,accountEnabled,"
            + "employeeType,userType,createdDateTime,businessPhones,mobilePhone,officeLocation,preferredLanguage";

    /** The declared parameters and the remote query, with a bare search word made a displayName search. */
    static QueryString of(ListRequest request) {
        return of(request, null);
    }

    /** As {@link #of(ListRequest)}, selecting {@code defaultSelect} when the request selects nothing itself. */
    static QueryString of(ListRequest request, String defaultSelect) {
        Map<String, String> parameters = new LinkedHashMap<>(request.parameters());
        parameters.computeIfPresent(SEARCH, (k, v) -> search(v));
        if (defaultSelect != null && !parameters.containsKey(SELECT) && !request.remoteQuery().containsKey(SELECT)) {
            parameters.put(SELECT, defaultSelect);
        }
        return QueryString.create().addAll(parameters).addAll(request.remoteQuery());
    }

    /** Whether the walk needs {@code ConsistencyLevel: eventual}. */
    static boolean advanced(ListRequest request) {
        return request.parameters().containsKey(SEARCH) || request.remoteQuery().containsKey(SEARCH)
                || request.remoteQuery().containsKey("$count");
    }

    static <T> ListSpec<T> withConsistency(ListSpec<T> spec, ListRequest request) {
        return advanced(request) ? spec.withHeader(CONSISTENCY_LEVEL, "eventual") : spec;
    }

    /**
     * Graph's {@code $search} takes {@code "property:words"} in double quotes (several joined by AND/OR). What
     * the add-member search box sends is a bare word: that searches displayName. A value that already has a
     * quote is the user's own OData and goes as it is.
     */
    static String search(String value) {
        String v = value.strip();
        if (v.contains("\"")) {
            return v;
        }
        return "\"displayName:" + v + "\"";
    }
}
