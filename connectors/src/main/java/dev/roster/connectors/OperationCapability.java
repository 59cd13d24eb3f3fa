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
 * <p>
 * For a list: {@code maxPageSize} is the most items the provider gives in one page (a larger {@code limit}
 * is clamped to it; null: no maximum), and {@code searchParameter} the declared parameter that finds items
 * by free text (add-member's search box sends what is typed there; null: the provider has none).
 */
public record OperationCapability(Set<String> supportedFields, Set<String> requiredFields, Set<String> parameters,
                                  List<Set<String>> requiredOneOf, Integer maxPageSize, String searchParameter) {
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
        if (maxPageSize != null && maxPageSize < 1) {
            throw new IllegalArgumentException("a maximum page size is at least 1: " + maxPageSize);
        }
        if (searchParameter != null && !parameters.contains(searchParameter)) {
            throw new IllegalArgumentException("the search parameter must be a declared parameter: " + searchParameter + " vs " + parameters);
        }
        for (Set<String> group : requiredOneOf) {
            if (group.size() < 2 || !supportedFields.containsAll(group)) {
                throw new IllegalArgumentException("a one-of group names two or more supported fields: " + group);
            }
        }
    }

    public OperationCapability(Set<String> supportedFields, Set<String> requiredFields, Set<String> parameters) {
        this(supportedFields, requiredFields, parameters, List.of(), null, null);
    }

    public static OperationCapability of(Set<String> supported, Set<String> required) {
        return new OperationCapability(supported, required, Set.of());
    }

    public OperationCapability withParameters(Set<String> params) {
        return new OperationCapability(supportedFields, requiredFields, params, requiredOneOf, maxPageSize, searchParameter);
    }

    /** The provider's largest page: a larger {@code limit} is clamped to it. */
    public OperationCapability withMaxPageSize(int max) {
        return new OperationCapability(supportedFields, requiredFields, parameters, requiredOneOf, max, searchParameter);
    }

    /** Which declared parameter searches by free text; declare it with {@link #withParameters} first. */
    public OperationCapability withSearchParameter(String parameter) {
        return new OperationCapability(supportedFields, requiredFields, parameters, requiredOneOf, maxPageSize, parameter);
    }

    /** {@code limit} as the provider can serve it: at most {@link #maxPageSize}; null stays null (the connector's default). */
    public Integer clampLimit(Integer limit) {
        // Integer.valueOf: with a bare Math.min the conditional is an int, and a null limit would be unboxed
        return limit == null || maxPageSize == null ? limit : Integer.valueOf(Math.min(limit, maxPageSize));
    }

    public java.util.Optional<String> search() {
        return java.util.Optional.ofNullable(searchParameter);
    }

    /** Adds a group of fields of which a request must carry at least one. */
    public OperationCapability withOneOf(String... fields) {
        List<Set<String>> groups = new java.util.ArrayList<>(requiredOneOf);
        groups.add(Set.of(fields));
        return new OperationCapability(supportedFields, requiredFields, parameters, groups, maxPageSize, searchParameter);
    }

    /** The one-of group that {@code field} belongs to, empty when it is in none. */
    public Set<String> oneOfGroup(String field) {
        return requiredOneOf.stream().filter(g -> g.contains(field)).findFirst().orElse(Set.of());
    }
}
