package dev.roster.app;

import dev.roster.app.cli.Cli;
import dev.roster.app.main.ConsoleApp;

/**
 * The one entry point: no arguments opens the console, a subcommand runs the CLI. It is not itself a JavaFX
 * Application, which lets JavaFX run from the class path without the "unsupported configuration" warning.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            ConsoleApp.launch();
        } else {
            Cli.main(args);
        }
    }
}
