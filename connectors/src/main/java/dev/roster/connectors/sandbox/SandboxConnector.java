package dev.roster.connectors.sandbox;

import dev.roster.connectors.DirectoryConnector;
import dev.roster.connectors.ListRequest;
import dev.roster.connectors.ProviderPage;
import dev.roster.connectors.ProviderResult;
import dev.roster.connectors.model.Group;
import dev.roster.connectors.model.GroupInput;
import dev.roster.connectors.model.MembershipInput;
import dev.roster.connectors.model.User;
import dev.roster.connectors.model.UserInput;

/** The LDAP connector pointed at a Sandbox, which it keeps running until closed. */
final class SandboxConnector implements DirectoryConnector {
    private final DirectoryConnector ldap;
    private final SandboxServers.Lease lease;

    SandboxConnector(DirectoryConnector ldap, SandboxServers.Lease lease) {
        this.ldap = ldap;
        this.lease = lease;
    }

    @Override
    public ProviderPage<Group> listGroups(ListRequest request) {
        return ldap.listGroups(request);
    }

    @Override
    public ProviderResult<Group> getGroup(String groupId) {
        return ldap.getGroup(groupId);
    }

    @Override
    public ProviderResult<Group> createGroup(GroupInput input) {
        return ldap.createGroup(input);
    }

    @Override
    public ProviderResult<User> createUser(UserInput input) {
        return ldap.createUser(input);
    }

    @Override
    public ProviderPage<User> listUsers(ListRequest request) {
        return ldap.listUsers(request);
    }

    @Override
    public ProviderResult<Group> addMember(MembershipInput input) {
        return ldap.addMember(input);
    }

    @Override
    public ProviderResult<Group> removeMember(MembershipInput input) {
        return ldap.removeMember(input);
    }

    @Override
    public void verify() {
        ldap.verify();
    }

    @Override
    public void close() {
        try {
            ldap.close();
        } finally {
            lease.close();
        }
    }
}
