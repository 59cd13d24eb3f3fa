package dev.roster.connectors.scim;

import dev.roster.connectors.Capabilities;
import dev.roster.connectors.Operation;
import dev.roster.connectors.OperationCapability;
import java.util.Set;

/**
 * What the SCIM connector maps, per operation. Lists take the query parameters of RFC 7644 section 3.4.2 as
 * they are. There is no free-text search parameter: SCIM has only {@code filter} expressions, so
 * add-member's search box filters the loaded page in memory instead. RFC 7644 sets no largest page; servers
 * cap {@code count} (Slack at 1000, Okta's and Entra's clients ask for 100), so a larger limit is clamped to
 * {@value #MAX_PAGE_SIZE} and a server that gives fewer is paged on anyway.
 */
final class ScimCapabilities {
    static final int MAX_PAGE_SIZE = 1_000;
    static final int DEFAULT_PAGE_SIZE = 100;

    static final String FILTER = "filter";
    static final Set<String> LIST_PARAMETERS = Set.of(FILTER, "sortBy", "sortOrder", "attributes", "excludedAttributes");

    static final Set<String> GROUP_FIELDS = Set.of("id", "name", "group_type", "created_at", "updated_at", "remote_data");
    static final Set<String> USER_FIELDS = Set.of("id", "name", "first_name", "last_name", "username", "emails", "phones",
            "title", "status", "user_type", "timezone", "languages", "avatar", "external_id", "groups", "roles", "urls",
            "created_at", "updated_at", "remote_data");

    static final Capabilities CAPABILITIES = Capabilities.builder()
            .operation(Operation.LIST_GROUPS, OperationCapability.of(GROUP_FIELDS, Set.of())
                    .withParameters(LIST_PARAMETERS).withMaxPageSize(MAX_PAGE_SIZE).withFilters(OperationCapability.USER_ID))
            .operation(Operation.GET_GROUP, OperationCapability.of(GROUP_FIELDS, Set.of("id")))
            .operation(Operation.CREATE_GROUP, OperationCapability.of(Set.of("name", "remote_data"), Set.of("name")))
            .operation(Operation.CREATE_USER, OperationCapability.of(
                    Set.of("name", "first_name", "last_name", "username", "emails", "emails.type", "password", "phones",
                            "title", "status", "user_type", "timezone", "languages", "remote_data"),
                    Set.of("username")))
            .operation(Operation.LIST_USERS, OperationCapability.of(USER_FIELDS, Set.of())
                    .withParameters(LIST_PARAMETERS).withMaxPageSize(MAX_PAGE_SIZE).withFilters(OperationCapability.GROUP_ID))
            .operation(Operation.ADD_MEMBER, OperationCapability.of(Set.of("group_id", "user_id", "remote_data"), Set.of("group_id", "user_id")))
            .operation(Operation.REMOVE_MEMBER, OperationCapability.of(Set.of("group_id", "user_id", "remote_data"), Set.of("group_id", "user_id")))
            .build();

    private ScimCapabilities() {
    }
}
