package dev.roster.connectors.entra;

import dev.roster.connectors.Capabilities;
import dev.roster.connectors.Operation;
import dev.roster.connectors.OperationCapability;
import java.util.Set;

/**
 * What the Entra ID connector maps. Lists take Graph's own OData options as declared parameters and pages of
 * up to 999 ({@code $top}; Graph has no {@code $skip} for directory objects). {@code $search} is the free-text
 * search: a bare word is sent as {@code "displayName:word"} (see {@link GraphQuery}).
 */
final class EntraCapabilities {
    static final int MAX_PAGE = 999;
    static final Set<String> GROUP_FIELDS = Set.of("id", "name", "description", "group_type", "created_at", "remote_data");
    static final Set<String> USER_FIELDS = Set.of("id", "name", "first_name", "last_name", "username", "emails", "title",
            "status", "user_type", "created_at", "remote_data");
    static final Set<String> LIST_PARAMETERS = Set.of(GraphQuery.FILTER, GraphQuery.SEARCH, GraphQuery.SELECT, GraphQuery.ORDER_BY);

    static final Capabilities CAPABILITIES = Capabilities.builder()
            .operation(Operation.LIST_GROUPS, OperationCapability.of(GROUP_FIELDS, Set.of()).withParameters(LIST_PARAMETERS)
                    .withMaxPageSize(MAX_PAGE).withSearchParameter(GraphQuery.SEARCH).withFilters(OperationCapability.USER_ID))
            .operation(Operation.GET_GROUP, OperationCapability.of(GROUP_FIELDS, Set.of("id")))
            .operation(Operation.CREATE_GROUP, OperationCapability.of(Set.of("name", "description", "group_type", "remote_data"),
                    Set.of("name")))
            .operation(Operation.CREATE_USER, OperationCapability.of(
                    Set.of("name", "first_name", "last_name", "username", "emails", "password", "title", "status", "user_type",
                            "remote_data"),
                    Set.of("username", "password")))
            .operation(Operation.LIST_USERS, OperationCapability.of(USER_FIELDS, Set.of()).withParameters(LIST_PARAMETERS)
                    .withMaxPageSize(MAX_PAGE).withSearchParameter(GraphQuery.SEARCH).withFilters(OperationCapability.GROUP_ID))
            .operation(Operation.ADD_MEMBER, OperationCapability.of(Set.of("group_id", "user_id"), Set.of("group_id", "user_id")))
            .operation(Operation.REMOVE_MEMBER, OperationCapability.of(Set.of("group_id", "user_id"), Set.of("group_id", "user_id")))
            .build();

    private EntraCapabilities() {
    }
}
