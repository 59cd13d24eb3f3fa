package dev.roster.app.main;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.app.service.RosterHome;
import dev.roster.app.service.activity.ActivityRecorder;
import dev.roster.app.service.secret.NoKeychainSecretStore;
import dev.roster.connectors.ConnectorRegistry;
import dev.roster.connectors.ItemResult;
import dev.roster.connectors.Operation;
import dev.roster.connectors.ProviderResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsoleContextTest {
    @TempDir Path home;

    @Test
    void aWriteDoneButNotLoggedReachesTheConsoleAsTheCliPrintsIt() {
        ConsoleContext context = new ConsoleContext(RosterHome.of(home), () -> new NoKeychainSecretStore("test"),
                ConnectorRegistry.of(List.of()), Map.of(), Clock.systemUTC(), Locale.ROOT);
        List<ActivityRecorder.NotLogged> heard = new ArrayList<>();
        context.onNotLogged(heard::add);
        Path log = context.home().activityLog();
        context.recorder().record("sandbox", null, Operation.REMOVE_MEMBER, Map.of("group_id", "g", "user_id", "u"), () -> {
            try {
                // The log turns unwritable once the write was sent.
                Files.deleteIfExists(log);
                Files.createDirectories(log);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new ItemResult<>(Operation.REMOVE_MEMBER, null, new ProviderResult<>(null, null, null));
        });
        assertThat(heard).singleElement().satisfies(w -> assertThat(w.text())
                .startsWith("remove_member was done, but the activity log could not record it"));
    }
}
