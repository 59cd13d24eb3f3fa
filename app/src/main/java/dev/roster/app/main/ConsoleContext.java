package dev.roster.app.main;

import dev.roster.app.service.ConnectionStore;
import dev.roster.app.service.Connections;
import dev.roster.app.service.RosterHome;
import dev.roster.app.service.TempFiles;
import dev.roster.app.service.activity.ActivityLog;
import dev.roster.app.service.activity.ActivityRecorder;
import dev.roster.app.service.secret.KeychainSecretStore;
import dev.roster.app.service.secret.SecretStore;
import dev.roster.app.service.secret.SessionSecretStore;
import dev.roster.app.ui.Messages;
import dev.roster.connectors.ConnectorRegistry;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What the console needs from the outside world, wired as {@code CliContext} wires it for the CLI: the
 * Roster home, saved connections with their secrets, the connector types, the activity log. Tests pass a
 * temporary home and, if they need one, their own connector registry. Building one is slow (connector
 * discovery, folders created): the console builds {@link #system()} off the FX thread. The keychain probe
 * runs on its own thread and is not waited for.
 */
public final class ConsoleContext {
    private final RosterHome home;
    private final Connections connections;
    private final ActivityLog activityLog;
    private final ActivityRecorder recorder;
    private final Messages messages;
    private final List<Consumer<ActivityRecorder.NotLogged>> notLogged = new CopyOnWriteArrayList<>();
    private final List<Consumer<String>> activityNotices = new CopyOnWriteArrayList<>();
    private final TempFiles tempFiles = new TempFiles();
    private final dev.roster.app.service.ConsoleSettings settings;
    // feature: secrets
    private final SessionSecretStore secrets;

    /**
     * {@code secretStores} is the keychain probe: it runs on a thread of its own (see {@link SessionSecretStore}),
     * so that building the context, and the window's start-up, never wait for D-Bus.
     */
    public ConsoleContext(RosterHome home, Supplier<SecretStore> secretStores, ConnectorRegistry registry,
                          Map<String, String> env, Clock clock, Locale locale) {
        this.home = home.ensureExists();
        this.secrets = new SessionSecretStore(secretStores);
        this.connections = new Connections(this.home, new ConnectionStore(this.home.connectionsFile()), secrets,
                registry, env::get);
        this.activityLog = new ActivityLog(this.home.activityLog(), notice -> activityNotices.forEach(l -> l.accept(notice)));
        this.recorder = new ActivityRecorder(activityLog, clock, warning -> notLogged.forEach(l -> l.accept(warning)));
        this.messages = Messages.load(locale);
        this.settings = dev.roster.app.service.ConsoleSettings.load(this.home.consoleSettingsFile(),
                dev.roster.app.service.ConsoleSettings.DEBOUNCE);
    }

    /** What the console remembers between runs (window, dividers, columns, selection, theme), read here off the FX thread. */
    public dev.roster.app.service.ConsoleSettings settings() {
        return settings;
    }

    /**
     * The real process: {@code home} (from {@code --home}; null: ROSTER_HOME or the platform folders), the OS
     * keychain, the connectors on the class path.
     */
    public static ConsoleContext system(java.nio.file.Path home) {
        Map<String, String> env = System.getenv();
        return new ConsoleContext(RosterHome.resolve(home, env), KeychainSecretStore::system, ConnectorRegistry.load(),
                env, Clock.systemUTC(), Locale.getDefault()).discardTempFilesOnExit().wipeSecretsOnExit();
    }

    /**
     * The console's secrets: the OS keychain, or memory for this session where there is none (the same store
     * as {@code connections().secrets()}). {@code persistent()} false: the editor says "kept in memory for this
     * session".
     */
    public SessionSecretStore secrets() {
        return secrets;
    }

    /** The real process only: a kill (SIGTERM, logout) still overwrites the secrets held in memory. */
    public ConsoleContext wipeSecretsOnExit() {
        try {
            Runtime.getRuntime().addShutdownHook(new Thread(secrets::close, "roster-secrets-wipe"));
        } catch (IllegalStateException shuttingDown) {
            secrets.close();
        }
        return this;
    }

    public RosterHome home() {
        return home;
    }

    public Connections connections() {
        return connections;
    }

    public ActivityLog activityLog() {
        return activityLog;
    }

    public ActivityRecorder recorder() {
        return recorder;
    }

    /** The console's temporary files (an export in progress): {@link #discardTempFilesOnExit()} removes them on SIGTERM. */
    public TempFiles tempFiles() {
        return tempFiles;
    }

    /** The real process only: a kill (SIGTERM, logout) mid-export leaves no partial file beside the target. */
    public ConsoleContext discardTempFilesOnExit() {
        try {
            Runtime.getRuntime().addShutdownHook(new Thread(tempFiles::discardAll, "roster-temp-cleanup"));
        } catch (IllegalStateException shuttingDown) {
            // the process is already ending: nothing was written yet
        }
        return this;
    }

    public Messages messages() {
        return messages;
    }

    /**
     * Hears each write that was done but could not be logged (the window shows it where errors are, as the CLI
     * prints it); called on the writing thread. Returns a handle that removes the listener.
     */
    public Runnable onNotLogged(Consumer<ActivityRecorder.NotLogged> listener) {
        notLogged.add(listener);
        return () -> notLogged.remove(listener);
    }

    /**
     * Hears what the activity log says about itself (a line cut short by a crash, a damaged line), as the CLI
     * prints it; called on the reading or writing thread. Returns a handle that removes the listener.
     */
    public Runnable onActivityNotice(Consumer<String> listener) {
        activityNotices.add(listener);
        return () -> activityNotices.remove(listener);
    }
}
