package dev.roster.connectors.sandbox;

import dev.roster.connectors.ConnectionSettings;
import dev.roster.connectors.UnifiedDirectory;
import dev.roster.connectors.ldap.LdapConnectorProvider;
import dev.roster.connectors.ldap.LdapSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

/** Starting Sandbox servers on a small organisation (restarts are what these tests are about) and connecting. */
final class SandboxFixture {
    static final int PEOPLE = 120;
    static final int GROUPS = 12;

    private SandboxFixture() {
    }

    static SandboxServer start(Path home) {
        return start(home, SandboxStore.DEFAULT_CHECKPOINT_BYTES);
    }

    static SandboxServer start(Path home, long checkpointBytes) {
        try {
            return SandboxServer.start(home, () -> DemoOrganisation.entries(PEOPLE, GROUPS), checkpointBytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A directory over the LDAP connector bound as the service account, as the Sandbox connector makes it. */
    static UnifiedDirectory connect(SandboxEndpoint endpoint) {
        return connect(endpoint, endpoint.bindDn(), endpoint.password());
    }

    static UnifiedDirectory connect(SandboxEndpoint endpoint, String bindDn, String password) {
        ConnectionSettings settings = new ConnectionSettings("sandbox-test", Map.of(
                LdapSettings.URL, endpoint.url(),
                LdapSettings.BIND_DN, bindDn,
                LdapSettings.BASE_DN, endpoint.baseDn(),
                LdapSettings.GROUP_BASE, DemoOrganisation.GROUPS,
                LdapSettings.USER_BASE, DemoOrganisation.PEOPLE),
                Map.of(LdapSettings.BIND_PASSWORD, password));
        return UnifiedDirectory.open(new LdapConnectorProvider(), settings);
    }
}
