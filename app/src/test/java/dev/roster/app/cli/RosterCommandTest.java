package dev.roster.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RosterCommandTest {
    @TempDir
    Path home;

    @Test
    void helpSaysThatNoSubcommandOpensTheConsole() {
        CliRunner.Result help = new CliRunner(home).run("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("Without a subcommand, roster opens the console")
                .contains("roster --home DIR");
    }
}
