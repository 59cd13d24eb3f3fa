package dev.roster.connectors;

import java.util.List;
import java.util.Set;

/**
 * What one connector does with one operation: the unified fields it maps ({@code supportedFields}), the
 * ones a request must carry ({@code requiredFields}), the groups of fields of which a request must carry at
 * least one ({@code requiredOneOf}: LDAP's person entry needs an sn and a cn, which either a last_name or a
 * name gives), and the provider query parameters it accepts ({@code parameters}, passed through
 * {@code --param}). A dotted supported field names a part of a repeated field that the connector keeps
 * ({@code emails.type}): a form offers that part only where it is declared.
 */
public record OperationCapability(Set<String> supportedFields, Set<String> requiredFields, Set<String> parameters,
                                  List<Set<String>> requiredOneOf) {
    /**
     * Parts of repeated fields that a connector keeps only where it declares them: sent to one that does not,
     * the request is refused rather than stored without them.
     */
    public static final Set<String> OPTIONAL_PARTS = Set.of("emails.type");

    public OperationCapability {
        supportedFields = Set.copyOf(supportedFields);
        requiredFields = Set.copyOf(requiredFields);
        parameters = Set.copyOf(parameters);
        requiredOneOf = requiredOneOf.stream().map(Set::copyOf).toList();
        if (!supportedFields.containsAll(requiredFields)) {
            throw new IllegalArgumentException("required fields must be supported: " + requiredFields + " vs " + supportedFields);
        }
        for (Set<String> group : requiredOneOf) {
            if (group.size() < 2 || !supportedFields.containsAll(group)) {
                throw new IllegalArgumentException("a one-of group names two or more supported fields: " + group);
            }
        }
    }

    public OperationCapability(Set<String> supportedFields, Set<String> requiredFields, Set<String> parameters) {
        this(supportedFields, requiredFields, parameters, List.of());
    }

    public static OperationCapability of(Set<String> supported, Set<String> required) {
        return new OperationCapability(supported, required, Set.of());
    }

    public OperationCapability withParameters(Set<String> params) {
        return new OperationCapability(supportedFields, requiredFields, params, requiredOneOf);
    }

    /** Adds a group of fields of which a request must carry at least one. */
    public OperationCapability withOneOf(String... fields) {
        List<Set<String>> groups = new java.util.ArrayList<>(requiredOneOf);
        groups.add(Set.of(fields));
        return new OperationCapability(supportedFields, requiredFields, parameters, groups);
    }

    /** The one-of group that {@code field} belongs to, empty when it is in none. */
    public Set<String> oneOfGroup(String field) {
        return requiredOneOf.stream().filter(g -> g.contains(field)).findFirst().orElse(Set.of());
    }
}
