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
 * by free text (add-member's search box sends what is typed there; null: the provider has none), and
 * {@code filters} the unified filters it narrows the list by: {@value #USER_ID} on list_groups (the groups of a
 * user), {@value #GROUP_ID} on list_users (the members of a group).
 */
public record OperationCapability(Set<String> supportedFields, Set<String> requiredFields, Set<String> parameters,
                                  List<Set<String>> requiredOneOf, Integer maxPageSize, String searchParameter,
                                  Set<String> filters) {
    /** list_groups narrowed to the groups one user is a direct member of ({@code ListQuery.userId}). */
    public static final String USER_ID = "user_id";
    /** list_users narrowed to one group's members ({@code ListQuery.groupId}). */
    public static final String GROUP_ID = "group_id";

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
        filters = filters == null ? Set.of() : Set.copyOf(filters);
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

    /** The shape before lists declared their filters: none. */
    public OperationCapability(Set<String> supportedFields, Set<String> requiredFields, Set<String> parameters,
                               List<Set<String>> requiredOneOf, Integer maxPageSize, String searchParameter) {
        this(supportedFields, requiredFields, parameters, requiredOneOf, maxPageSize, searchParameter, Set.of());
    }

    /** The shape before lists declared a page size and a search parameter: neither (kept for callers of that shape). */
    public OperationCapability(Set<String> supportedFields, Set<String> requiredFields, Set<String> parameters,
                               List<Set<String>> requiredOneOf) {
        this(supportedFields, requiredFields, parameters, requiredOneOf, null, null);
    }

    public OperationCapability(Set<String> supportedFields, Set<String> requiredFields, Set<String> parameters) {
        this(supportedFields, requiredFields, parameters, List.of(), null, null);
    }

    public static OperationCapability of(Set<String> supported, Set<String> required) {
        return new OperationCapability(supported, required, Set.of());
    }

    public OperationCapability withParameters(Set<String> params) {
        return new OperationCapability(supportedFields, requiredFields, params, requiredOneOf, maxPageSize, searchParameter, filters);
    }

    /** The provider's largest page: a larger {@code limit} is clamped to it. */
    public OperationCapability withMaxPageSize(int max) {
        return new OperationCapability(supportedFields, requiredFields, parameters, requiredOneOf, max, searchParameter, filters);
    }

    /** Which declared parameter searches by free text; declare it with {@link #withParameters} first. */
    public OperationCapability withSearchParameter(String parameter) {
        return new OperationCapability(supportedFields, requiredFields, parameters, requiredOneOf, maxPageSize, parameter, filters);
    }

    /** {@code limit} as the provider can serve it: at most {@link #maxPageSize}; null stays null (the connector's default). */
    public Integer clampLimit(Integer limit) {
        // not a ternary: Integer and int operands would unbox a null limit
        if (limit == null || maxPageSize == null) {
            return limit;
        }
        return Math.min(limit, maxPageSize);
    }

    /** The declared parameter that searches by free text, if the provider has one. */
    public java.util.Optional<String> search() {
        return java.util.Optional.ofNullable(searchParameter);
    }

    /** Adds a group of fields of which a request must carry at least one. */
    public OperationCapability withOneOf(String... fields) {
        List<Set<String>> groups = new java.util.ArrayList<>(requiredOneOf);
        groups.add(Set.of(fields));
        return new OperationCapability(supportedFields, requiredFields, parameters, groups, maxPageSize, searchParameter, filters);
    }

    /** Adds unified list filters ({@link #USER_ID}, {@link #GROUP_ID}) the connector narrows the list by. */
    public OperationCapability withFilters(String... names) {
        Set<String> all = new java.util.HashSet<>(filters);
        all.addAll(List.of(names));
        return new OperationCapability(supportedFields, requiredFields, parameters, requiredOneOf, maxPageSize, searchParameter, all);
    }

    /** The one-of group that {@code field} belongs to, empty when it is in none. */
    public Set<String> oneOfGroup(String field) {
        return requiredOneOf.stream().filter(g -> g.contains(field)).findFirst().orElse(Set.of());
    }
}
