package dev.roster.connectors;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** Per operation, what a connector supports; an operation absent here is not supported at all. */
public record Capabilities(Map<Operation, OperationCapability> operations) {

    public Capabilities {
        operations = Map.copyOf(operations);
    }

    public Optional<OperationCapability> of(Operation operation) {
        return Optional.ofNullable(operations.get(operation));
    }

    public boolean supports(Operation operation) {
        return operations.containsKey(operation);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects operations in declaration order of {@link Operation}. */
    public static final class Builder {
        private final Map<Operation, OperationCapability> operations = new EnumMap<>(Operation.class);

        public Builder operation(Operation operation, OperationCapability capability) {
            operations.put(operation, capability);
            return this;
        }

        public Capabilities build() {
            return new Capabilities(operations);
        }
    }
}
