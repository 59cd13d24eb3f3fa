package dev.roster.connectors;

import java.util.Set;

/**
 * What one connector does with one operation: the unified fields it maps ({@code supportedFields}), the
 * ones a request must carry ({@code requiredFields}), and the provider query parameters it accepts
 * ({@code parameters}, passed through {@code --param}).
 */
public record OperationCapability(Set<String> supportedFields, Set<String> requiredFields, Set<String> parameters) {

    public OperationCapability {
        supportedFields = Set.copyOf(supportedFields);
        requiredFields = Set.copyOf(requiredFields);
        parameters = Set.copyOf(parameters);
        if (!supportedFields.containsAll(requiredFields)) {
            throw new IllegalArgumentException("required fields must be supported: " + requiredFields + " vs " + supportedFields);
        }
    }

    public static OperationCapability of(Set<String> supported, Set<String> required) {
        return new OperationCapability(supported, required, Set.of());
    }

    public OperationCapability withParameters(Set<String> params) {
        return new OperationCapability(supportedFields, requiredFields, params);
    }
}
