package dev.roster.connectors.sandbox;

import dev.roster.connectors.Capabilities;
import dev.roster.connectors.ConnectionSettings;
import dev.roster.connectors.ConnectorProvider;
import dev.roster.connectors.DirectoryConnector;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.SettingSpec;
import dev.roster.connectors.ldap.LdapConnectorProvider;
import dev.roster.connectors.ldap.LdapSettings;
import dev.roster.connectors.trace.ExchangeLog;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A demo directory to try Roster with no account anywhere: an embedded LDAP server seeded with Example
 * Corp (2,500 people, 250 groups), kept under the Roster home and reached through the LDAP connector, so
 * everything that works here works the same against a real LDAP server. Writes persist across restarts.
 */
public final class SandboxConnectorProvider implements ConnectorProvider {
    public static final String ID = "sandbox";
    public static final String HOME = "home";

    private final LdapConnectorProvider ldap = new LdapConnectorProvider();
    /** The Sandboxes this provider started or borrows; the app loads its providers once, so one per process. */
    private final SandboxServers servers = new SandboxServers();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Sandbox";
    }

    @Override
    public List<SettingSpec> settings() {
        return List.of(SettingSpec.text(HOME, "Roster home", true, null,
                "the folder the Sandbox keeps its data in (in sandbox/); the app passes its data folder").withExample("~/.local/share/roster"));
    }

    @Override
    public Capabilities capabilities() {
        return ldap.capabilities();
    }

    /** Starts the home's Sandbox unless it already runs (in this process or another) and connects to it. */
    /** Stops the Sandboxes this process runs (see {@link SandboxServers#stopOwned}). */
    @Override
    public void stopBeforeHalt(Duration bound) {
        servers.stopOwned(bound);
    }

    @Override
    public DirectoryConnector connect(ConnectionSettings settings, ExchangeLog log) {
        Path home = home(settings);
        SandboxServers.Lease lease = servers.acquire(home);
        try {
            return new SandboxConnector(endpoint -> ldap.connect(ldapSettings(settings.connectionName(), endpoint), log),
                    servers, lease);
        } catch (RuntimeException e) {
            lease.close();
            throw e;
        }
    }

    private static ConnectionSettings ldapSettings(String connectionName, SandboxEndpoint endpoint) {
        return new ConnectionSettings(connectionName, Map.of(
                LdapSettings.URL, endpoint.url(),
                LdapSettings.BIND_DN, endpoint.bindDn(),
                LdapSettings.BASE_DN, endpoint.baseDn(),
                LdapSettings.GROUP_BASE, DemoOrganisation.GROUPS,
                LdapSettings.USER_BASE, DemoOrganisation.PEOPLE,
                LdapSettings.GROUP_OBJECT_CLASS, "groupOfNames",
                LdapSettings.USER_OBJECT_CLASS, "inetOrgPerson"),
                Map.of(LdapSettings.BIND_PASSWORD, endpoint.password()));
    }

    private static Path home(ConnectionSettings settings) {
        try {
            return settings.value(HOME).map(v -> Path.of(v.strip())).orElseThrow(() ->
                    DirectoryException.invalid(ErrorCode.SANDBOX_HOME_MISSING, settings.connectionName()));
        } catch (InvalidPathException e) {
            throw DirectoryException.invalid(ErrorCode.SETTING_NOT_A_PATH,
                    "home", settings.value(HOME).orElse(""), e.getReason());
        }
    }
}
