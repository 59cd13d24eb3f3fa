package dev.roster.connectors.contract;

import dev.roster.connectors.DirectoryConnector;
import dev.roster.connectors.ListRequest;
import dev.roster.connectors.ProviderPage;
import dev.roster.connectors.ProviderResult;
import dev.roster.connectors.model.Group;
import dev.roster.connectors.model.GroupInput;
import dev.roster.connectors.model.MembershipInput;
import dev.roster.connectors.model.User;
import dev.roster.connectors.model.UserInput;

/**
 * A connector that misbehaves like a buggy provider: every list page after the first hands back the
 * first page's cursor again. Real servers rarely do this on demand, so the looping scenario wraps the
 * real connector with this.
 */
final class RepeatingCursorConnector implements DirectoryConnector {
    private final DirectoryConnector delegate;
    private volatile String firstCursor;

    RepeatingCursorConnector(DirectoryConnector delegate) {
        this.delegate = delegate;
    }

    @Override
    public ProviderPage<Group> listGroups(ListRequest request) {
        return repeat(request, delegate.listGroups(request));
    }

    @Override
    public ProviderPage<User> listUsers(ListRequest request) {
        return repeat(request, delegate.listUsers(request));
    }

    private <T> ProviderPage<T> repeat(ListRequest request, ProviderPage<T> page) {
        if (request.cursor() == null) {
            firstCursor = page.nextCursor();
            return page;
        }
        return new ProviderPage<>(page.items(), page.raw(), firstCursor, page.exchange());
    }

    @Override
    public ProviderResult<Group> getGroup(String groupId) {
        return delegate.getGroup(groupId);
    }

    @Override
    public ProviderResult<Group> createGroup(GroupInput input) {
        return delegate.createGroup(input);
    }

    @Override
    public ProviderResult<User> createUser(UserInput input) {
        return delegate.createUser(input);
    }

    @Override
    public ProviderResult<Group> addMember(MembershipInput input) {
        return delegate.addMember(input);
    }

    @Override
    public ProviderResult<Group> removeMember(MembershipInput input) {
        return delegate.removeMember(input);
    }

    @Override
    public void verify() {
        delegate.verify();
    }

    @Override
    public void close() {
        delegate.close();
    }
}
