package dev.roster.connectors;

import dev.roster.connectors.model.Group;
import dev.roster.connectors.model.GroupInput;
import dev.roster.connectors.model.MembershipInput;
import dev.roster.connectors.model.User;
import dev.roster.connectors.model.UserInput;
import java.util.List;

/**
 * One open connection to a directory, speaking its native API. Connectors map; they do not validate
 * unified input, render formats or detect loops: {@link UnifiedDirectory} does that once for all.
 * Implementations are thread-safe; {@link #close()} releases connections.
 */
public interface DirectoryConnector extends AutoCloseable {

    ProviderPage<Group> listGroups(ListRequest request);

    ProviderResult<Group> getGroup(String groupId);

    ProviderResult<Group> createGroup(GroupInput input);

    ProviderResult<User> createUser(UserInput input);

    /** Users; with {@code request.groupId()} the members of that group. */
    ProviderPage<User> listUsers(ListRequest request);

    /** Adds the user and returns the group after the change. Already a member: CONFLICT. */
    ProviderResult<Group> addMember(MembershipInput input);

    /** Removes the user and returns the group after the change. Not a member: NOT_FOUND. */
    ProviderResult<Group> removeMember(MembershipInput input);

    /** A cheap authenticated call that proves the settings work; its exchange is recorded. */
    void verify();

    /**
     * What the user must be told about this connection that is not an error of any one call, such as a
     * local store that recovered from damage on opening; each is returned once. Most connectors have none.
     */
    default List<String> warnings() {
        return List.of();
    }

    /**
     * Tells {@code listener} of the provider's rate-limit state each time a response reports it (an HTTP
     * connector forwards what its transport parsed from the headers); returns the unsubscribe action.
     * Directories without rate limits (LDAP) never call it.
     */
    default Runnable onRateLimit(java.util.function.Consumer<DirectorySignal.RateLimited> listener) {
        return () -> { };
    }

    // feature: connection-check
    /**
     * "Test connection": one cheap call per operation family, in the order of {@link ConnectionReport}'s aspects
     * (reachable, tls, authenticated, permissions, groups, users), built with a {@link ConnectionProbe} so that a
     * call's typed error is a FAILED check, never thrown. The rate-limit check is added by
     * {@link UnifiedDirectory#test()} from the engine's signals; a connector adds one only to say why it has none.
     * Details never hold a secret. The default proves the settings with {@link #verify()} and says what it cannot tell.
     */
    default List<ConnectionReport.Check> diagnose() {
        ConnectionProbe probe = new ConnectionProbe();
        probe.reach("the directory", () -> {
            verify();
            return Boolean.TRUE;
        });
        probe.notChecked(ConnectionReport.TLS, "this connector does not report its TLS certificate");
        probe.authenticatedAs("the settings were accepted", java.util.Map.of());
        probe.notChecked(ConnectionReport.PERMISSIONS, "this connector cannot tell what the account may do");
        return probe.checks();
    }

    @Override
    void close();
}
