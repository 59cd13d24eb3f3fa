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
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.ErrorKind;
import dev.roster.connectors.trace.Exchange;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Adds and removes members with a modify of the member attribute. Both ends are checked first (an LDAP
 * server happily stores a member DN that points nowhere). A duplicate add is a CONFLICT (20
 * attributeOrValueExists; AD answers 68), removing a non-member NOT_FOUND (16 noSuchAttribute; AD answers 53
 * unwillingToPerform, which is then checked against the group, since a read-only server answers 53 as well). Removing the last member of a group whose schema requires one (OpenLDAP answers 65
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
                throw DirectoryException.coded(ErrorKind.CONFLICT, ErrorCode.LDAP_ALREADY_A_MEMBER, user, group)
                        .withAnswer(e.providerStatus().orElse(null), e.rawResponse().orElse(null), e);
            }
            throw e;
        }
    }

    Exchange remove(LDAPConnection connection, DN group, DN user) {
        requireGroup(connection, group);
        String what = "remove " + user + " from " + group;
        Function<ResultCode, ErrorKind> kinds = code -> null;
        Modification delete = new Modification(ModificationType.DELETE, config.memberAttribute(), user.toString());
        try {
            return calls.modify(connection, new ModifyRequest(group.toString(), delete), what, kinds);
        } catch (DirectoryException e) {
            boolean lastMember = e.providerStatus().orElse(-1) == ResultCode.OBJECT_CLASS_VIOLATION_INT_VALUE
                    && config.groupFlavor().memberRequired();
            if (!lastMember) {
                throw notMember(connection, e, user, group);
            }
        }
        Modification keepValid = new Modification(ModificationType.ADD, config.memberAttribute(), Placeholder.VALUE);
        try {
            return calls.modify(connection, new ModifyRequest(group.toString(), List.of(keepValid, delete)),
                    what + " (the last member: keeping the placeholder)", kinds);
        } catch (DirectoryException e) {
            throw notMember(connection, e, user, group);
        }
    }

    /**
     * "Not a member" only when the server said so (16 noSuchAttribute) or, after a refusal that Active Directory
     * also gives for a non-member (53 unwillingToPerform), when a read of the group shows it: a read-only server
     * answers 53 too, and the user is then still a member. Anything else is the server's own answer.
     */
    private DirectoryException notMember(LDAPConnection connection, DirectoryException e, DN user, DN group) {
        int status = e.providerStatus().orElse(-1);
        boolean said = status == ResultCode.NO_SUCH_ATTRIBUTE_INT_VALUE;
        boolean shown = status == ResultCode.UNWILLING_TO_PERFORM_INT_VALUE && !isMember(connection, group, user);
        if (!said && !shown) {
            return e;
        }
        return DirectoryException.coded(ErrorKind.NOT_FOUND, ErrorCode.LDAP_NOT_A_MEMBER, user, group)
                .withAnswer(status, e.rawResponse().orElse(null), e);
    }

    private boolean isMember(LDAPConnection connection, DN group, DN user) {
        Filter holds = Filter.createEqualityFilter(config.memberAttribute(), user.toString());
        return read(connection, group, Filter.createANDFilter(queries.groupClass(), holds), "check " + user + " in " + group) != null;
    }

    private void requireGroup(LDAPConnection connection, DN group) {
        if (read(connection, group, queries.groupClass(), "find group " + group) == null) {
            throw DirectoryException.coded(ErrorKind.NOT_FOUND, ErrorCode.NO_SUCH_GROUP, group)
                    .withAnswer(ResultCode.NO_SUCH_OBJECT_INT_VALUE, null, null);
        }
    }

    /** The user's DN in the server's own spelling, which is what the member value should carry. */
    private String requireUser(LDAPConnection connection, DN user) {
        SearchResultEntry entry = read(connection, user, queries.userClass(), "find user " + user);
        if (entry == null) {
            throw DirectoryException.coded(ErrorKind.NOT_FOUND, ErrorCode.NO_SUCH_USER, user)
                    .withAnswer(ResultCode.NO_SUCH_OBJECT_INT_VALUE, null, null);
        }
        return entry.getDN();
    }

    private SearchResultEntry read(LDAPConnection connection, DN dn, Filter filter, String what) {
        SearchRequest request = new SearchRequest(dn.toString(), SearchScope.BASE, filter, "1.1");
        List<SearchResultEntry> found = calls.search(connection, request, what, Set.of(ResultCode.NO_SUCH_OBJECT)).entries();
        return found.isEmpty() ? null : found.getFirst();
    }
}
