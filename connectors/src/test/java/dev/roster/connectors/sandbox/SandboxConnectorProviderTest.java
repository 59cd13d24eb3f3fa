package dev.roster.connectors.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.connectors.ConnectionSettings;
import dev.roster.connectors.ConnectorProvider;
import dev.roster.connectors.ConnectorRegistry;
import dev.roster.connectors.UnifiedDirectory;
import dev.roster.connectors.model.Group;
import dev.roster.connectors.model.GroupInput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One server per home, shared by the connections of this process and by other processes. */
class SandboxConnectorProviderTest {
    @TempDir
    Path home;
    /** One provider, as the app loads its registry once: the provider owns the Sandboxes it started. */
    private final ConnectorProvider provider = ConnectorRegistry.load().require("sandbox");

    private UnifiedDirectory open() {
        return UnifiedDirectory.open(provider,
                new ConnectionSettings("demo", Map.of(SandboxConnectorProvider.HOME, home.toString()), Map.of()));
    }

    @Test
    void connectionsToOneHomeShareOneServerWhichStopsWithTheLastOfThem() throws Exception {
        Path sandbox = home.resolve("sandbox");
        // a running server stands in for the seeded one: this test is about sharing, not about seeding
        SandboxFixture.start(home).close();

        UnifiedDirectory first = open();
        SandboxEndpoint endpoint = SandboxEndpoint.read(sandbox);
        UnifiedDirectory second = open();
        Group created = first.createGroup(new GroupInput("Shared", null, null, null)).item();

        assertThat(second.getGroup(created.id()).item().name()).isEqualTo("Shared");
        assertThat(SandboxEndpoint.read(sandbox)).isEqualTo(endpoint);
        first.close();
        assertThat(Files.exists(sandbox.resolve(SandboxEndpoint.FILE))).as("still in use").isTrue();
        second.close();
        assertThat(Files.exists(sandbox.resolve(SandboxEndpoint.FILE))).as("stopped").isFalse();
    }

    @Test
    void aHomeRunByAnotherProcessIsReachedThroughItsEndpoint() throws Exception {
        SandboxServer elsewhere = SandboxFixture.start(home);
        try (UnifiedDirectory directory = open()) {
            Group created = directory.createGroup(new GroupInput("Via endpoint", null, null, null)).item();

            assertThat(directory.exchanges().snapshot()).allSatisfy(x -> assertThat(x.target())
                    .startsWith(elsewhere.endpoint().url()));
            assertThat(created.id()).isEqualTo("cn=Via endpoint,ou=Groups,dc=example,dc=com");
        } finally {
            elsewhere.close();
        }
    }

    @Test
    void theProviderIsFoundWithTheLdapCapabilities() {
        var provider = ConnectorRegistry.load().require("sandbox");

        assertThat(provider.displayName()).isEqualTo("Sandbox");
        assertThat(provider.settings()).extracting(s -> s.key()).containsExactly("home");
        assertThat(provider.capabilities()).isEqualTo(ConnectorRegistry.load().require("ldap").capabilities());
    }
}
