package dev.roster.app.testing;

import dev.roster.connectors.Capabilities;
import dev.roster.connectors.ConnectionSettings;
import dev.roster.connectors.ConnectorProvider;
import dev.roster.connectors.ConnectorRegistry;
import dev.roster.connectors.DirectoryConnector;
import dev.roster.connectors.SettingSpec;
import dev.roster.connectors.trace.ExchangeLog;
import java.util.List;

/**
 * A connector registry whose {@code sandbox} type is a {@link FakeDirectory}, for TestFX tests of one view:
 * a fresh home's connection opens at once, and the test reaches the directory it talks to. The capabilities
 * are the fake's own, or the LDAP connector's (what the Sandbox really declares) when a test is about them.
 */
public final class FakeSandbox {
    private final Capabilities capabilities;
    private final int groups;
    private final int users;
    private volatile FakeDirectory directory;

    private FakeSandbox(Capabilities capabilities, int groups, int users) {
        this.capabilities = capabilities;
        this.groups = groups;
        this.users = users;
    }

    public static FakeSandbox withFakeCapabilities(int groups, int users) {
        return new FakeSandbox(FakeDirectory.CAPABILITIES, groups, users);
    }

    public static FakeSandbox withLdapCapabilities(int groups, int users) {
        return new FakeSandbox(ConnectorRegistry.load().require("ldap").capabilities(), groups, users);
    }

    /** The directory the console connected to (null before it did). */
    public FakeDirectory directory() {
        return directory;
    }

    public ConnectorRegistry registry() {
        return ConnectorRegistry.of(List.of(new ConnectorProvider() {
            @Override public String id() { return "sandbox"; }
            @Override public String displayName() { return "Sandbox (fake)"; }
            @Override public List<SettingSpec> settings() { return List.of(); }
            @Override public Capabilities capabilities() { return capabilities; }
            @Override public DirectoryConnector connect(ConnectionSettings settings, ExchangeLog log) {
                FakeDirectory fake = new FakeDirectory(log, groups, users);
                // searches the way the declared capabilities say the real connector does (LDAP: "search")
                fake.searchParameter = capabilities.of(dev.roster.connectors.Operation.LIST_USERS)
                        .flatMap(dev.roster.connectors.OperationCapability::search).orElse(null);
                directory = fake;
                return fake;
            }
        }));
    }
}
