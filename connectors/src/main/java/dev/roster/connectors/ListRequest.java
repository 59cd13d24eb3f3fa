package dev.roster.connectors;

import dev.roster.connectors.query.ResponseOptions;
import java.util.Map;

/**
 * One page request as a connector sees it: {@code cursor} is the provider's own cursor (decoded from
 * Roster's opaque one) or null for the first page; {@code limit} the page size wanted (null: the
 * connector's default); {@code parameters} declared provider parameters; {@code remoteQuery} passed
 * to the provider as is; {@code groupId} narrows a user list to one group's members, {@code userId} a group
 * list to the groups that user is a member of.
 * {@code responseOptions} is the caller's format and shaping, handed only to a connector whose
 * {@link Capabilities#shapesResponses()} says the provider applies them itself (Truto); null otherwise.
 */
public record ListRequest(Integer limit, String cursor, Map<String, String> parameters,
                          Map<String, String> remoteQuery, String groupId, ResponseOptions responseOptions,
                          String userId) {

    public ListRequest {
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
        remoteQuery = remoteQuery == null ? Map.of() : Map.copyOf(remoteQuery);
    }

    public ListRequest(Integer limit, String cursor, Map<String, String> parameters, Map<String, String> remoteQuery,
                       String groupId) {
        this(limit, cursor, parameters, remoteQuery, groupId, null, null);
    }

    public ListRequest(Integer limit, String cursor, Map<String, String> parameters, Map<String, String> remoteQuery,
                       String groupId, ResponseOptions responseOptions) {
        this(limit, cursor, parameters, remoteQuery, groupId, responseOptions, null);
    }

    public static ListRequest firstPage(Integer limit) {
        return new ListRequest(limit, null, Map.of(), Map.of(), null);
    }

    public ListRequest withCursor(String providerCursor) {
        return new ListRequest(limit, providerCursor, parameters, remoteQuery, groupId, responseOptions, userId);
    }
}
