package dev.roster.connectors.ldap;

import com.fasterxml.jackson.databind.JsonNode;
import com.unboundid.ldap.sdk.AddRequest;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import dev.roster.connectors.DirectoryConnector;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.ErrorKind;
import dev.roster.connectors.model.Json;
import dev.roster.connectors.ListRequest;
import dev.roster.connectors.ProviderPage;
import dev.roster.connectors.ProviderResult;
import dev.roster.connectors.model.Group;
import dev.roster.connectors.model.GroupInput;
import dev.roster.connectors.model.MembershipInput;
import dev.roster.connectors.model.User;
import dev.roster.connectors.model.UserInput;
import dev.roster.connectors.trace.Exchange;
import dev.roster.connectors.trace.ExchangeLog;
import dev.roster.connectors.trace.Redactor;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The unified operations on an LDAP directory (OpenLDAP, Active Directory, any RFC 4511 server). Ids are
 * entry DNs; lists use RFC 2696 paged results with resumable cursors; everything sent is traced. See the
 * README in this package for the mapping and the choices behind it.
 */
final class LdapConnector implements DirectoryConnector {
    /** X.520's ub-common-name, Active Directory's rangeUpper for cn: longer names are refused by some servers. */
    private static final int MAX_PORTABLE_NAME = 64;

    private final LdapConfig config;
    private final LdapCalls calls;
    private final LdapConnections connections;
    private final LdapQueries queries;
    private final SearchPager pager;
    private final MemberPager memberPager;
    private final Memberships memberships;
    private final UserGroups userGroups;
    private final GroupMapper groups = new GroupMapper();
    private final UserMapper users;

    LdapConnector(LdapConfig config, ExchangeLog log) {
        this.config = config;
        this.calls = new LdapCalls(config, log);
        this.connections = new LdapConnections(config, calls);
        this.queries = new LdapQueries(config);
        this.pager = new SearchPager(connections, calls, config.pageSize());
        this.memberPager = new MemberPager(connections, calls, config, queries);
        this.memberships = new Memberships(calls, config, queries);
        this.userGroups = new UserGroups(config, queries, connections, calls);
        this.users = new UserMapper(config.activeDirectoryUsers());
    }

    @Override
    public ProviderPage<Group> listGroups(ListRequest request) {
        // with a user: the groups that user is a direct member of, a search that pages like any other
        SearchSpec spec = request.userId() != null ? userGroups.search(request) : queries.groups(request);
        SearchPager.Page page = pager.page(spec, request.cursor(), limit(request));
        return new ProviderPage<>(page.entries().stream().map(groups::group).toList(), EntryJson.entries(page.entries()),
                page.nextCursor(), page.exchange());
    }

    @Override
    public ProviderPage<User> listUsers(ListRequest request) {
        if (request.groupId() != null) {
            DN group = Dns.parse("group_id", request.groupId());
            Filter filter = queries.memberFilter(request);
            MemberPager.Page page = memberPager.page(group, filter, request.cursor(), limit(request));
            return new ProviderPage<>(page.entries().stream().map(users::user).toList(), EntryJson.entries(page.entries()),
                    page.nextCursor(), page.exchange());
        }
        SearchPager.Page page = pager.page(queries.users(request), request.cursor(), limit(request));
        return new ProviderPage<>(page.entries().stream().map(users::user).toList(), EntryJson.entries(page.entries()),
                page.nextCursor(), page.exchange());
    }

    @Override
    public ProviderResult<Group> getGroup(String groupId) {
        DN dn = Dns.parse("group_id", groupId);
        return connections.run(true, connection -> {
            Read read = read(connection, dn, queries.groupClass(), GroupMapper.ATTRIBUTES, "get group " + dn);
            if (read.entry() == null) {
                throw notFound(ErrorCode.LDAP_NO_GROUP, dn);
            }
            return new ProviderResult<>(groups.group(read.entry()), EntryJson.entry(read.entry()), read.exchange());
        });
    }

    @Override
    public ProviderResult<Group> createGroup(GroupInput input) {
        Entry entry = new GroupEntries(config).create(input);
        try {
            return create(entry, "create group " + entry.getDN(), queries.groupClass(), GroupMapper.ATTRIBUTES, groups::group,
                    Redactor.DEFAULT);
        } catch (DirectoryException e) {
            throw nameRefused(e, input.name());
        }
    }

