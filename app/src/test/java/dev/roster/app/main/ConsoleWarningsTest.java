package dev.roster.app.main;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.app.service.RosterHome;
import dev.roster.app.service.activity.ActivityEntry;
import dev.roster.app.service.secret.NoKeychainSecretStore;
import dev.roster.app.testing.ConsoleFixture;
import dev.roster.app.testing.SameThreadRunner;
import dev.roster.connectors.ConnectorRegistry;
import dev.roster.connectors.ItemResult;
import dev.roster.connectors.Operation;
import dev.roster.connectors.ProviderResult;
import dev.roster.connectors.UnifiedDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the CLI prints on stderr as "roster: warning:" reaches the console's error line too. */
class ConsoleWarningsTest {
    @TempDir Path home;
    private final SameThreadRunner runner = new SameThreadRunner();

    private ConsoleContext context(ConnectorRegistry registry) {
        return new ConsoleContext(RosterHome.of(home), () -> new NoKeychainSecretStore("test"), registry, Map.of(),
                Clock.systemUTC(), Locale.ROOT);
    }

    private String shown() {
        return runner.errors.lastErrorProperty().get();
    }

    @Test
    void theActivityLogsDamagedAndCutLinesAreShown() throws IOException {
        ConsoleContext context = context(ConnectorRegistry.of(List.of()));
        ConsoleWarnings.show(context, runner, runner.errors, context.messages());
        Path log = context.home().activityLog();
        Files.createDirectories(log.getParent());
        Files.writeString(log, "not an entry\n", StandardCharsets.UTF_8);

        context.activityLog().readAll();
        assertThat(shown()).contains("line 1").contains("not a readable entry").contains(log.toString());

        // a crash mid-append: the file ends inside a line; the next entry says so
        Files.writeString(log, "{\"time\":\"2026-01-02T03:04:05Z\",\"conn", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        context.activityLog().append(new ActivityEntry(Instant.parse("2026-01-02T03:05:00Z"), "sandbox", "add_member",
                Map.of("group_id", "g", "user_id", "u"), ActivityEntry.OK, null, null, null, null));
        assertThat(shown()).contains("cut short").contains(log.toString());
    }

    @Test
    void whatAConnectionReportsOnOpeningIsShown() throws IOException {
        ConsoleContext context = context(ConsoleFixture.registry());
        context.connections().open("sandbox").close(); // the Sandbox made its password, and stopped
        try (Stream<Path> files = Files.walk(home)) {
            Path password = files.filter(p -> p.getFileName().toString().equals("bind-password")).findFirst().orElseThrow();
            Files.writeString(password, "", StandardCharsets.US_ASCII);
        }
        ConsoleWarnings.show(context, runner, runner.errors, context.messages());

        try (UnifiedDirectory reopened = context.connections().open("sandbox")) {
            assertThat(reopened).isNotNull();
        }
        assertThat(shown()).contains("bind-password was empty");
    }

    @Test
    void aClosedWindowShowsNothingMore() throws IOException {
        ConsoleContext context = context(ConsoleFixture.registry());
        Runnable stop = ConsoleWarnings.show(context, runner, runner.errors, context.messages());
        stop.run();

        Path log = context.home().activityLog();
        Files.createDirectories(log.getParent());
        Files.writeString(log, "not an entry\n", StandardCharsets.UTF_8);
        context.activityLog().readAll();
        context.connections().open("sandbox").close();
        try (Stream<Path> files = Files.walk(home)) {
            Files.writeString(files.filter(p -> p.getFileName().toString().equals("bind-password")).findFirst().orElseThrow(),
                    "", StandardCharsets.US_ASCII);
        }
        context.connections().open("sandbox").close();
        context.recorder().record("sandbox", null, Operation.REMOVE_MEMBER, Map.of("group_id", "g", "user_id", "u"), () -> {
            try { // the log turns unwritable once the write was sent
                Files.deleteIfExists(log);
                Files.createDirectories(log);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new ItemResult<>(Operation.REMOVE_MEMBER, null, new ProviderResult<>(null, null, null));
        });

        assertThat(shown()).isNull();
    }
}
