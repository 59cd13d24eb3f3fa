package dev.roster.connectors.ldap;

import dev.roster.connectors.Capabilities;
import dev.roster.connectors.Operation;
import dev.roster.connectors.OperationCapability;
import java.util.Set;

/**
 * What the LDAP connector maps, per operation. A user needs a username, and a last_name or a name (one of
 * the two), because every person entry needs an sn and a cn and either suffices to derive both: declared
 * here, so that the form and {@code roster capabilities} say so and nothing is sent without one. LDAP has no place for a user's status, roles, workspaces or timezone on
 * create; groups a user belongs to are set with add_member.
 */
final class LdapCapabilities {
    static final Set<String> GROUP_FIELDS = Set.of("id", "name", "description", "group_type", "created_at", "updated_at",
            "remote_data");
    static final Set<String> USER_FIELDS = Set.of("id", "name", "first_name", "last_name", "username", "emails", "phones",
            "title", "status", "user_type", "languages", "bio", "external_id", "groups", "identifiers", "created_at",
            "updated_at", "remote_data");
    static final Set<String> LIST_PARAMETERS = Set.of(LdapQueries.FILTER, LdapQueries.BASE, LdapQueries.SEARCH);

    static final Capabilities CAPABILITIES = Capabilities.builder()
            .operation(Operation.LIST_GROUPS, OperationCapability.of(GROUP_FIELDS, Set.of()).withParameters(LIST_PARAMETERS)
                    .withSearchParameter(LdapQueries.SEARCH).withFilters(OperationCapability.USER_ID))
            .operation(Operation.GET_GROUP, OperationCapability.of(GROUP_FIELDS, Set.of("id")))
            .operation(Operation.CREATE_GROUP, OperationCapability.of(
                    Set.of("name", "description", "group_type", "remote_data"), Set.of("name")))
            .operation(Operation.CREATE_USER, OperationCapability.of(
                    Set.of("name", "first_name", "last_name", "username", "emails", "password", "phones", "title",
                            "user_type", "languages", "remote_data"),
                    Set.of("username")).withOneOf("last_name", "name"))
            .operation(Operation.LIST_USERS, OperationCapability.of(USER_FIELDS, Set.of()).withParameters(LIST_PARAMETERS)
                    .withSearchParameter(LdapQueries.SEARCH).withFilters(OperationCapability.GROUP_ID))
            .operation(Operation.ADD_MEMBER, OperationCapability.of(Set.of("group_id", "user_id"), Set.of("group_id", "user_id")))
            .operation(Operation.REMOVE_MEMBER, OperationCapability.of(Set.of("group_id", "user_id"), Set.of("group_id", "user_id")))
            .build();

    private LdapCapabilities() {
    }
}
