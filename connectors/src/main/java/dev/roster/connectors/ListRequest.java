package dev.roster.connectors;

import java.util.Map;

/**
 * One page request as a connector sees it: {@code cursor} is the provider's own cursor (decoded from
 * Roster's opaque one) or null for the first page; {@code limit} the page size wanted (null: the
 * connector's default); {@code parameters} declared provider parameters; {@code remoteQuery} passed
 * to the provider as is; {@code groupId} narrows a user list to one group's members.
 */
public record ListRequest(Integer limit, String cursor, Map<String, String> parameters,
                          Map<String, String> remoteQuery, String groupId) {

    public ListRequest {
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
        remoteQuery = remoteQuery == null ? Map.of() : Map.copyOf(remoteQuery);
    }

    public static ListRequest firstPage(Integer limit) {
        return new ListRequest(limit, null, Map.of(), Map.of(), null);
    }

    public ListRequest withCursor(String providerCursor) {
        return new ListRequest(limit, providerCursor, parameters, remoteQuery, groupId);
    }
}
