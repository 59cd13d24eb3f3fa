package dev.roster.connectors.query;

import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import java.util.Map;

/**
 * What to list: page size, Roster's opaque cursor (null: first page), declared provider parameters,
 * a {@code remote_query} passed to the provider as is, for users an optional group, and for groups an optional
 * user ({@code userId}: the groups that user is a member of).
 * {@code responseOptions} (null: none) reach a connector that shapes responses itself
 * ({@link dev.roster.connectors.Capabilities#shapesResponses()}); the renderer applies them in any case.
 */
public record ListQuery(Integer limit, String cursor, Map<String, String> parameters,
                        Map<String, String> remoteQuery, String groupId, ResponseOptions responseOptions,
                        String userId) {

    public static final int MAX_LIMIT = 10_000;

    public ListQuery {
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
        remoteQuery = remoteQuery == null ? Map.of() : Map.copyOf(remoteQuery);
        cursor = cursor == null || cursor.isBlank() ? null : cursor.strip();
        groupId = groupId == null || groupId.isBlank() ? null : groupId.strip();
        userId = userId == null || userId.isBlank() ? null : userId.strip();
        if (limit != null && (limit < 1 || limit > MAX_LIMIT)) {
            throw DirectoryException.invalid(ErrorCode.LIMIT_OUT_OF_RANGE, MAX_LIMIT, limit);
        }
    }

    public ListQuery(Integer limit, String cursor, Map<String, String> parameters, Map<String, String> remoteQuery,
                     String groupId) {
        this(limit, cursor, parameters, remoteQuery, groupId, null, null);
    }

    public ListQuery(Integer limit, String cursor, Map<String, String> parameters, Map<String, String> remoteQuery,
                     String groupId, ResponseOptions responseOptions) {
        this(limit, cursor, parameters, remoteQuery, groupId, responseOptions, null);
    }

    public static ListQuery firstPage() {
        return new ListQuery(null, null, Map.of(), Map.of(), null);
    }

    public static ListQuery ofLimit(int limit) {
        return new ListQuery(limit, null, Map.of(), Map.of(), null);
    }

    public ListQuery withCursor(String opaqueCursor) {
        return new ListQuery(limit, opaqueCursor, parameters, remoteQuery, groupId, responseOptions, userId);
    }

    public ListQuery withGroupId(String group) {
        return new ListQuery(limit, cursor, parameters, remoteQuery, group, responseOptions, userId);
    }

    public ListQuery withParameters(Map<String, String> params) {
        return new ListQuery(limit, cursor, params, remoteQuery, groupId, responseOptions, userId);
    }

    public ListQuery withRemoteQuery(Map<String, String> query) {
        return new ListQuery(limit, cursor, parameters, query, groupId, responseOptions, userId);
    }

    /** The format and shaping the result will be rendered with, for a connector whose provider applies them. */
    public ListQuery withResponseOptions(ResponseOptions options) {
        return new ListQuery(limit, cursor, parameters, remoteQuery, groupId, options, userId);
    }

    /** For groups: only the groups this user is a member of ("list groups of a user"). */
    public ListQuery withUserId(String user) {
        return new ListQuery(limit, cursor, parameters, remoteQuery, groupId, responseOptions, user);
    }
}
