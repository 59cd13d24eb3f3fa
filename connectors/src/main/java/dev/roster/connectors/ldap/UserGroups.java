package dev.roster.connectors.ldap;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.ErrorKind;
import dev.roster.connectors.ListRequest;
import java.util.List;
import java.util.Set;

/**
 * "The groups of a user" as an LDAP search: the groups under {@code group_base} of the configured class whose
 * member attribute holds the user, {@code (&(objectClass=groupOfNames)(member=<user DN>))} (or
 * {@code uniqueMember}, or a posix {@code memberUid=<uid>} when member_attribute says so), ANDed with the list's
 * {@code filter} and {@code remote_query} like any group list. It is an ordinary paged search, so it pages
 * with RFC 2696 and resumes from an opaque cursor in a new process exactly as list_groups does. A user's
 * {@code memberOf} (OpenLDAP's overlay, AD) holds the same facts, but as one attribute: it cannot be paged by the
 * server, includes groups outside group_base or of other classes, and is missing where no overlay runs; the
 * search gives the same answer on every server. The user entry is read first, so an unknown user is
 * NOT_FOUND rather than an empty list.
 */
final class UserGroups {
    private static final String MEMBER_UID = "memberUid";

    private final LdapConfig config;
    private final LdapQueries queries;
    private final LdapConnections connections;
    private final LdapCalls calls;

    UserGroups(LdapConfig config, LdapQueries queries, LdapConnections connections, LdapCalls calls) {
        this.config = config;
        this.queries = queries;
        this.connections = connections;
        this.calls = calls;
    }

    /** The search for {@code request.userId()}'s groups; reads the user (NOT_FOUND when there is none). */
    SearchSpec search(ListRequest request) {
        DN user = Dns.parse("user_id", request.userId());
        String value = memberValue(user);
        Filter holds = Filter.createEqualityFilter(config.memberAttribute(), value);
        return queries.groupsHolding(request, holds, "list the groups of " + user);
    }

    /** What a group's member attribute holds for this user: its DN as the server spells it, or its uid for memberUid. */
    private String memberValue(DN user) {
        boolean byUid = MEMBER_UID.equalsIgnoreCase(config.memberAttribute());
        String[] attributes = byUid ? new String[] {"uid"} : new String[] {"1.1"};
        SearchResultEntry entry = connections.run(true, connection -> {
            SearchRequest read = new SearchRequest(user.toString(), SearchScope.BASE, queries.userClass(), attributes);
            List<SearchResultEntry> found = calls.search(connection, read, "find user " + user,
                    Set.of(ResultCode.NO_SUCH_OBJECT)).entries();
            return found.isEmpty() ? null : found.getFirst();
        });
        if (entry == null) {
            throw DirectoryException.coded(ErrorKind.NOT_FOUND, ErrorCode.NO_SUCH_USER, user)
                    .withAnswer(ResultCode.NO_SUCH_OBJECT_INT_VALUE, null, null);
        }
        if (!byUid) {
            return entry.getDN();
        }
        String uid = entry.getAttributeValue("uid");
        if (uid == null) {
            throw DirectoryException.coded(ErrorKind.NOT_FOUND, ErrorCode.LDAP_USER_WITHOUT_UID, user, config.memberAttribute())
                    .withAnswer(ResultCode.NO_SUCH_ATTRIBUTE_INT_VALUE, null, null);
        }
        return uid;
    }
}
