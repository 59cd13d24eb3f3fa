package dev.roster.app.ui.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.roster.app.service.ConnectionStore;
import dev.roster.app.service.Connections;
import dev.roster.app.service.RosterHome;
import dev.roster.app.service.secret.NoKeychainSecretStore;
import dev.roster.app.ui.Messages;
import dev.roster.connectors.ConnectionSettings;
import dev.roster.connectors.ConnectorRegistry;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.Operation;
import dev.roster.connectors.query.CursorCodec;
import dev.roster.connectors.query.ListQuery;
import dev.roster.connectors.trace.ExchangeLog;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console says an engine error in its own words, from its bundle; the CLI keeps the engine's English. */
class ErrorTextTest {
    private final Messages messages = Messages.load(Locale.ROOT);

    @TempDir Path dir;

    @Test
    void everyCodeHasAConsoleTextTakingTheSameArguments() {
        for (ErrorCode code : ErrorCode.values()) {
            String key = ErrorText.key(code);
            assertThat(messages.bundle().containsKey(key)).as("%s has the console text %s", code, key).isTrue();
            String console = messages.bundle().getString(key);
            assertThat(arguments(console)).as("arguments of %s = %s", key, console).isEqualTo(arguments(code.english()));
            if (arguments(console) == 0) {
                // Messages.get leaves a pattern without arguments as it is, so a doubled quote would show
                assertThat(console).as(key).doesNotContain("''");
            }
        }
    }

    @Test
    void aCursorRosterDidNotGiveOutIsSaidFromTheBundle() {
        Throwable error = catchThrowable(() -> CursorCodec.forConnection("sandbox", "corp")
                .decode(Operation.LIST_GROUPS, new ListQuery(null, "forged", Map.of(), Map.of(), null)));

        assertThat(ErrorText.describe(messages, error)).isEqualTo("The list position forged is not one Roster gave out for this"
                + " connection (or the connection's settings or secret changed since): start the list again.");
        assertThat(error).hasMessage("next_cursor 'forged' is not a cursor Roster gave out for this connection (or it was"
                + " changed, or the connection's settings or secret changed since)");
    }

    @Test
    void aSettingTheConnectorDoesNotDeclareIsSaidFromTheBundle() {
        RosterHome home = RosterHome.of(dir).ensureExists();
        Connections connections = new Connections(home, new ConnectionStore(home.connectionsFile()),
                new NoKeychainSecretStore("test"), ConnectorRegistry.load(), k -> null);

        Throwable error = catchThrowable(() -> connections.add("corp", "sandbox", Map.of("colour", "blue"), Map.of(), k -> null));

        assertThat(ErrorText.describe(messages, error)).startsWith("Sandbox has no setting called colour (its settings are ")
                .endsWith(").");
        assertThat(error.getMessage()).startsWith("Sandbox has no setting 'colour'; its settings: ");
    }

    @Test
    void aBadLdapSettingIsSaidFromTheBundle() {
        ConnectionSettings settings = new ConnectionSettings("corp", Map.of("url", "ldap://localhost:389",
                "bind_dn", "cn=admin,dc=example,dc=com", "base_dn", "dc=example,dc=com", "page_size", "lots"),
                Map.of("bind_password", "secret"));

        Throwable error = catchThrowable(() -> ConnectorRegistry.load().require("ldap").connect(settings, new ExchangeLog(List.of())));

        assertThat(ErrorText.describe(messages, error)).isEqualTo("The setting page_size must be a whole number, not \"lots\".");
        assertThat(error).hasMessage("page_size must be a whole number, not 'lots'");
    }

    @Test
    void anErrorWithoutACodeIsSaidByItsMessage() {
        assertThat(ErrorText.describe(messages, DirectoryException.validation("plain words"))).isEqualTo("plain words");
        assertThat(ErrorText.describe(messages, new IllegalStateException("boom"))).isEqualTo("boom");
    }

    private static int arguments(String pattern) {
        return new MessageFormat(pattern, Locale.ROOT).getFormatsByArgumentIndex().length;
    }
}
