package dev.roster.connectors.google;

import dev.roster.connectors.Capabilities;
import dev.roster.connectors.Operation;
import dev.roster.connectors.OperationCapability;
import java.util.Set;

/**
 * What the Google connector maps, per operation, with the Directory API's page limits: groups.list and
 * members.list give at most 200 items a page, users.list 500 (a members list is clamped to 200 inside the
 * connector, since list_users declares the users' maximum). A group needs its email address, given in
 * remote_data.email (the unified model has no such field); a user's primary email is its username.
 */
final class GoogleCapabilities {
    static final int MAX_GROUPS_PAGE = 200;
    static final int MAX_MEMBERS_PAGE = 200;
    static final int MAX_USERS_PAGE = 500;

    static final String QUERY = "query";
    static final String USER_KEY = "userKey";
    static final Set<String> GROUP_PARAMETERS = Set.of(QUERY, "orderBy", "sortOrder", USER_KEY);
    /** users.list takes these ... */
    static final Set<String> USERS_PARAMETERS = Set.of(QUERY, "orderBy", "sortOrder", "showDeleted");
    /** ... and members.list these. */
    static final Set<String> MEMBERS_PARAMETERS = Set.of("roles", "includeDerivedMembership");

    static final Set<String> GROUP_FIELDS = Set.of("id", "name", "description", "group_type", "remote_data");
    static final Set<String> USER_FIELDS = Set.of("id", "name", "first_name", "last_name", "username", "emails", "phones",
            "title", "status", "user_type", "roles", "avatar", "is_2fa_enabled", "created_at", "last_login_at", "remote_data");

    static final Capabilities CAPABILITIES = Capabilities.builder()
            .operation(Operation.LIST_GROUPS, OperationCapability.of(GROUP_FIELDS, Set.of())
                    .withParameters(GROUP_PARAMETERS).withMaxPageSize(MAX_GROUPS_PAGE).withFilters(OperationCapability.USER_ID))
            .operation(Operation.GET_GROUP, OperationCapability.of(GROUP_FIELDS, Set.of("id")))
            .operation(Operation.CREATE_GROUP, OperationCapability.of(Set.of("name", "description", "remote_data"),
                    Set.of("name")))
            .operation(Operation.CREATE_USER, OperationCapability.of(
                    Set.of("first_name", "last_name", "username", "emails", "password", "remote_data"),
                    Set.of("first_name", "last_name", "password")).withOneOf("username", "emails"))
            .operation(Operation.LIST_USERS, OperationCapability.of(USER_FIELDS, Set.of())
                    .withParameters(union(USERS_PARAMETERS, MEMBERS_PARAMETERS))
                    .withMaxPageSize(MAX_USERS_PAGE).withSearchParameter(QUERY).withFilters(OperationCapability.GROUP_ID))
            .operation(Operation.ADD_MEMBER, OperationCapability.of(Set.of("group_id", "user_id", "remote_data"),
                    Set.of("group_id", "user_id")))
            .operation(Operation.REMOVE_MEMBER, OperationCapability.of(Set.of("group_id", "user_id"), Set.of("group_id", "user_id")))
            .build();

    private GoogleCapabilities() {
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        java.util.Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
