package dev.roster.connectors.ldap;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchScope;

/** One list's search: where, what, which attributes; {@code what} names it in error messages. */
record SearchSpec(String what, DN base, SearchScope scope, Filter filter, String[] attributes) {

    SearchRequest request() {
        return new SearchRequest(base.toString(), scope, filter, attributes);
    }

    /** Identifies the list (not the page), so a live walk is only ever continued for the same search. */
    String key() {
        return base.toNormalizedString() + "|" + scope.getName() + "|" + filter.toNormalizedString() + "|"
                + String.join(",", attributes);
    }
}
