package dev.roster.connectors.sandbox;

import dev.roster.connectors.DirectoryConnector;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.ErrorKind;
import dev.roster.connectors.ListRequest;
import dev.roster.connectors.ProviderPage;
import dev.roster.connectors.ProviderResult;
import dev.roster.connectors.model.Group;
import dev.roster.connectors.model.GroupInput;
import dev.roster.connectors.model.MembershipInput;
import dev.roster.connectors.model.User;
import dev.roster.connectors.model.UserInput;
import java.util.List;
import java.util.function.Function;

/**
 * The LDAP connector pointed at a Sandbox, which it keeps running until closed. Every call passes the home's
 * gate, so the server it talks to cannot stop under it; a Sandbox borrowed from another process that has
 * stopped since (that process ended) is noticed before the call is sent: the connector then renews its lease
 * (starting the Sandbox here, or using the one another process started) and reconnects. Only a process that
 * is killed mid-call leaves a borrower's call unanswered: a read is then repeated, a write is not (it may have
 * been applied), so its error stands and the next write works.
 */
final class SandboxConnector implements DirectoryConnector {
    /** Renewals one call may need: each follows a server that stopped; more means something keeps killing them. */
    private static final int MAX_RENEWALS = 10;

    private final Function<SandboxEndpoint, DirectoryConnector> connect;
    private final SandboxServers servers;
    private DirectoryConnector ldap;
    private SandboxServers.Lease lease;

    SandboxConnector(Function<SandboxEndpoint, DirectoryConnector> connect, SandboxServers servers, SandboxServers.Lease lease) {
        this.connect = connect;
        this.servers = servers;
        this.lease = lease;
        this.ldap = connect.apply(lease.endpoint());
    }

    @Override
    public ProviderPage<Group> listGroups(ListRequest request) {
        return call(true, c -> c.listGroups(request));
    }

    @Override
    public ProviderResult<Group> getGroup(String groupId) {
        return call(true, c -> c.getGroup(groupId));
    }

    @Override
    public ProviderResult<Group> createGroup(GroupInput input) {
        return call(false, c -> c.createGroup(input));
    }

    @Override
    public ProviderResult<User> createUser(UserInput input) {
        return call(false, c -> c.createUser(input));
    }

    @Override
    public ProviderPage<User> listUsers(ListRequest request) {
        return call(true, c -> c.listUsers(request));
    }

    @Override
    public ProviderResult<Group> addMember(MembershipInput input) {
        return call(false, c -> c.addMember(input));
    }

    @Override
    public ProviderResult<Group> removeMember(MembershipInput input) {
        return call(false, c -> c.removeMember(input));
    }

    @Override
    public void verify() {
        call(true, c -> {
            c.verify();
            return null;
        });
    }

    // feature: connection-check
    /**
     * The LDAP connector's checks on the Sandbox's server. It listens on this machine's loopback address only,
     * in clear: that is not a TLS problem to warn about, so the TLS aspect says why it has none.
     */
    @Override
    public List<dev.roster.connectors.ConnectionReport.Check> diagnose() {
        List<dev.roster.connectors.ConnectionReport.Check> checks = new java.util.ArrayList<>(call(true, DirectoryConnector::diagnose));
        checks.replaceAll(c -> c.aspect().equals(dev.roster.connectors.ConnectionReport.TLS)
                && c.outcome() == dev.roster.connectors.ConnectionReport.Outcome.WARNING
                ? dev.roster.connectors.ConnectionReport.Check.notChecked(c.aspect(),
                        "the Sandbox runs on this machine and listens on the loopback address only: no TLS, nothing leaves the machine")
                : c);
        return checks;
    }

    /** What starting this connection's Sandbox recovered from or lost, told once (see the README). */
    @Override
    public List<String> warnings() {
        return current().lease().takeWarnings();
    }

    @Override
    public synchronized void close() {
        try {
            ldap.close();
        } finally {
            lease.close();
        }
    }

    /**
     * Runs the call through the gate on a server that is known to be up; a lease whose server stopped is
     * renewed first (bounded: a renewed lease is fresh, so this loops only when servers keep stopping).
     */
    private <T> T call(boolean idempotent, Function<DirectoryConnector, T> call) {
        for (int attempt = 1; ; attempt++) {
            Attempt current = current();
            SandboxGate.Pass pass = current.lease().enter();
            if (pass == null) {
                if (attempt >= MAX_RENEWALS) {
                    throw DirectoryException.coded(ErrorKind.TRANSPORT, ErrorCode.SANDBOX_KEPT_STOPPING, MAX_RENEWALS);
                }
                renew(current);
                continue;
            }
            try (pass) {
                return call.apply(current.connector());
            } catch (DirectoryException e) {
                // the server's process was killed mid-call (a clean stop waits for the gate)
                if (!ownerGone(e, current)) {
                    throw e;
                }
                renew(current);
                if (!idempotent || attempt >= MAX_RENEWALS) {
                    throw e;
                }
            }
        }
    }

    private record Attempt(DirectoryConnector connector, SandboxServers.Lease lease) {
    }

    private synchronized Attempt current() {
        return new Attempt(ldap, lease);
    }

    private static boolean ownerGone(DirectoryException e, Attempt attempt) {
        return (e.kind() == ErrorKind.TRANSPORT || e.kind() == ErrorKind.UNKNOWN_OUTCOME) && attempt.lease().borrowed();
    }

    private synchronized DirectoryConnector renew(Attempt stale) {
        if (lease == stale.lease()) {
            ldap.close();
            lease = servers.renew(lease);
            ldap = connect.apply(lease.endpoint());
        }
        return ldap;
    }
}
