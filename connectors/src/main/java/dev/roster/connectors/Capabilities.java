package dev.roster.connectors;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Per operation, what a connector supports; an operation absent here is not supported at all.
 * {@code shapesResponses}: the provider itself applies a list's format, field exclusions, remote-data
 * omission and key-by (Truto), so {@link UnifiedDirectory} hands the caller's options to the connector
 * in {@link ListRequest#responseOptions()}; for every other connector they stay Roster's alone.
 */
public record Capabilities(Map<Operation, OperationCapability> operations, boolean shapesResponses) {

    public Capabilities {
        operations = Map.copyOf(operations);
    }

    public Capabilities(Map<Operation, OperationCapability> operations) {
        this(operations, false);
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
        private boolean shapesResponses;

        public Builder operation(Operation operation, OperationCapability capability) {
            operations.put(operation, capability);
            return this;
        }

        /** The provider applies the response options itself (see {@link Capabilities#shapesResponses()}). */
        public Builder shapesResponses() {
            shapesResponses = true;
            return this;
        }

        public Capabilities build() {
            return new Capabilities(operations, shapesResponses);
        }
    }
}
