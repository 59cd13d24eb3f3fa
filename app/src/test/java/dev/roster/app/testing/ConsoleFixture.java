package dev.roster.app.testing;

import dev.roster.app.main.ConsoleApp;
import dev.roster.app.main.ConsoleContext;
import dev.roster.app.service.RosterHome;
import dev.roster.app.service.secret.NoKeychainSecretStore;
import dev.roster.connectors.ConnectorProvider;
import dev.roster.connectors.ConnectorRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Starts the real console on a temporary Roster home, headless (Monocle). The connectors are those on the
 * class path: the Sandbox when it is there (its fresh home selects it). Until the Sandbox connector is on
 * this branch, a {@link FakeDirectory} stands in under the id {@code sandbox}, so the same tests switch to
 * the real one by themselves.
 */
public final class ConsoleFixture {
    private ConsoleFixture() {
    }

    public static boolean realSandbox() {
        return ConnectorRegistry.load().find("sandbox").isPresent();
    }

    public static ConnectorRegistry registry() {
        ConnectorRegistry real = ConnectorRegistry.load();
        if (real.find("sandbox").isPresent()) {
            return real;
        }
        List<ConnectorProvider> providers = new ArrayList<>(real.all());
        providers.add(FakeDirectory.provider("sandbox", 250, 60));
        return ConnectorRegistry.of(providers);
    }

    public static ConsoleApp start(Path home, ConnectorRegistry registry) throws Exception {
        FxToolkit.registerPrimaryStage();
        ConsoleContext context = new ConsoleContext(RosterHome.of(home), () -> new NoKeychainSecretStore("UI tests"), registry,
                Map.of(), Clock.systemUTC(), Locale.ROOT);
        ConsoleApp app = (ConsoleApp) FxToolkit.setupApplication(() -> new ConsoleApp(context));
        FxToolkit.showStage();
        return app;
    }

    public static void stop(ConsoleApp app) throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
        }
    }

    /** Waits (polling) until {@code condition} holds, failing after {@code seconds}. */
    public static void await(int seconds, Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
