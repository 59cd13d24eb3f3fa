package dev.roster.connectors.ldap;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.SearchScope;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.ListRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Turns a list request into a search: the object class of the kind listed, ANDed with the {@code filter}
 * parameter (any LDAP filter) and with one equality filter per {@code remote_query} entry
 * ({@code remote_query[department]=Sales} becomes {@code (department=Sales)}, the value matched exactly,
 * escaped; wildcards belong in {@code filter}). {@code base} moves the search to another subtree.
 * Everything is checked here, before anything is sent.
 */
final class LdapQueries {
    static final String FILTER = "filter";
    static final String BASE = "base";
    /**
     * Free-text search: the typed text as a substring of the attributes people search by (a name, a user name, an
     * email address), ORed; escaped by the SDK, so {@code *} or {@code (} in it match themselves.
     */
    static final String SEARCH = "search";
    private static final List<String> GROUP_SEARCH = List.of("cn", "description");
    private static final List<String> USER_SEARCH = List.of("cn", "uid", "mail", "givenName", "sn");
    private static final List<String> AD_USER_SEARCH = List.of("cn", "sAMAccountName", "userPrincipalName", "mail",
            "displayName", "givenName", "sn");
    /** An attribute description: a name or OID, optionally with options such as ;lang-de. */
    private static final Pattern ATTRIBUTE = Pattern.compile("([A-Za-z][A-Za-z0-9-]*|\\d+(\\.\\d+)+)(;[A-Za-z0-9-]+)*");

    private final LdapConfig config;

    LdapQueries(LdapConfig config) {
        this.config = config;
    }

    SearchSpec groups(ListRequest request) {
        return new SearchSpec("list groups", base(request, config.groupBase()), SearchScope.SUB,
                and(groupClass(), request, GROUP_SEARCH), GroupMapper.ATTRIBUTES);
    }

    /** Groups whose member attribute matches {@code holds} (the groups of one user), narrowed like any group list. */
    SearchSpec groupsHolding(ListRequest request, Filter holds, String what) {
        return new SearchSpec(what, base(request, config.groupBase()), SearchScope.SUB,
                and(Filter.createANDFilter(groupClass(), holds), request, GROUP_SEARCH), GroupMapper.ATTRIBUTES);
    }

    SearchSpec users(ListRequest request) {
        return new SearchSpec("list users", base(request, config.userBase()), SearchScope.SUB,
                and(userClass(), request, userSearch()), UserMapper.ATTRIBUTES);
    }

    /** The filter a group's member entries must match to be listed as its users. */
    Filter memberFilter(ListRequest request) {
        return and(userClass(), request, userSearch());
    }

    private List<String> userSearch() {
        return config.activeDirectoryUsers() ? AD_USER_SEARCH : USER_SEARCH;
    }

    Filter groupClass() {
        return Filter.createEqualityFilter("objectClass", config.groupFlavor().objectClass());
    }

    /** AD's user class also matches computer accounts; objectCategory=person keeps only people. */
    Filter userClass() {
        if (config.activeDirectoryUsers()) {
            return Filter.createANDFilter(Filter.createEqualityFilter("objectCategory", "person"),
                    Filter.createEqualityFilter("objectClass", "user"));
        }
        return Filter.createEqualityFilter("objectClass", config.userObjectClass());
    }

    private static DN base(ListRequest request, DN fallback) {
        String base = request.parameters().get(BASE);
        return base == null ? fallback : Dns.parse("parameter base", base);
    }

    private static Filter and(Filter classFilter, ListRequest request, List<String> searchAttributes) {
        List<Filter> parts = new ArrayList<>();
        parts.add(classFilter);
        String typed = request.parameters().get(SEARCH);
        if (typed != null && !typed.isBlank()) {
            List<Filter> any = new ArrayList<>();
            for (String attribute : searchAttributes) {
                any.add(Filter.createSubstringFilter(attribute, null, new String[] {typed.strip()}, null));
            }
            parts.add(Filter.createORFilter(any));
        }
        String extra = request.parameters().get(FILTER);
        if (extra != null && !extra.isBlank()) {
            try {
                parts.add(Filter.create(extra.strip()));
            } catch (LDAPException e) {
                throw DirectoryException.invalid(ErrorCode.NOT_AN_LDAP_FILTER, extra, filterProblem(e));
            }
        }
        for (Map.Entry<String, String> e : new TreeMap<>(request.remoteQuery()).entrySet()) {
            if (!ATTRIBUTE.matcher(e.getKey()).matches()) {
                throw DirectoryException.invalid(ErrorCode.REMOTE_QUERY_NOT_AN_ATTRIBUTE, e.getKey());
            }
            parts.add(Filter.createEqualityFilter(e.getKey(), e.getValue() == null ? "" : e.getValue()));
        }
        return parts.size() == 1 ? classFilter : Filter.createANDFilter(parts);
    }

    /** What is wrong with a filter, in the SDK's words but without its class names and version. */
    private static String filterProblem(LDAPException e) {
        String text = e.getDiagnosticMessage() != null ? e.getDiagnosticMessage() : e.getMessage();
        if (text == null || text.isBlank()) {
            return "it does not parse";
        }
        int sdk = text.indexOf(", ldapSDKVersion=");
        text = sdk < 0 ? text : text.substring(0, sdk);
        text = text.strip();
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }
}
