package dev.roster.connectors.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.connectors.ConnectionSettings;
import dev.roster.connectors.ConnectorProvider;
import dev.roster.connectors.UnifiedDirectory;
import dev.roster.connectors.fakes.ScimFake;
import dev.roster.connectors.model.GroupInput;
import dev.roster.connectors.scim.ScimConnectorProvider;
import dev.roster.connectors.scim.ScimSettings;
import dev.roster.connectors.trace.ExchangeLog;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The contract against {@link ScimFake} in RFC 7644 style: lower-case PatchOps, removal by a
 * {@code members[value eq "id"]} path, members read from the group, PATCH answered 200 with the group, and a
 * server that caps pages at 5 resources whatever {@code count} asks for.
 */
class ScimContractTest extends DirectoryContractTest {
    static final int SERVER_CAP = 5;
    private final ConnectorProvider provider = new ScimConnectorProvider();
    protected ScimFake fake;

    @BeforeAll
    void startFake() {
        fake = ScimFake.start(14, 20).capCount(SERVER_CAP);
        configure(fake);
    }

    @AfterAll
    void stopFake() {
        fake.close();
    }

    /** How this variant's server answers. */
    protected void configure(ScimFake server) {
    }

    /** This variant's connection settings besides base_url. */
    protected Map<String, String> style() {
        return Map.of(ScimSettings.PATCH_STYLE, "rfc7644", ScimSettings.MEMBERS_SOURCE, "group");
    }

    private ConnectionSettings settings(String name, String baseUrl, String token, Map<String, String> more) {
        Map<String, String> values = new HashMap<>(style());
        values.put(ScimSettings.BASE_URL, baseUrl);
        values.putAll(more);
        return new ConnectionSettings(name, values, Map.of(ScimSettings.TOKEN, token));
    }

    @Override
    protected UnifiedDirectory open() {
        return UnifiedDirectory.open(provider, settings("contract", fake.baseUrl(), ScimFake.TOKEN, Map.of()));
    }

    @Override
    protected UnifiedDirectory openWithRepeatingCursor() {
        ConnectionSettings settings = settings("repeating", fake.baseUrl(), ScimFake.TOKEN, Map.of());
        ExchangeLog log = new ExchangeLog(settings.secretValues());
        return new UnifiedDirectory("repeating", provider, new RepeatingCursorConnector(provider.connect(settings, log)), log);
    }

    @Override
    protected UnifiedDirectory openWithWrongPassword() {
        return UnifiedDirectory.open(provider, settings("wrong", fake.baseUrl(), "not-the-token", Map.of()));
    }

    @Override
    protected Optional<UnifiedDirectory> openReadOnly() {
        return Optional.of(UnifiedDirectory.open(provider, settings("reader", fake.baseUrl(), ScimFake.READ_ONLY_TOKEN, Map.of())));
    }

    @Override
    protected Optional<UnifiedDirectory> openUnreachable() {
        // port 1 (tcpmux) is privileged and practically never served: the connection is refused at once
        return Optional.of(UnifiedDirectory.open(provider, settings("nowhere", "http://127.0.0.1:1/scim/v2", ScimFake.TOKEN,
                Map.of("connect_timeout_seconds", "2"))));
    }

    @Override
    protected void failedConnect(dev.roster.connectors.trace.Exchange exchange) {
        assertThat(exchange.method()).isEqualTo("GET");
        assertThat(exchange.target()).startsWith("http://127.0.0.1:1/scim/v2/Groups");
    }

    @Override
    protected String absentUserId() {
        return UUID.randomUUID().toString();
    }

    @Override
    protected String absentGroupId() {
        return UUID.randomUUID().toString();
    }

    /** The core Group schema has a displayName and no description or kind of group (RFC 7643 section 4.2). */
    @Override
    protected GroupInput sampleGroup(String unique) {
        return new GroupInput("Contract group " + unique, null, null, null);
    }
}
