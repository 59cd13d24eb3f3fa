package dev.roster.connectors.contract;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.connectors.ConnectionSettings;
import dev.roster.connectors.ConnectorProvider;
import dev.roster.connectors.UnifiedDirectory;
import dev.roster.connectors.ldap.LdapConnectorProvider;
import dev.roster.connectors.ldap.LdapSettings;
import dev.roster.connectors.model.Json;
import dev.roster.connectors.model.User;
import dev.roster.connectors.sandbox.SandboxConnectorProvider;
import dev.roster.connectors.trace.ExchangeLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract against the Sandbox in a fresh home, seeded with the full demo organisation. Its other
 * accounts are reached with the LDAP connector at the address the Sandbox publishes in endpoint.json:
 * the service account with a wrong password, and a demo user (who may read, not write).
 */
class SandboxContractTest extends DirectoryContractTest {
    private final ConnectorProvider provider = new SandboxConnectorProvider();
    /** Static: instance fields are not injected yet when {@code @BeforeAll} starts the Sandbox. */
    @TempDir
    static Path home;
    private UnifiedDirectory keepRunning;

    @BeforeAll
    void startSandbox() {
        keepRunning = open();
        keepRunning.verify();
    }

    /** The last connection closes the server (with its snapshot) before the home is deleted. */
    @AfterAll
    void stopSandbox() {
        keepRunning.close();
    }

    private ConnectionSettings settings(String name) {
        return new ConnectionSettings(name, Map.of(SandboxConnectorProvider.HOME, home.toString()), Map.of());
    }

    @Override
    protected UnifiedDirectory open() {
        return UnifiedDirectory.open(provider, settings("sandbox"));
    }

    @Override
    protected UnifiedDirectory openWithRepeatingCursor() {
        ExchangeLog log = new ExchangeLog(java.util.List.of());
        return new UnifiedDirectory("repeating", provider, new RepeatingCursorConnector(provider.connect(settings("repeating"), log)),
                log);
    }

    @Override
    protected UnifiedDirectory openWithWrongPassword() {
        JsonNode endpoint = endpoint();
        return ldap("wrong", endpoint.path("bind_dn").asText(), "not-the-sandbox-password");
    }

    @Override
    protected Optional<UnifiedDirectory> openReadOnly() {
        String unique = unique();
        User user = directory.createUser(sampleUser(unique)).item();
        return Optional.of(ldap("demo-user", user.id(), "Pa55-word-" + unique));
    }

    @Override
    protected String absentUserId() {
        return "uid=no.such.user,ou=People,dc=example,dc=com";
    }

    @Override
    protected String absentGroupId() {
        return "cn=No Such Group,ou=Groups,dc=example,dc=com";
    }

    private UnifiedDirectory ldap(String name, String bindDn, String password) {
        JsonNode endpoint = endpoint();
        return UnifiedDirectory.open(new LdapConnectorProvider(), new ConnectionSettings(name, Map.of(
                LdapSettings.URL, endpoint.path("url").asText(),
                LdapSettings.BIND_DN, bindDn,
                LdapSettings.BASE_DN, endpoint.path("base_dn").asText()),
                Map.of(LdapSettings.BIND_PASSWORD, password)));
    }

    private JsonNode endpoint() {
        try {
            return Json.mapper().readTree(home.resolve("sandbox").resolve("endpoint.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
