package dev.roster.app.testing;

import dev.roster.app.main.ConsoleApp;
import dev.roster.app.main.ConsoleContext;
import dev.roster.app.main.ConsoleWindow;
import dev.roster.app.service.RosterHome;
import dev.roster.app.service.activity.ActivityEntry;
import dev.roster.app.service.activity.ActivityLog;
import dev.roster.app.service.secret.NoKeychainSecretStore;
import dev.roster.app.ui.theme.Theme;
import dev.roster.connectors.ConnectorRegistry;
import dev.roster.connectors.UnifiedDirectory;
import dev.roster.connectors.model.Group;
import dev.roster.connectors.model.User;
import dev.roster.connectors.query.ListQuery;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real console, headless (Monocle), on a Roster home the test owns, so on that home's own Sandbox (a
 * fresh home has one connection, {@code sandbox}, selected). The connectors are those on the class path and
 * must include the Sandbox: a registry without it fails the test instead of being papered over. Beside the
 * window the fixture opens the same Sandbox directly ({@link #directory()}, the server is shared in-process),
 * so a test can read what the directory really holds without asking the console it is checking.
 *
 * <p>{@link #open} builds the window on the stage TestFX's {@code ApplicationExtension} hands a
 * {@code @Start} method (one window per test); {@link #start}/{@link #stop} run it as a whole application.
 */
public final class ConsoleFixture implements AutoCloseable {
    private final Path home;
    private final ConsoleContext context;
    private final ConsoleWindow window;
    private UnifiedDirectory directory;

    private ConsoleFixture(Path home, ConsoleContext context, ConsoleWindow window) {
        this.home = home;
        this.context = context;
        this.window = window;
    }

    /** Builds and shows the console on {@code stage} (call on the FX thread, e.g. from {@code @Start}). */
    public static ConsoleFixture open(Stage stage, Path home) {
        return open(stage, home, Map.of());
    }

    /**
     * The console with these environment variables, for connections whose secrets come from {@code env:...}
     * (the fixture has no keychain); add such connections first with {@link #connections(Path, Map)}.
     */
    public static ConsoleFixture open(Stage stage, Path home, Map<String, String> env) {
        // Each test's window starts as on a new home (a class's tests share one home, to share its Sandbox), with
        // the inspector expanded as the tests written before it started collapsed expect.
        try {
            Files.deleteIfExists(RosterHome.of(home).consoleSettingsFile());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        ConsoleFixture fixture = openRemembered(stage, home, env);
        if (javafx.application.Platform.isFxApplicationThread()) {
            fixture.window().showInspector();
        } else {
            Ui.fx(fixture.window()::showInspector);
        }
        return fixture;
    }

    /**
     * The console as a person gets it on {@code home}: the layout, selection and theme remembered there from the
     * last window (none on a new home), the inspector collapsed unless it was left expanded.
     */
    public static ConsoleFixture openRemembered(Stage stage, Path home, Map<String, String> env) {
        ConsoleContext context = context(home, env);
        Theme theme = new Theme();
        theme.install();
        // No native save dialog opens headless: "Save exchange" is answered with a file under the home.
        Path saveTo = home.resolve("saved-exchange.txt");
        ConsoleWindow window = new ConsoleWindow(stage, context, theme, (owner, title, suggested) -> Optional.of(saveTo));
        window.show();
        return new ConsoleFixture(home, context, window);
    }

    /** The connectors on the class path; fails when the Sandbox is not among them. */
    public static ConnectorRegistry registry() {
        return requireSandbox(ConnectorRegistry.load());
    }

    static ConnectorRegistry requireSandbox(ConnectorRegistry registry) {
        if (registry.find("sandbox").isEmpty()) {
            throw new AssertionError("the Sandbox connector is not in the connector registry (found: "
                    + registry.all().stream().map(p -> p.id()).toList() + "): the console tests need it");
        }
        return registry;
    }

    private static ConsoleContext context(Path home) {
        return context(home, Map.of());
    }

    private static ConsoleContext context(Path home, Map<String, String> env) {
        return new ConsoleContext(RosterHome.of(home), () -> new NoKeychainSecretStore("UI tests"), registry(), env,
                Clock.systemUTC(), Locale.ROOT);
    }

    /** The saved connections of {@code home} as the console will see them with {@code env}: to add some before {@link #open}. */
    public static dev.roster.app.service.Connections connections(Path home, Map<String, String> env) {
        return context(home, env).connections();
    }

    public ConsoleWindow window() {
        return window;
    }

    public Path home() {
        return home;
    }

    /** Where "Save exchange" writes in this console (the answer its save dialog gives). */
    public Path savedExchange() {
        return home.resolve("saved-exchange.txt");
    }

    /** The Sandbox of this home, read directly (not through the console): what the directory really holds. */
    public synchronized UnifiedDirectory directory() {
        if (directory == null) {
            directory = context.connections().open("sandbox");
        }
        return directory;
    }

    /**
     * A direct connection to {@code home}'s Sandbox, seeding it on first use. While it is open the server
     * stays up, so the windows of a class's tests that only read can share one Sandbox; the caller closes it.
     */
    public static UnifiedDirectory directory(Path home) {
        return context(home, Map.of()).connections().open("sandbox");
    }

    public List<Group> groups(int limit) {
        return directory().listGroups(ListQuery.ofLimit(limit)).page().result();
    }

    public List<User> members(Group group) {
        return directory().listUsers(ListQuery.ofLimit(1000).withGroupId(group.id())).page().result();
    }

    /** A group of the first page with a handful of members (the demo's median group has 5 to 40). */
    public Group smallGroup() {
        return groups(100).stream().filter(g -> {
            int size = members(g).size();
            return size >= 3 && size <= 40;
        }).findFirst().orElseThrow(() -> new AssertionError("the demo organisation has small groups"));
    }

    /** Every group, all pages. */
    public List<Group> allGroups() {
        List<Group> all = new ArrayList<>();
        directory().walkGroups(ListQuery.ofLimit(500), page -> all.addAll(page.page().result()), () -> false);
        return all;
    }

    /** The users an LDAP filter finds (the Sandbox's {@code filter} parameter), e.g. {@code (uid=ada)}. */
    public List<User> users(String ldapFilter) {
        return directory().listUsers(ListQuery.ofLimit(100).withParameters(Map.of("filter", ldapFilter))).page().result();
    }

    /** The activity log as written to the home (the file, not the Activity view). */
    public List<ActivityEntry> activity() {
        return new ActivityLog(RosterHome.of(home).activityLog()).read();
    }

    /** The Sandbox service account's password, as the Sandbox keeps it under the home: the secret to look for. */
    public String bindPassword() throws IOException {
        try (Stream<Path> files = Files.walk(home)) {
            Path file = files.filter(p -> p.getFileName().toString().equals("bind-password")).findFirst()
                    .orElseThrow(() -> new AssertionError("no Sandbox bind-password under " + home));
            String password = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (password.length() < 16) {
                throw new AssertionError("the Sandbox password in " + file + " is too short to search for");
            }
            return password;
        }
    }

    /** Closes the direct connection; the window is closed by TestFX (hiding it closes its session). */
    @Override
    public synchronized void close() {
        if (directory != null) {
            directory.close();
            directory = null;
        }
    }

    /** Starts the console as a whole application (as {@code ./roster} does) on {@code home}. */
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

    /** Waits (polling) until {@code condition} holds, failing after {@code seconds}; then lets the FX thread catch up. */
    public static void await(int seconds, Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
