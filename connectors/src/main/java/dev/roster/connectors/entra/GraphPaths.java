package dev.roster.connectors.entra;

import dev.roster.connectors.http.ApiUrl;
import java.net.URI;

/**
 * Every Graph URL the connector uses, in one place. Membership changes address the member <em>reference</em>
 * ({@code .../members/$ref}, {@code .../members/{userId}/$ref}); {@code DELETE .../members/{userId}} without
 * {@code /$ref} would delete the user object itself, so no method here builds a member URL without it.
 */
final class GraphPaths {
    static final String REF = "$ref";
    /** The base as text: {@link ApiUrl} is a builder, each URL starts from a fresh one. */
    private final String base;

    GraphPaths(ApiUrl base) {
        this.base = base.toString();
    }

    private ApiUrl url(String... segments) {
        return ApiUrl.base(base).path(segments);
    }

    URI groups() {
        return url("groups").toUri();
    }

    URI group(String groupId) {
        return url("groups", groupId).toUri();
    }

    URI users() {
        return url("users").toUri();
    }

    /** Members that are users: the OData cast leaves out devices, service principals and nested groups. */
    URI userMembers(String groupId) {
        return url("groups", groupId, "members", "microsoft.graph.user").toUri();
    }

    /**
     * The groups a user is a direct member of: the OData cast leaves out directory roles and administrative units,
     * which memberOf lists too.
     */
    URI userGroups(String userId) {
        return url("users", userId, "memberOf", "microsoft.graph.group").toUri();
    }

    /** POST target of add-member. */
    URI memberReferences(String groupId) {
        return url("groups", groupId, "members", REF).toUri();
    }

    /** DELETE target of remove-member: the reference only, never the member. */
    URI memberReference(String groupId, String userId) {
        return url("groups", groupId, "members", userId, REF).toUri();
    }

    /** The {@code @odata.id} of a user in an add-member body, on the configured Graph base (national clouds). */
    String directoryObject(String userId) {
        return url("directoryObjects", userId).toString();
    }
}
