package dev.roster.connectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.connectors.model.Json;
import dev.roster.connectors.query.ListQuery;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Refuses a request the connector cannot serve before anything is sent: an unsupported operation, a
 * required field missing (or every field of a one-of group), a field the connector does not map, an undeclared provider parameter.
 * Every message names the field and the connector. Names must be as the user means them (see {@link NameRules}).
 */
final class RequestValidator {
    private final String connectorName;
    private final Capabilities capabilities;

    RequestValidator(String connectorName, Capabilities capabilities) {
        this.connectorName = connectorName;
        this.capabilities = capabilities;
    }

    OperationCapability operation(Operation operation) {
        return capabilities.of(operation).orElseThrow(() -> DirectoryException.invalid(ErrorCode.UNSUPPORTED_OPERATION,
                connectorName, operation.wireName()));
    }

    void list(Operation operation, ListQuery query) {
        OperationCapability capability = operation(operation);
        userFilter(operation, query, capability);
        Set<String> unknown = new TreeSet<>(query.parameters().keySet());
        unknown.removeAll(capability.parameters());
        if (!unknown.isEmpty()) {
            throw DirectoryException.invalid(ErrorCode.UNDECLARED_PARAMETER, connectorName,
                    (unknown.size() > 1 ? "the parameters " : "the parameter ") + String.join(", ", unknown), operation.wireName(),
                    capability.parameters().isEmpty() ? "none" : String.join(", ", new TreeSet<>(capability.parameters())));
        }
        for (Map.Entry<String, String> e : query.parameters().entrySet()) {
            if (e.getValue() == null) {
                throw DirectoryException.invalid(ErrorCode.PARAMETER_NEEDS_VALUE, e.getKey());
            }
        }
    }

    /**
     * user_id belongs to list_groups alone, never with group_id, and only on a connector that declares it: one
     * that predates it would ignore it and answer every group, which would read as that user's groups.
     * (group_id is not checked against the declaration: every connector has served it from the start.)
     */
    private void userFilter(Operation operation, ListQuery query, OperationCapability capability) {
        if (query.userId() == null) {
            return;
        }
        if (query.groupId() != null) {
            throw DirectoryException.invalid(ErrorCode.USER_ID_WITH_GROUP_ID);
        }
        if (operation != Operation.LIST_GROUPS) {
            throw DirectoryException.invalid(ErrorCode.USER_ID_NOT_FOR_USERS);
        }
        if (!capability.filters().contains(OperationCapability.USER_ID)) {
            throw DirectoryException.invalid(ErrorCode.USER_FILTER_UNSUPPORTED, connectorName,
                    "its connector does not declare the user_id filter for list_groups");
        }
    }

    /** Checks a write body: present fields must be supported, required ones present and not blank, and at least
     * one field of each one-of group present. */
    void write(Operation operation, Object input) {
        OperationCapability capability = operation(operation);
        ObjectNode body = Json.mapper().valueToTree(input);
        Set<String> present = new TreeSet<>();
        body.properties().forEach(e -> {
            if (isPresent(e.getValue())) {
                present.add(e.getKey());
            }
        });
        Set<String> missing = new TreeSet<>(capability.requiredFields());
        missing.removeAll(present);
        if (!missing.isEmpty()) {
            throw DirectoryException.invalid(ErrorCode.REQUIRED_FIELDS_MISSING, operation.wireName(), connectorName,
                    String.join(", ", missing));
        }
        for (Set<String> group : capability.requiredOneOf()) {
            if (group.stream().noneMatch(present::contains)) {
                throw DirectoryException.invalid(ErrorCode.REQUIRED_ONE_OF, operation.wireName(), connectorName,
                        String.join(", ", new TreeSet<>(group)));
            }
        }
        Set<String> unsupported = new TreeSet<>(present);
        unsupported.removeAll(capability.supportedFields());
        if (!unsupported.isEmpty()) {
            throw DirectoryException.invalid(ErrorCode.UNSUPPORTED_FIELDS, connectorName,
                    (unsupported.size() > 1 ? "the fields " : "the field ") + String.join(", ", unsupported), operation.wireName(),
                    String.join(", ", new TreeSet<>(capability.supportedFields())));
        }
        refuseUndeclaredParts(capability, operation, body);
        NameRules.check(body);
    }

    /** An optional part (an email's type) in any item of its repeated field must be declared by the connector. */
    private void refuseUndeclaredParts(OperationCapability capability, Operation operation, ObjectNode body) {
        Set<String> undeclared = new TreeSet<>();
        for (String part : OperationCapability.OPTIONAL_PARTS) {
            int dot = part.indexOf('.');
            JsonNode items = body.get(part.substring(0, dot));
            if (capability.supportedFields().contains(part) || items == null || !items.isArray()) {
                continue;
            }
            for (JsonNode item : items) {
                if (isPresent(item.get(part.substring(dot + 1)))) {
                    undeclared.add(part);
                }
            }
        }
        if (!undeclared.isEmpty()) {
            throw DirectoryException.invalid(ErrorCode.UNSUPPORTED_FIELDS, connectorName,
                    (undeclared.size() > 1 ? "the fields " : "the field ") + String.join(", ", undeclared), operation.wireName(),
                    String.join(", ", new TreeSet<>(capability.supportedFields())));
        }
    }

    private static boolean isPresent(JsonNode value) {
        if (value == null || value.isNull()) {
            return false;
        }
        if (value.isTextual()) {
            return !value.asText().isBlank();
        }
        return !value.isContainerNode() || !value.isEmpty();
    }
}
