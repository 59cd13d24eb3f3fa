package dev.roster.connectors.ldap;

import com.unboundid.ldap.sdk.ExtendedResult;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.ldap.sdk.extensions.WhoAmIExtendedRequest;
import com.unboundid.ldap.sdk.extensions.WhoAmIExtendedResult;
import dev.roster.connectors.ConnectionProbe;
import dev.roster.connectors.ConnectionReport;
import dev.roster.connectors.ConnectionReport.Check;
import dev.roster.connectors.tls.PeerCertificate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

// feature: connection-check
/**
 * LDAP's "test connection", on one new connection (so the bind is really tried): connect and bind (reachable,
 * authenticated), the certificate of its TLS session, "Who am I?" (RFC 4532) for the identity the server sees,
 * what the account may write on the group base ({@link LdapRights}), one group and one user (may read them).
 */
final class LdapDiagnosis {
    private final LdapConfig config;
    private final LdapCalls calls;
    private final LdapConnections connections;
    private final LdapQueries queries;

    LdapDiagnosis(LdapConfig config, LdapCalls calls, LdapConnections connections, LdapQueries queries) {
        this.config = config;
        this.calls = calls;
        this.connections = connections;
        this.queries = queries;
    }

    List<Check> run() {
        ConnectionProbe probe = new ConnectionProbe();
        Optional<LDAPConnection> opened = probe.reach(config.serverUrl() + " (connect and bind)", connections::open);
        try {
            probe.tls(opened.flatMap(c -> PeerCertificate.of(c.getSSLSession())), "not encrypted: " + config.serverUrl()
                    + " receives the bind password in clear; use ldaps:// or start_tls=true");
            opened.ifPresent(c -> probe.authenticatedAs(whoAmI(c), Map.of("bind_dn", config.bindDn().toString())));
            probe.check(ConnectionReport.PERMISSIONS, () -> new LdapRights(config, calls, queries).check(opened.orElseThrow()));
            probe.check(ConnectionReport.GROUPS, () -> read(opened.orElseThrow(), ConnectionReport.GROUPS, config.groupBase().toString(),
                    queries.groupClass(), "groups"));
            probe.check(ConnectionReport.USERS, () -> read(opened.orElseThrow(), ConnectionReport.USERS, config.userBase().toString(),
                    queries.userClass(), "users"));
        } finally {
            opened.ifPresent(connections::release);
        }
        probe.notChecked(ConnectionReport.RATE_LIMIT, "LDAP servers report no rate limit (they limit each search's size and time instead)");
        return probe.checks();
    }

    /** The server's own word for the identity (an authzId such as {@code dn:cn=roster,...}), else the bind DN. */
    private String whoAmI(LDAPConnection connection) {
        try {
            ExtendedResult result = calls.extended(connection, new WhoAmIExtendedRequest(), "Who am I?", "ask who the bind account is");
            if (result.getResultCode() == ResultCode.SUCCESS && result instanceof WhoAmIExtendedResult who
                    && who.getAuthorizationID() != null && !who.getAuthorizationID().isEmpty()) {
                return "as " + who.getAuthorizationID() + " (the server's answer to Who am I?)";
            }
        } catch (dev.roster.connectors.DirectoryException e) {
            // the bind succeeded: the identity is the bind DN, whatever this extra question met
        }
        return "bound as " + config.bindDn() + " (the server does not answer Who am I?)";
    }

    /** One entry of the kind under its base: the account may read them (an ACL may hide them: then it says so). */
    private Check read(LDAPConnection connection, String aspect, String base, Filter filter, String what) {
        SearchRequest request = new SearchRequest(base, SearchScope.SUB, filter, "1.1");
        request.setSizeLimit(1);
        LdapCalls.Searched searched = calls.search(connection, request, "read one of the " + what + " under " + base,
                Set.of(ResultCode.SIZE_LIMIT_EXCEEDED));
        List<SearchResultEntry> entries = searched.entries();
        return entries.isEmpty()
                ? Check.warning(aspect, "found no " + what + " under " + base + ": the base is empty, or the account may not read them",
                        Map.of("base", base))
                : Check.ok(aspect, "may read " + what + " under " + base, Map.of("base", base));
    }
}
