package dev.roster.connectors.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.connectors.ConnectionSettings;
import dev.roster.connectors.ConnectorProvider;
import dev.roster.connectors.UnifiedDirectory;
import dev.roster.connectors.fakes.OktaFake;
import dev.roster.connectors.model.GroupInput;
import dev.roster.connectors.okta.OktaConnectorProvider;
import dev.roster.connectors.trace.ExchangeLog;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The contract against {@link OktaFake}: an org with enough groups for several pages and Okta's wire format. */
class OktaContractTest extends DirectoryContractTest {
    private final ConnectorProvider provider = new OktaConnectorProvider();
    private OktaFake fake;

    @BeforeAll
    void startFake() {
        fake = OktaFake.start(12, 6);
    }

    @AfterAll
    void stopFake() {
        fake.close();
    }

    private ConnectionSettings settings(String name, String baseUrl, String token, Map<String, String> more) {
        Map<String, String> values = new HashMap<>(Map.of("base_url", baseUrl));
        values.putAll(more);
        return new ConnectionSettings(name, values, Map.of("token", token));
    }

    @Override
    protected UnifiedDirectory open() {
        return UnifiedDirectory.open(provider, settings("contract", fake.baseUrl(), OktaFake.TOKEN, Map.of()));
    }

    @Override
    protected UnifiedDirectory openWithRepeatingCursor() {
        ConnectionSettings s = settings("repeating", fake.baseUrl(), OktaFake.TOKEN, Map.of());
        ExchangeLog log = new ExchangeLog(s.secretValues());
        return new UnifiedDirectory("repeating", provider, new RepeatingCursorConnector(provider.connect(s, log)), log);
    }

    @Override
    protected UnifiedDirectory openWithWrongPassword() {
        return UnifiedDirectory.open(provider, settings("wrong", fake.baseUrl(), "00not-the-token", Map.of()));
    }

    @Override
    protected Optional<UnifiedDirectory> openReadOnly() {
        return Optional.of(UnifiedDirectory.open(provider, settings("reader", fake.baseUrl(), OktaFake.READ_ONLY_TOKEN, Map.of())));
    }

    @Override
    protected Optional<UnifiedDirectory> openUnreachable() {
        // port 1 (tcpmux) is privileged and practically never served: the connection is refused at once
        return Optional.of(UnifiedDirectory.open(provider, settings("nowhere", "http://127.0.0.1:1", OktaFake.TOKEN,
                Map.of("connect_timeout_seconds", "2"))));
    }

    @Override
    protected void failedConnect(dev.roster.connectors.trace.Exchange exchange) {
        assertThat(exchange.method()).isEqualTo("GET");
        assertThat(exchange.target()).startsWith("http://127.0.0.1:1/api/v1/groups");
    }

    /** Okta has no team or department groups: group_type is not accepted on create (it always reads "group"). */
    @Override
    protected GroupInput sampleGroup(String unique) {
        return new GroupInput("Contract group " + unique, "made by the contract suite", null, null);
    }

    /** Okta puts every user in its BUILT_IN Everyone group. */
    @Override
    protected boolean everyonesGroup(dev.roster.connectors.model.Group group) {
        return "BUILT_IN".equals(group.remoteData() == null ? null : group.remoteData().path("type").asText(null));
    }

    @Override
    protected String absentUserId() {
        return "00unosuchuser00000x";
    }

    @Override
    protected String absentGroupId() {
        return "00gnosuchgroup00000x";
    }
}
