package dev.roster.app;

import dev.roster.app.cli.Cli;
import dev.roster.app.main.ConsoleApp;

/**
 * The one entry point: no arguments opens the console, a subcommand runs the CLI. It is not itself a JavaFX
 * Application, which lets JavaFX run from the class path without the "unsupported configuration" warning.
 */
public final class Launcher {
    /** Held so the logger (and its filter) is not collected before JavaFX logs. */
    private static final java.util.logging.Logger JAVAFX_LOG = java.util.logging.Logger.getLogger("javafx");

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            // Roster runs JavaFX from the class path on purpose (one jar plus lib/); the start-up notice about it
            // is noise for an admin, so only that message is dropped.
            JAVAFX_LOG.setFilter(record -> record.getMessage() == null
                    || !record.getMessage().startsWith("Unsupported JavaFX configuration"));
            ConsoleApp.launch();
        } else {
            Cli.main(args);
        }
    }
}
