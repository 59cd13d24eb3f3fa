package dev.roster.app.cli;

import dev.roster.app.service.ConnectionStore;
import dev.roster.app.service.Connections;
import dev.roster.app.service.RosterHome;
import dev.roster.app.service.TempFiles;
import dev.roster.app.service.activity.ActivityLog;
import dev.roster.app.service.activity.ActivityRecorder;
import dev.roster.app.service.secret.KeychainSecretStore;
import dev.roster.app.service.secret.SecretStore;
import dev.roster.connectors.ConnectorRegistry;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What commands need from the outside world, passed in so that tests run the CLI in-process: the
 * environment, the streams, whether a person is at a terminal, how to ask for a secret, the keychain.
 * Services are built on first use, after {@code --home} has been parsed.
 */
public final class CliContext {
    private final Map<String, String> env;
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean interactive;
    private final boolean stderrTerminal;
    private final Function<String, String> secretPrompt;
    private final Function<String, Boolean> confirm;
    private final Supplier<SecretStore> secretStores;
    private final TempFiles tempFiles = new TempFiles();
    private Path homeOption;
    private ConnectorRegistry registry;
    private Connections connections;
    private ActivityLog activityLog;

    public CliContext(Map<String, String> env, InputStream in, PrintStream out, PrintStream err, boolean interactive,
                      boolean stderrTerminal, Function<String, String> secretPrompt, Function<String, Boolean> confirm,
                      Supplier<SecretStore> secretStores) {
        this.env = Map.copyOf(env);
        this.in = in;
        this.out = out;
        this.err = err;
        this.interactive = interactive;
        this.stderrTerminal = stderrTerminal;
        this.secretPrompt = secretPrompt;
        this.confirm = confirm;
        this.secretStores = secretStores;
    }

    /**
     * The real process: System streams, the console for prompts, the OS keychain. Java cannot tell which of
     * the three streams is a terminal, so the launcher script says ({@code roster.stdin.tty},
     * {@code roster.stderr.tty}); prompts need stdin at a terminal, the plain-sentence error line stderr.
     */
    public static CliContext system() {
        java.io.Console console = System.console();
        boolean both = console != null && console.isTerminal();
        boolean stdinTerminal = Boolean.parseBoolean(System.getProperty("roster.stdin.tty", String.valueOf(both)));
        boolean stderrTerminal = Boolean.parseBoolean(System.getProperty("roster.stderr.tty", String.valueOf(both)));
        return new CliContext(System.getenv(), System.in, System.out, System.err, stdinTerminal, stderrTerminal,
                label -> {
                    // without a Console (stdout redirected) typing could not be hidden: no prompt then
                    if (console == null) {
                        throw dev.roster.connectors.DirectoryException.validation(
                                "a secret can only be typed with stdin and stdout on a terminal; use env:VARIABLE");
                    }
                    char[] typed = console.readPassword("%s: ", label);
                    return typed == null ? null : new String(typed);
                },
                question -> {
                    System.err.print(question + " [y/N] ");
                    System.err.flush();
                    String answer;
                    try {
                        answer = new java.io.BufferedReader(new java.io.InputStreamReader(System.in)).readLine();
                    } catch (java.io.IOException e) {
                        answer = null;
                    }
                    return answer != null && answer.strip().toLowerCase(java.util.Locale.ROOT).matches("y|yes");
                },
                KeychainSecretStore::system);
    }

    void homeOption(Path home) {
        this.homeOption = home;
    }

    /**
     * The connector types to offer instead of the class path's (tests: a type declaring what no shipped one
     * does; an embedder: its own). Before the first command only.
     */
    public synchronized CliContext withRegistry(ConnectorRegistry types) {
        if (connections != null) {
            throw new IllegalStateException("the connections are already open");
        }
        this.registry = types;
        return this;
    }

    public RosterHome home() {
        try {
            return RosterHome.resolve(homeOption, env).ensureExists();
        } catch (java.io.UncheckedIOException e) {
            throw dev.roster.connectors.DirectoryException.validation(e.getMessage() + "; choose another --home or ROSTER_HOME");
        }
    }

    public synchronized Connections connections() {
        if (connections == null) {
            RosterHome home = home();
            connections = new Connections(home, new ConnectionStore(home.connectionsFile()), secretStores.get(),
                    registry != null ? registry : ConnectorRegistry.load(), env::get);
            // a lost change or a recovery is the user's to know, not only the log's
            connections.onWarning(warning -> err.println("roster: warning: " + warning));
        }
        return connections;
    }

    /**
     * Before the process halts: stops, within {@code bound}, what its connectors run for other processes (a
     * Sandbox this process owns), letting their calls in flight finish. Nothing when no connection was made.
     */
    public void stopBeforeHalt(java.time.Duration bound) {
        Connections made;
        synchronized (this) {
            made = connections;
        }
        if (made != null) {
            made.registry().stopBeforeHalt(bound);
        }
    }

    public synchronized ActivityRecorder activity() {
        if (activityLog == null) {
            activityLog = new ActivityLog(home().activityLog(), notice -> err.println("roster: warning: " + notice));
        }
        return new ActivityRecorder(activityLog, Clock.systemUTC(), warning -> err.println("roster: warning: " + warning.text()));
    }

    /** This run's temporary files; the real process's shutdown hook discards them (see {@link Cli#main}). */
    public TempFiles tempFiles() {
        return tempFiles;
    }

    public PrintStream out() {
        return out;
    }

    public PrintStream err() {
        return err;
    }

    public InputStream in() {
        return in;
    }

    public BufferedReader reader() {
        return new BufferedReader(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }

    /** A person can answer prompts: stdin is a terminal. */
    public boolean interactive() {
        return interactive;
    }

    /** A person reads stderr: errors get a plain sentence before the JSON. */
    public boolean stderrTerminal() {
        return stderrTerminal;
    }

    public String promptSecret(String label) {
        return secretPrompt.apply(label);
    }

    public boolean confirm(String question) {
        return confirm.apply(question);
    }
}
