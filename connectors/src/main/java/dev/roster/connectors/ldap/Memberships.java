package dev.roster.connectors.ldap;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldap.sdk.ModifyRequest;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorKind;
import dev.roster.connectors.trace.Exchange;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Adds and removes members with a modify of the member attribute. Both ends are checked first (an LDAP
 * server happily stores a member DN that points nowhere). A duplicate add is a CONFLICT (20
 * attributeOrValueExists; AD answers 68), removing a non-member NOT_FOUND (16 noSuchAttribute; AD answers 53
 * unwillingToPerform). Removing the last member of a group whose schema requires one (OpenLDAP answers 65
 * objectClassViolation) is done again in one modify that also puts the {@link Placeholder} in.
 */
final class Memberships {
    private final LdapCalls calls;
    private final LdapConfig config;
    private final LdapQueries queries;

    Memberships(LdapCalls calls, LdapConfig config, LdapQueries queries) {
        this.calls = calls;
        this.config = config;
        this.queries = queries;
    }

    /** Returns the modify's exchange. */
    Exchange add(LDAPConnection connection, DN group, DN user) {
        requireGroup(connection, group);
        String userDn = requireUser(connection, user);
        ModifyRequest request = new ModifyRequest(group.toString(),
                new Modification(ModificationType.ADD, config.memberAttribute(), userDn));
        String what = "add " + user + " to " + group;
        try {
            return calls.modify(connection, request, what, code -> null);
        } catch (DirectoryException e) {
            if (e.kind() == ErrorKind.CONFLICT) {
                throw relabel(e, user + " is already a member of " + group);
            }
            throw e;
        }
    }

    Exchange remove(LDAPConnection connection, DN group, DN user) {
        requireGroup(connection, group);
        String what = "remove " + user + " from " + group;
        Function<ResultCode, ErrorKind> kinds = code -> code == ResultCode.UNWILLING_TO_PERFORM ? ErrorKind.NOT_FOUND : null;
        Modification delete = new Modification(ModificationType.DELETE, config.memberAttribute(), user.toString());
        try {
            return calls.modify(connection, new ModifyRequest(group.toString(), delete), what, kinds);
        } catch (DirectoryException e) {
            boolean lastMember = e.providerStatus().orElse(-1) == ResultCode.OBJECT_CLASS_VIOLATION_INT_VALUE
                    && config.groupFlavor().memberRequired();
            if (!lastMember) {
                throw notMember(e, user, group);
            }
        }
        Modification keepValid = new Modification(ModificationType.ADD, config.memberAttribute(), Placeholder.VALUE);
        try {
            return calls.modify(connection, new ModifyRequest(group.toString(), List.of(keepValid, delete)),
                    what + " (the last member: keeping the placeholder)", kinds);
        } catch (DirectoryException e) {
            throw notMember(e, user, group);
        }
    }

    private static DirectoryException notMember(DirectoryException e, DN user, DN group) {
        return e.kind() == ErrorKind.NOT_FOUND && e.providerStatus().orElse(-1) != ResultCode.NO_SUCH_OBJECT_INT_VALUE
                ? relabel(e, user + " is not a member of " + group) : e;
    }

    private void requireGroup(LDAPConnection connection, DN group) {
        if (read(connection, group, queries.groupClass(), "find group " + group) == null) {
            throw DirectoryException.remote(ErrorKind.NOT_FOUND, "no group " + group, ResultCode.NO_SUCH_OBJECT_INT_VALUE,
                    null, null, null);
        }
    }

    /** The user's DN in the server's own spelling, which is what the member value should carry. */
    private String requireUser(LDAPConnection connection, DN user) {
        SearchResultEntry entry = read(connection, user, queries.userClass(), "find user " + user);
        if (entry == null) {
            throw DirectoryException.remote(ErrorKind.NOT_FOUND, "no user " + user, ResultCode.NO_SUCH_OBJECT_INT_VALUE,
                    null, null, null);
        }
        return entry.getDN();
    }

    private SearchResultEntry read(LDAPConnection connection, DN dn, Filter filter, String what) {
        SearchRequest request = new SearchRequest(dn.toString(), SearchScope.BASE, filter, "1.1");
        List<SearchResultEntry> found = calls.search(connection, request, what, Set.of(ResultCode.NO_SUCH_OBJECT)).entries();
        return found.isEmpty() ? null : found.getFirst();
    }

    /** The same failure with a message that says what it means for the membership, the server's words kept. */
    private static DirectoryException relabel(DirectoryException e, String meaning) {
        return new DirectoryException(e.kind(), meaning + " (" + e.getMessage() + ")", e.providerStatus().orElse(null),
                e.rawResponse().orElse(null), null, null, e);
    }
}
