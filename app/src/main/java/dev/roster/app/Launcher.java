package dev.roster.app;

import dev.roster.app.cli.Cli;

/** The one entry point: a subcommand runs the CLI; no arguments will open the console. */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        Cli.main(args.length == 0 ? new String[] {"--help"} : args);
    }
}
