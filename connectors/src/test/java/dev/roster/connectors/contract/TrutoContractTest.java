package dev.roster.connectors.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.connectors.ConnectionSettings;
import dev.roster.connectors.ConnectorProvider;
import dev.roster.connectors.UnifiedDirectory;
import dev.roster.connectors.fakes.TrutoFake;
import dev.roster.connectors.trace.ExchangeLog;
import dev.roster.connectors.truto.TrutoConnectorProvider;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The contract against {@link TrutoFake}, Truto's unified user-directory API in its wire format. */
class TrutoContractTest extends DirectoryContractTest {
    private final ConnectorProvider provider = new TrutoConnectorProvider();
    private TrutoFake fake;

    @BeforeAll
    void startFake() {
        fake = TrutoFake.start(14, 6);
    }

    @AfterAll
    void stopFake() {
        fake.close();
    }

    private ConnectionSettings settings(String name, String account, String token, Map<String, String> more) {
        Map<String, String> values = new HashMap<>(Map.of("base_url", fake.baseUrl(), "integrated_account_id", account,
                "request_timeout_seconds", "5"));
        values.putAll(more);
        return new ConnectionSettings(name, values, Map.of("token", token));
    }

    @Override
    protected UnifiedDirectory open() {
        return UnifiedDirectory.open(provider, settings("contract", TrutoFake.ACCOUNT, TrutoFake.TOKEN, Map.of()));
    }

    @Override
    protected UnifiedDirectory openWithRepeatingCursor() {
        ConnectionSettings settings = settings("repeating", TrutoFake.ACCOUNT, TrutoFake.TOKEN, Map.of());
        ExchangeLog log = new ExchangeLog(settings.secretValues());
        return new UnifiedDirectory("repeating", provider, new RepeatingCursorConnector(provider.connect(settings, log)), log);
    }

    @Override
    protected UnifiedDirectory openWithWrongPassword() {
        return UnifiedDirectory.open(provider, settings("wrong", TrutoFake.ACCOUNT, "not-the-token", Map.of()));
    }

    /** A sandbox integrated account: Truto serves its reads and refuses its writes with 405. */
    @Override
    protected Optional<UnifiedDirectory> openReadOnly() {
        return Optional.of(UnifiedDirectory.open(provider, settings("sandbox", TrutoFake.SANDBOX_ACCOUNT, TrutoFake.TOKEN, Map.of())));
    }

    @Override
    protected Optional<UnifiedDirectory> openUnreachable() {
        // port 1 (tcpmux) is privileged and practically never served: the connection is refused at once
        return Optional.of(UnifiedDirectory.open(provider, settings("nowhere", TrutoFake.ACCOUNT, TrutoFake.TOKEN,
                Map.of("base_url", "http://127.0.0.1:1", "connect_timeout_seconds", "2"))));
    }

    @Override
    protected void failedConnect(dev.roster.connectors.trace.Exchange exchange) {
        assertThat(exchange.method()).isEqualTo("GET");
        assertThat(exchange.target()).startsWith("http://127.0.0.1:1/unified/user-directory/groups?integrated_account_id=");
    }

    @Override
    protected String absentUserId() {
        return "00u99999999999999999";
    }

    @Override
    protected String absentGroupId() {
        return "00g99999999999999999";
    }
}
