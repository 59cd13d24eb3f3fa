package dev.roster.app.main;

import static dev.roster.app.testing.ConsoleFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.app.service.RosterHome;
import dev.roster.app.service.secret.NoKeychainSecretStore;
import dev.roster.app.testing.FakeDirectory;
import dev.roster.connectors.Capabilities;
import dev.roster.connectors.ConnectionSettings;
import dev.roster.connectors.ConnectorProvider;
import dev.roster.connectors.ConnectorRegistry;
import dev.roster.connectors.DirectoryConnector;
import dev.roster.connectors.SettingSpec;
import dev.roster.connectors.trace.ExchangeLog;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Start-up and close keep slow work off the FX thread: the window shows first, the session closes on a worker. */
class ConsoleLifecycleTest extends FxRobot {
    @TempDir Path home;
    private final List<FakeDirectory> opened = new CopyOnWriteArrayList<>();

    private ConnectorRegistry registry() {
        ConnectorProvider fake = FakeDirectory.provider("sandbox", 5, 5);
        return ConnectorRegistry.of(List.of(new ConnectorProvider() {
            @Override public String id() { return fake.id(); }
            @Override public String displayName() { return fake.displayName(); }
            @Override public List<SettingSpec> settings() { return fake.settings(); }
            @Override public Capabilities capabilities() { return fake.capabilities(); }
            @Override public DirectoryConnector connect(ConnectionSettings settings, ExchangeLog log) {
                FakeDirectory directory = (FakeDirectory) fake.connect(settings, log);
                opened.add(directory);
                return directory;
            }
        }));
    }

    @Test
    void theWindowShowsWhileTheContextIsBuiltOffTheFxThreadAndClosingClosesTheSessionOffItToo() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<Boolean> builtOnFxThread = new AtomicReference<>();
        Supplier<ConsoleContext> slow = () -> {
            builtOnFxThread.set(Platform.isFxApplicationThread());
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new ConsoleContext(RosterHome.of(home), () -> new NoKeychainSecretStore("lifecycle test"), registry(),
                    Map.of(), Clock.systemUTC(), Locale.ROOT);
        };
        FxToolkit.registerPrimaryStage();
        // A stage of its own: the primary stage is shared with other tests (and may still carry their bindings).
        Stage stage = WaitForAsyncUtils.asyncFx((java.util.concurrent.Callable<Stage>) Stage::new).get(30, TimeUnit.SECONDS);
        ConsoleApp app = new ConsoleApp(slow);
        interact(() -> app.start(stage));
        try {
            // start() has returned and the context is not built yet: the window is up and says it is starting.
            await(10, stage::isShowing);
            assertThat(lookup("#startup-status").queryAs(Label.class).getText()).isEqualTo("Starting Roster\u2026");
            assertThat(opened).isEmpty();
            release.countDown();
            // The console replaces the placeholder and opens the Sandbox (the title names the open connection).
            await(30, () -> lookup("#startup-status").tryQuery().isEmpty() && "Roster \u2014 sandbox".equals(stage.getTitle()));
            assertThat(builtOnFxThread.get()).isFalse();
            assertThat(opened).singleElement().satisfies(d -> assertThat(d.closes).isZero());

            interact(stage::close);
            await(30, () -> opened.size() == 1 && opened.getFirst().closes == 1);
            assertThat(opened.getFirst().closedOnFxThread).isFalse();
        } finally {
            release.countDown();
            interact(stage::close);
            FxToolkit.cleanupStages();
        }
    }

    @Test
    void aClosedWindowNoLongerListensToTheContextItWasBuiltOn() throws Exception {
        ConsoleContext context = new ConsoleContext(RosterHome.of(home), () -> new NoKeychainSecretStore("lifecycle test"),
                registry(), Map.of(), Clock.systemUTC(), Locale.ROOT);
        FxToolkit.registerPrimaryStage();
        Stage stage = WaitForAsyncUtils.asyncFx((java.util.concurrent.Callable<Stage>) Stage::new).get(30, TimeUnit.SECONDS);
        interact(() -> {
            dev.roster.app.ui.theme.Theme theme = new dev.roster.app.ui.theme.Theme();
            theme.install();
            new ConsoleWindow(stage, context, theme, (owner, title, suggested) -> java.util.Optional.empty()).show();
        });
        try {
            await(30, () -> "Roster \u2014 sandbox".equals(stage.getTitle()));
            org.controlsfx.control.StatusBar status = (org.controlsfx.control.StatusBar) stage.getScene().lookup("#status-bar");
            doneButNotLogged(context, dev.roster.connectors.Operation.REMOVE_MEMBER);
            await(10, () -> status.getText().startsWith("remove_member was done"));

            interact(stage::close);
            doneButNotLogged(context, dev.roster.connectors.Operation.ADD_MEMBER);
            WaitForAsyncUtils.waitForFxEvents();
            // closing may clear the bar (its session ended); what it must not do is hear the later write
            assertThat(status.getText()).as("the closed window's status bar").doesNotContain("add_member");
        } finally {
            interact(stage::close);
            FxToolkit.cleanupStages();
        }
    }

    /** A write that is done, after which the activity log cannot be written (a folder where the file was). */
    private static void doneButNotLogged(ConsoleContext context, dev.roster.connectors.Operation operation) {
        Path log = context.home().activityLog();
        context.recorder().record("sandbox", null, operation, Map.of("group_id", "g", "user_id", "u"), () -> {
            try {
                java.nio.file.Files.deleteIfExists(log);
                java.nio.file.Files.createDirectories(log);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return new dev.roster.connectors.ItemResult<>(operation, null, new dev.roster.connectors.ProviderResult<>(null, null, null));
        });
        try { // writable again for the next write
            java.nio.file.Files.deleteIfExists(log);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
