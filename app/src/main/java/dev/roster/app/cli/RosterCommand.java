package dev.roster.app.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code roster}: the root; every operation is a subcommand. */
@Command(name = "roster", mixinStandardHelpOptions = true, version = "Roster 0.1.0",
        description = {"Work user directories (LDAP, the Sandbox ...) through one unified user-directory API.",
                "Without a subcommand, roster opens the console: 'roster' on the default home, 'roster --home DIR' on DIR."},
        subcommands = {ConnectionsCommand.class, GroupsCommand.class, UsersCommand.class, ExportCommand.class,
                CapabilitiesCommand.class},
        footer = {"", "Exit codes: 0 ok, 2 usage or validation (nothing sent), 3 the directory said no,",
                "4 transport or protocol failure, 5 interrupted,",
                "6 a local problem (a home file damaged or unreadable, the disk full, out of memory)."})
final class RosterCommand implements Runnable {
    private final CliContext context;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    RosterCommand(CliContext context) {
        this.context = context;
    }

    @Option(names = "--home", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Roster home: connections, Sandbox, activity log (default: $ROSTER_HOME, else the platform folders).")
    void home(String home) {
        // Path.of("") is the current folder: an empty --home (a variable that was not set) must not mean that
        if (home.isBlank()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--home needs a folder: --home DIR or --home=DIR (leave it out for $ROSTER_HOME or the platform folders)");
        }
        try {
            context.homeOption(Path.of(home));
        } catch (java.nio.file.InvalidPathException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--home " + e.getMessage());
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(context.out());
    }
}
