package dev.roster.connectors.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.connectors.ConnectionSettings;
import dev.roster.connectors.ConnectorProvider;
import dev.roster.connectors.UnifiedDirectory;
import dev.roster.connectors.fakes.GoogleFake;
import dev.roster.connectors.google.GoogleConnectorProvider;
import dev.roster.connectors.model.Email;
import dev.roster.connectors.model.GroupInput;
import dev.roster.connectors.model.UserInput;
import dev.roster.connectors.model.Json;
import dev.roster.connectors.trace.ExchangeLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The contract against {@link GoogleFake}, signed in as a service account with domain-wide delegation.
 * Google's samples differ in two ways the API imposes: a group is created with its email address (in
 * remote_data, there is no unified field), and a user's username is its primary email address.
 */
class GoogleContractTest extends DirectoryContractTest {
    private final ConnectorProvider provider = new GoogleConnectorProvider();
    private GoogleFake fake;
    private Path home;
    private Path keyFile;

    @BeforeAll
    void startFake() throws IOException {
        fake = GoogleFake.start(14, 6);
        home = Files.createTempDirectory("google-contract");
        keyFile = fake.writeKeyFile(home.resolve("key.json"));
    }

    @AfterAll
    void stopFake() throws IOException {
        fake.close();
        try (var files = Files.list(home)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(home);
    }

    private ConnectionSettings settings(String name, Path key, String subject, Map<String, String> more) {
        Map<String, String> values = new HashMap<>(Map.of("base_url", fake.baseUrl(), "service_account_key_file", key.toString(),
                "subject", subject));
        values.putAll(more);
        return new ConnectionSettings(name, values, Map.of());
    }

    @Override
    protected UnifiedDirectory open() {
        return UnifiedDirectory.open(provider, settings("contract", keyFile, GoogleFake.ADMIN, Map.of()));
    }

    @Override
    protected UnifiedDirectory openWithRepeatingCursor() {
        ConnectionSettings settings = settings("repeating", keyFile, GoogleFake.ADMIN, Map.of());
        ExchangeLog log = new ExchangeLog(settings.secretValues());
        return new UnifiedDirectory("repeating", provider, new RepeatingCursorConnector(provider.connect(settings, log)), log);
    }

    /** A key the service account does not have: Google refuses the assertion's signature (invalid_grant). */
    @Override
    protected UnifiedDirectory openWithWrongPassword() {
        try {
            Path unknown = fake.writeUnknownKeyFile(home.resolve("unknown-key.json"));
            return UnifiedDirectory.open(provider, settings("wrong", unknown, GoogleFake.ADMIN, Map.of()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    protected Optional<UnifiedDirectory> openReadOnly() {
        return Optional.of(UnifiedDirectory.open(provider, settings("reader", keyFile, GoogleFake.READ_ONLY_ADMIN, Map.of())));
    }

    @Override
    protected Optional<UnifiedDirectory> openUnreachable() {
        return Optional.of(UnifiedDirectory.open(provider, new ConnectionSettings("nowhere",
                Map.of("auth", "token", "base_url", "http://127.0.0.1:1", "connect_timeout_seconds", "2"), Map.of("token", "ya29.unused"))));
    }

    @Override
    protected void failedConnect(dev.roster.connectors.trace.Exchange exchange) {
        assertThat(exchange.method()).isEqualTo("GET");
        assertThat(exchange.target()).startsWith("http://127.0.0.1:1/admin/directory/v1/groups?customer=my_customer");
    }

    @Override
    protected String absentUserId() {
        return "no-such-user@example.com";
    }

    @Override
    protected String absentGroupId() {
        return "no-such-group@example.com";
    }

    @Override
    protected GroupInput sampleGroup(String unique) {
        return new GroupInput("Contract group " + unique, "made by the contract suite", null,
                Json.mapper().createObjectNode().put("email", "contract-" + unique + "@example.com"));
    }

    @Override
    protected UserInput sampleUser(String unique) {
        String email = "contract." + unique + "@example.com";
        return new UserInput(null, "Contract", "User " + unique, email, List.of(new Email(email, true, null)),
                "Pa55-word-" + unique, List.of(), null, null, List.of(), List.of(), List.of(), null, null, List.of(), null);
    }
}
