package dev.roster.connectors.okta;

import dev.roster.connectors.Capabilities;
import dev.roster.connectors.Operation;
import dev.roster.connectors.OperationCapability;
import java.util.Set;

/**
 * What the Okta connector maps. Create user requires what Okta's default user profile schema requires
 * (login, firstName, lastName, email); create group what the group schema requires (name). Okta has no
 * group kinds of its own for team or department, so group_type is listed (always "group") but not
 * accepted on create. Page sizes: the spec caps groups at 10000; users and members have no documented
 * maximum in the spec, Okta's docs name 200 for users, which is also the recommended page for both.
 */
final class OktaCapabilities {
    static final String Q = "q";
    static final int GROUPS_MAX_PAGE = 10_000;
    static final int USERS_MAX_PAGE = 200;
    static final int DEFAULT_PAGE = 200;
    /** GET /api/v1/users/{id}/groups: limit at most 200 (Okta's reference for listUserGroups). */
    static final int USER_GROUPS_MAX_PAGE = 200;

    static final Set<String> GROUP_FIELDS = Set.of("id", "name", "description", "group_type", "created_at", "updated_at",
            "remote_data");
    static final Set<String> USER_FIELDS = Set.of("id", "name", "first_name", "last_name", "username", "emails", "phones",
            "title", "status", "user_type", "timezone", "languages", "external_id", "created_at", "updated_at",
            "activated_at", "last_login_at", "status_changed_at", "remote_data");
    /** GET /api/v1/groups: search, filter, q, sortBy, sortOrder (limit and after are the paging's). */
    static final Set<String> GROUP_PARAMETERS = Set.of("search", "filter", Q, "sortBy", "sortOrder", "expand");
    /** GET /api/v1/users; a member list (GET /api/v1/groups/{id}/users) takes none of them. */
    static final Set<String> USER_PARAMETERS = Set.of("search", "filter", Q, "sortBy", "sortOrder");

    static final Capabilities CAPABILITIES = Capabilities.builder()
            .operation(Operation.LIST_GROUPS, OperationCapability.of(GROUP_FIELDS, Set.of()).withParameters(GROUP_PARAMETERS)
                    .withMaxPageSize(GROUPS_MAX_PAGE).withSearchParameter(Q).withFilters(OperationCapability.USER_ID))
            .operation(Operation.GET_GROUP, OperationCapability.of(GROUP_FIELDS, Set.of("id")))
            .operation(Operation.CREATE_GROUP, OperationCapability.of(Set.of("name", "description", "remote_data"), Set.of("name")))
            .operation(Operation.CREATE_USER, OperationCapability.of(
                    Set.of("name", "first_name", "last_name", "username", "emails", "password", "phones", "title",
                            "user_type", "timezone", "languages", "groups", "remote_data"),
                    Set.of("username", "first_name", "last_name", "emails")))
            .operation(Operation.LIST_USERS, OperationCapability.of(USER_FIELDS, Set.of()).withParameters(USER_PARAMETERS)
                    .withMaxPageSize(USERS_MAX_PAGE).withSearchParameter(Q).withFilters(OperationCapability.GROUP_ID))
            .operation(Operation.ADD_MEMBER, OperationCapability.of(Set.of("group_id", "user_id"), Set.of("group_id", "user_id")))
            .operation(Operation.REMOVE_MEMBER, OperationCapability.of(Set.of("group_id", "user_id"), Set.of("group_id", "user_id")))
            .build();

    private OktaCapabilities() {
    }
}
