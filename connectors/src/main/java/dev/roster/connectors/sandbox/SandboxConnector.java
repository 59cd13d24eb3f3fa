package dev.roster.connectors.sandbox;

import dev.roster.connectors.DirectoryConnector;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorKind;
import dev.roster.connectors.ListRequest;
import dev.roster.connectors.ProviderPage;
import dev.roster.connectors.ProviderResult;
import dev.roster.connectors.model.Group;
import dev.roster.connectors.model.GroupInput;
import dev.roster.connectors.model.MembershipInput;
import dev.roster.connectors.model.User;
import dev.roster.connectors.model.UserInput;
import java.util.function.Function;

/**
 * The LDAP connector pointed at a Sandbox, which it keeps running until closed. When the Sandbox is borrowed
 * from another process and that process ends, the next call finds the server gone: the connector then
 * renews its lease (starting the Sandbox here) and reconnects; a read is repeated, a write is not (it may
 * not have been sent, but that is not certain), so its error stands and the next write works.
 */
final class SandboxConnector implements DirectoryConnector {
    private final Function<SandboxEndpoint, DirectoryConnector> connect;
    private DirectoryConnector ldap;
    private SandboxServers.Lease lease;

    SandboxConnector(Function<SandboxEndpoint, DirectoryConnector> connect, SandboxServers.Lease lease) {
        this.connect = connect;
        this.lease = lease;
        this.ldap = connect.apply(lease.endpoint());
    }

    @Override
    public ProviderPage<Group> listGroups(ListRequest request) {
        return read(c -> c.listGroups(request));
    }

    @Override
    public ProviderResult<Group> getGroup(String groupId) {
        return read(c -> c.getGroup(groupId));
    }

    @Override
    public ProviderResult<Group> createGroup(GroupInput input) {
        return write(c -> c.createGroup(input));
    }

    @Override
    public ProviderResult<User> createUser(UserInput input) {
        return write(c -> c.createUser(input));
    }

    @Override
    public ProviderPage<User> listUsers(ListRequest request) {
        return read(c -> c.listUsers(request));
    }

    @Override
    public ProviderResult<Group> addMember(MembershipInput input) {
        return write(c -> c.addMember(input));
    }

    @Override
    public ProviderResult<Group> removeMember(MembershipInput input) {
        return write(c -> c.removeMember(input));
    }

    @Override
    public void verify() {
        read(c -> {
            c.verify();
            return null;
        });
    }

    @Override
    public synchronized void close() {
        try {
            ldap.close();
        } finally {
            lease.close();
        }
    }

    private <T> T read(Function<DirectoryConnector, T> call) {
        Attempt attempt = current();
        try {
            return call.apply(attempt.connector());
        } catch (DirectoryException e) {
            if (!ownerGone(e, attempt)) {
                throw e;
            }
            return call.apply(renew(attempt));
        }
    }

    private <T> T write(Function<DirectoryConnector, T> call) {
        Attempt attempt = current();
        try {
            return call.apply(attempt.connector());
        } catch (DirectoryException e) {
            if (ownerGone(e, attempt)) {
                renew(attempt);
            }
            throw e;
        }
    }

    private record Attempt(DirectoryConnector connector, SandboxServers.Lease lease) {
    }

    private synchronized Attempt current() {
        return new Attempt(ldap, lease);
    }

    private static boolean ownerGone(DirectoryException e, Attempt attempt) {
        return e.kind() == ErrorKind.TRANSPORT && attempt.lease().borrowed();
    }

    private synchronized DirectoryConnector renew(Attempt stale) {
        if (lease == stale.lease()) {
            ldap.close();
            lease = SandboxServers.renew(lease);
            ldap = connect.apply(lease.endpoint());
        }
        return ldap;
    }
}
