package dev.roster.app;

import dev.roster.app.cli.Cli;
import dev.roster.app.main.ConsoleApp;
import dev.roster.app.service.RosterHome;
import java.nio.file.Path;

/**
 * The one entry point: no subcommand ({@code roster} or {@code roster --home DIR}) opens the console on that
 * home, anything else runs the CLI. It is not itself a JavaFX
 * Application, which lets JavaFX run from the class path without the "unsupported configuration" warning.
 */
public final class Launcher {
    /** Held so the logger (and its filter) is not collected before JavaFX logs. */
    private static final java.util.logging.Logger JAVAFX_LOG = java.util.logging.Logger.getLogger("javafx");

    static final String LOG_DIR = "roster.logDir";

    private Launcher() {
    }

    /** {@code logs/} in the data folder of the home this run uses ({@code --home}, ROSTER_HOME or the platform's). */
    static Path logDirectory(String[] args) {
        return RosterHome.resolve(homeOption(args), System.getenv()).dataDir().resolve("logs");
    }

    /**
     * The folder given with {@code --home DIR} or {@code --home=DIR}; null without one, or when it is empty
     * (not the current folder: the CLI refuses an empty one, see {@link #opensConsole}).
     */
    static Path homeOption(String[] args) {
        Path home = null;
        for (int i = 0; i < args.length; i++) {
            String value = args[i].equals("--home") && i + 1 < args.length ? args[i + 1]
                    : args[i].startsWith("--home=") ? args[i].substring("--home=".length()) : null;
            if (value != null) {
                home = value.isBlank() ? null : Path.of(value);
            }
        }
        return home;
    }

    /**
     * Nothing but (at most) one {@code --home DIR}: the console. A subcommand, {@code --help}, an empty
     * {@code --home} or anything else: the CLI (which explains a usage error, exit code 2).
     */
    static boolean opensConsole(String[] args) {
        return args.length == 0
                || args.length == 1 && args[0].startsWith("--home=") && !args[0].substring("--home=".length()).isBlank()
                || args.length == 2 && args[0].equals("--home") && !args[1].isBlank();
    }

    public static void main(String[] args) {
        System.setProperty(LOG_DIR, logDirectory(args).toString());
        if (opensConsole(args)) {
            // Roster runs JavaFX from the class path on purpose (one jar plus lib/); the start-up notice about it
            // is noise for an admin, so only that message is dropped.
            JAVAFX_LOG.setFilter(record -> record.getMessage() == null
                    || !record.getMessage().startsWith("Unsupported JavaFX configuration"));
            ConsoleApp.launch(homeOption(args));
        } else {
            Cli.main(args);
        }
    }
}
