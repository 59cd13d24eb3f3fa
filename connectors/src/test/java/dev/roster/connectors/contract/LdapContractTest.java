package dev.roster.connectors.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.connectors.ConnectionSettings;
import dev.roster.connectors.ConnectorProvider;
import dev.roster.connectors.UnifiedDirectory;
import dev.roster.connectors.ldap.EmbeddedLdap;
import dev.roster.connectors.ldap.LdapConnectorProvider;
import dev.roster.connectors.ldap.LdapSettings;
import dev.roster.connectors.trace.ExchangeLog;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The contract against an embedded server that behaves like OpenLDAP (see {@link EmbeddedLdap}). */
class LdapContractTest extends DirectoryContractTest {
    private final ConnectorProvider provider = new LdapConnectorProvider();
    private EmbeddedLdap server;

    @BeforeAll
    void startServer() {
        server = EmbeddedLdap.start(30, 12);
    }

    @AfterAll
    void stopServer() {
        // every walk resumed on its own connection: not one cookie was shown to the wrong connection
        assertThat(server.cookies().refused()).isZero();
        server.close();
    }

    @Override
    protected UnifiedDirectory open() {
        return UnifiedDirectory.open(provider, server.settings("contract", Map.of()));
    }

    @Override
    protected UnifiedDirectory openWithRepeatingCursor() {
        ConnectionSettings settings = server.settings("repeating", Map.of());
        ExchangeLog log = new ExchangeLog(settings.secretValues());
        return new UnifiedDirectory("repeating", provider, new RepeatingCursorConnector(provider.connect(settings, log)), log);
    }

    @Override
    protected UnifiedDirectory openWithWrongPassword() {
        return UnifiedDirectory.open(provider, server.settings("wrong", EmbeddedLdap.WRITER, "not-the-password", Map.of()));
    }

    @Override
    protected Optional<UnifiedDirectory> openReadOnly() {
        return Optional.of(UnifiedDirectory.open(provider,
                server.settings("reader", EmbeddedLdap.READER, server.readerPassword(), Map.of())));
    }

    @Override
    protected Optional<UnifiedDirectory> openUnreachable() {
        // port 1 (tcpmux) is privileged and practically never served: the connection is refused at once
        return Optional.of(UnifiedDirectory.open(provider, server.settings("nowhere",
                Map.of(LdapSettings.URL, "ldap://127.0.0.1:1", LdapSettings.CONNECT_TIMEOUT, "2"))));
    }

    @Override
    protected void failedConnect(dev.roster.connectors.trace.Exchange exchange) {
        // Nothing was bound: the exchange is the connect that failed, to the server named, not a bind.
        assertThat(exchange.method()).isEqualTo("CONNECT");
        assertThat(exchange.target()).isEqualTo("ldap://127.0.0.1:1");
        assertThat(exchange.error()).startsWith("connect error (91)");
    }

    @Override
    protected String absentUserId() {
        return "uid=no.such.user," + dev.roster.connectors.ldap.EmbeddedLdap.PEOPLE;
    }

    @Override
    protected String absentGroupId() {
        return "cn=no such group," + EmbeddedLdap.GROUPS;
    }
}