    /**
     * A long name refused with a result that does not say why (OpenLDAP answers "other (80)" for a name its
     * storage cannot index): say that the name is the likely cause. Short names keep the server's answer.
     */
    private static DirectoryException nameRefused(DirectoryException e, String name) {
        if (name.length() <= MAX_PORTABLE_NAME || e.kind() == ErrorKind.UNKNOWN_OUTCOME || !LdapErrors.mayMeanTooLong(e)) {
            return e;
        }
        String result = e.rawResponse().map(LdapConnector::resultName).orElse("refused");
        return DirectoryException.coded(e.kind(), ErrorCode.LDAP_NAME_TOO_LONG, abbreviated(name), name.length(), result,
                e.providerStatus().map(String::valueOf).orElse("?")).withAnswer(e.providerStatus().orElse(null),
                e.rawResponse().orElse(null), e);
    }

    private static String resultName(String raw) {
        try {
            return Json.mapper().readTree(raw).path("result").asText("refused");
        } catch (java.io.IOException notJson) {
            return "refused";
        }
    }

    private static String abbreviated(String name) {
        return name.length() <= 40 ? name : name.substring(0, 37) + "...";
    }

    @Override
    public ProviderResult<User> createUser(UserInput input) {
        Entry entry = new UserEntries(config).create(input);
        // the user's password is not a connection secret, so no log knows it: scrub it from messages here
        Redactor password = Redactor.knowing(input.password() == null ? List.of() : List.of(input.password()));
        return create(entry, "create user " + entry.getDN(), queries.userClass(), UserMapper.ATTRIBUTES, users::user, password);
    }

    @Override
    public ProviderResult<Group> addMember(MembershipInput input) {
        DN group = Dns.parse("group_id", input.groupId());
        DN user = Dns.parse("user_id", input.userId());
        return connections.run(false, connection -> groupAfter(connection, group, memberships.add(connection, group, user)));
    }

    @Override
    public ProviderResult<Group> removeMember(MembershipInput input) {
        DN group = Dns.parse("group_id", input.groupId());
        DN user = Dns.parse("user_id", input.userId());
        return connections.run(false, connection -> groupAfter(connection, group, memberships.remove(connection, group, user)));
    }

    /** Binds on a new connection (not a pooled one, so the bind is really tried) and reads the base entry. */
    @Override
    public void verify() {
        LDAPConnection connection = connections.open();
        try {
            if (read(connection, config.baseDn(), Filter.createPresenceFilter("objectClass"), new String[] {"1.1"},
                    "read the base entry " + config.baseDn()).entry() == null) {
                throw notFound(ErrorCode.BASE_DN_MISSING, config.baseDn());
            }
        } finally {
            connections.release(connection);
        }
    }

    // feature: connection-check
    @Override
    public List<dev.roster.connectors.ConnectionReport.Check> diagnose() {
        return new LdapDiagnosis(config, calls, connections, queries).run();
    }

    @Override
    public void close() {
        pager.close();
        connections.close();
    }

    private <T> ProviderResult<T> create(Entry entry, String what, Filter readBackFilter, String[] attributes,
                                         Function<Entry, T> mapper, Redactor password) {
        DN dn = Dns.fromServer(entry.getDN());
        return connections.run(false, connection -> {
            Exchange exchange = calls.add(connection, new AddRequest(entry), what, password);
            Read read = read(connection, dn, readBackFilter, attributes, "read back " + dn);
            // an ACL may hide the new entry from its creator: then show what was written
            Entry written = read.entry() != null ? read.entry() : entry;
            JsonNode raw = EntryJson.entry(written);
            return new ProviderResult<>(mapper.apply(written), raw, exchange);
        });
    }

    private ProviderResult<Group> groupAfter(LDAPConnection connection, DN group, Exchange modify) {
        Read read = read(connection, group, queries.groupClass(), GroupMapper.ATTRIBUTES, "read back " + group);
        if (read.entry() == null) {
            throw notFound(ErrorCode.GROUP_VANISHED, group);
        }
        return new ProviderResult<>(groups.group(read.entry()), EntryJson.entry(read.entry()), modify);
    }

    private record Read(SearchResultEntry entry, Exchange exchange) {
    }

    private Read read(LDAPConnection connection, DN dn, Filter filter, String[] attributes, String what) {
        SearchRequest request = new SearchRequest(dn.toString(), SearchScope.BASE, filter, attributes);
        LdapCalls.Searched searched = calls.search(connection, request, what, Set.of(ResultCode.NO_SUCH_OBJECT));
        return new Read(searched.entries().isEmpty() ? null : searched.entries().getFirst(), searched.exchange());
    }

    private int limit(ListRequest request) {
        return request.limit() == null ? config.pageSize() : Math.min(request.limit(), LdapSettings.MAX_PAGE_SIZE);
    }

    private static DirectoryException notFound(ErrorCode code, Object... arguments) {
        return DirectoryException.coded(ErrorKind.NOT_FOUND, code, arguments)
                .withAnswer(ResultCode.NO_SUCH_OBJECT_INT_VALUE, null, null);
    }
}
