package dev.roster.app.cli;

import dev.roster.app.service.ConnectionStore;
import dev.roster.app.service.Connections;
import dev.roster.app.service.RosterHome;
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
    private final Function<String, String> secretPrompt;
    private final Function<String, Boolean> confirm;
    private final Supplier<SecretStore> secretStores;
    private Path homeOption;
    private Connections connections;
    private ActivityLog activityLog;

    public CliContext(Map<String, String> env, InputStream in, PrintStream out, PrintStream err, boolean interactive,
                      Function<String, String> secretPrompt, Function<String, Boolean> confirm, Supplier<SecretStore> secretStores) {
        this.env = Map.copyOf(env);
        this.in = in;
        this.out = out;
        this.err = err;
        this.interactive = interactive;
        this.secretPrompt = secretPrompt;
        this.confirm = confirm;
        this.secretStores = secretStores;
    }

    /** The real process: System streams, the console for prompts, the OS keychain. */
    public static CliContext system() {
        java.io.Console console = System.console();
        boolean interactive = console != null && console.isTerminal();
        return new CliContext(System.getenv(), System.in, System.out, System.err, interactive,
                label -> {
                    char[] typed = console == null ? null : console.readPassword("%s: ", label);
                    return typed == null ? null : new String(typed);
                },
                question -> {
                    String answer = console == null ? null : console.readLine("%s [y/N] ", question);
                    return answer != null && answer.strip().toLowerCase(java.util.Locale.ROOT).matches("y|yes");
                },
                KeychainSecretStore::system);
    }

    void homeOption(Path home) {
        this.homeOption = home;
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
                    ConnectorRegistry.load(), env::get);
        }
        return connections;
    }

    public synchronized ActivityRecorder activity() {
        if (activityLog == null) {
            activityLog = new ActivityLog(home().activityLog());
        }
        return new ActivityRecorder(activityLog, Clock.systemUTC(), warning -> err.println("roster: warning: " + warning));
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

    public boolean interactive() {
        return interactive;
    }

    public String promptSecret(String label) {
        return secretPrompt.apply(label);
    }

    public boolean confirm(String question) {
        return confirm.apply(question);
    }
}
