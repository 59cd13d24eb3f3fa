package dev.roster.connectors.google;

import java.util.List;

/**
 * The Directory API scopes a connection asks for: groups, memberships and users, read-write or, for an
 * admin (or a delegation) that may only read, their readonly variants. Domain-wide delegation must list
 * exactly these for the service account's client id, or Google refuses the token (unauthorized_client).
 */
final class Scopes {
    static final String PREFIX = "https://www.googleapis.com/auth/";
    static final List<String> READ_WRITE = List.of(PREFIX + "admin.directory.group", PREFIX + "admin.directory.group.member",
            PREFIX + "admin.directory.user");
    static final List<String> READ_ONLY = List.of(PREFIX + "admin.directory.group.readonly",
            PREFIX + "admin.directory.group.member.readonly", PREFIX + "admin.directory.user.readonly");

    private Scopes() {
    }

    static List<String> of(GoogleSettings.Access access) {
        return access == GoogleSettings.Access.READ_ONLY ? READ_ONLY : READ_WRITE;
    }
}
