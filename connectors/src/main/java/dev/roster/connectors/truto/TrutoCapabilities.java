package dev.roster.connectors.truto;

import dev.roster.connectors.Capabilities;
import dev.roster.connectors.Operation;
import dev.roster.connectors.OperationCapability;
import java.util.Set;

/**
 * What the Truto connector maps: Truto's unified user-directory model is Roster's, so every unified field is
 * passed as it is; which of them an integration really fills is Truto's (its docs list per integration).
 * Add member goes to Truto's deprecated {@code groups/add}, which only some integrations implement (Okta): for
 * others Truto refuses it, and that refusal is shown as Truto gave it. Truto applies the response options itself
 * ({@code truto_response_format}, {@code truto_exclude_fields[]}, ...), hence {@code shapesResponses}.
 */
final class TrutoCapabilities {
    static final Set<String> GROUP_FIELDS = Set.of("id", "name", "description", "group_type", "organization", "created_at",
            "updated_at", "remote_data");
    static final Set<String> USER_FIELDS = Set.of("id", "name", "first_name", "last_name", "username", "emails", "emails.type",
            "phones", "title", "status", "user_type", "timezone", "languages", "avatar", "bio", "external_id", "groups", "roles",
            "organizations", "workspaces", "licenses", "urls", "identifiers", "is_2fa_enabled", "is_email_verified",
            "created_at", "updated_at", "activated_at", "last_active_at", "last_login_at", "status_changed_at", "remote_data");
    static final Set<String> CREATE_GROUP_FIELDS = Set.of("name", "description", "group_type", "remote_data");
    static final Set<String> CREATE_USER_FIELDS = Set.of("name", "first_name", "last_name", "username", "emails", "emails.type",
            "password", "phones", "title", "status", "groups", "roles", "workspaces", "timezone", "user_type", "languages",
            "remote_data");
    static final Set<String> MEMBERSHIP_FIELDS = Set.of("group_id", "user_id", "remote_data");
    /** Unified list filters Truto documents (each supported by some integrations; the rest ignore them). */
    static final Set<String> GROUP_PARAMETERS = Set.of("name", "group_type", "organization_id", "workspace_id", "sort_by");
    static final Set<String> USER_PARAMETERS = Set.of("first_name", "last_name", "status", "organization_id", "workspace_id",
            "sort_by");

    static final Capabilities CAPABILITIES = Capabilities.builder()
            .operation(Operation.LIST_GROUPS, OperationCapability.of(GROUP_FIELDS, Set.of()).withParameters(GROUP_PARAMETERS))
            .operation(Operation.GET_GROUP, OperationCapability.of(GROUP_FIELDS, Set.of("id")))
            .operation(Operation.CREATE_GROUP, OperationCapability.of(CREATE_GROUP_FIELDS, Set.of("name")))
            .operation(Operation.CREATE_USER, OperationCapability.of(CREATE_USER_FIELDS, Set.of()))
            .operation(Operation.LIST_USERS, OperationCapability.of(USER_FIELDS, Set.of()).withParameters(USER_PARAMETERS))
            .operation(Operation.ADD_MEMBER, OperationCapability.of(MEMBERSHIP_FIELDS, Set.of("group_id", "user_id")))
            .operation(Operation.REMOVE_MEMBER, OperationCapability.of(MEMBERSHIP_FIELDS, Set.of("group_id", "user_id")))
            .shapesResponses()
            .build();

    private TrutoCapabilities() {
    }
}
