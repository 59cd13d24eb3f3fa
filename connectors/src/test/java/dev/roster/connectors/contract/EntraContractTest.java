package dev.roster.connectors.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.connectors.ConnectionSettings;
import dev.roster.connectors.ConnectorProvider;
import dev.roster.connectors.UnifiedDirectory;
import dev.roster.connectors.entra.EntraConnectorProvider;
import dev.roster.connectors.fakes.GraphFake;
import dev.roster.connectors.model.UserInput;
import dev.roster.connectors.trace.ExchangeLog;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The contract against {@link GraphFake}, signing in with client credentials through MSAL. */
class EntraContractTest extends DirectoryContractTest {
    private final ConnectorProvider provider = new EntraConnectorProvider();
    private GraphFake fake;

    @BeforeAll
    void startFake() {
        fake = GraphFake.start(14, 6);
    }

    @AfterAll
    void stopFake() {
        // not one DELETE addressed a user or group instead of a member reference
        assertThat(fake.objectDeletes()).isEmpty();
        fake.close();
    }

    @Override
    protected UnifiedDirectory open() {
        return UnifiedDirectory.open(provider, fake.settings("contract"));
    }

    @Override
    protected UnifiedDirectory openWithRepeatingCursor() {
        ConnectionSettings settings = fake.settings("repeating");
        ExchangeLog log = new ExchangeLog(settings.secretValues());
        return new UnifiedDirectory("repeating", provider, new RepeatingCursorConnector(provider.connect(settings, log)), log);
    }

    @Override
    protected UnifiedDirectory openWithWrongPassword() {
        return UnifiedDirectory.open(provider, fake.settings("wrong", GraphFake.CLIENT_ID, "not-the-secret", Map.of()));
    }

    @Override
    protected Optional<UnifiedDirectory> openReadOnly() {
        return Optional.of(UnifiedDirectory.open(provider,
                fake.settings("reader", GraphFake.READER_CLIENT_ID, GraphFake.READER_SECRET, Map.of())));
    }

    @Override
    protected Optional<UnifiedDirectory> openUnreachable() {
        // port 1 is practically never served: the connection is refused at once, before any token is sent anywhere
        return Optional.of(UnifiedDirectory.open(provider, fake.settings("nowhere", GraphFake.CLIENT_ID, GraphFake.CLIENT_SECRET,
                Map.of("authority", "https://127.0.0.1:1", "graph_url", "https://127.0.0.1:1/v1.0", "connect_timeout_seconds", "2"))));
    }

    /** Entra usernames are user principal names: user@verified-domain (Graph refuses anything else). */
    @Override
    protected UserInput sampleUser(String unique) {
        UserInput u = super.sampleUser(unique);
        return new UserInput(u.name(), u.firstName(), u.lastName(), u.username() + "@contoso.example", u.emails(), u.password(),
                u.phones(), u.title(), u.status(), u.groups(), u.roles(), u.workspaces(), u.timezone(), u.userType(), u.languages(),
                u.remoteData());
    }

    @Override
    protected String absentUserId() {
        return "00000000-0000-0000-0000-0000000000ff";
    }

    @Override
    protected String absentGroupId() {
        return "00000000-0000-0000-0000-000000000000";
    }
}
