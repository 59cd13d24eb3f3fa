package dev.roster.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.app.cli.Cli;
import dev.roster.app.cli.CliContext;
import dev.roster.app.main.ConsoleApp;
import dev.roster.app.service.secret.NoKeychainSecretStore;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LauncherTest {
    @Test
    void theLogGoesToTheDataFolderOfTheHomeTheRunUses() {
        assertThat(Launcher.logDirectory(new String[] {"--home", "/srv/roster", "groups", "list"}))
                .isEqualTo(Path.of("/srv/roster/logs"));
        assertThat(Launcher.logDirectory(new String[] {"--home=/srv/other", "capabilities"}))
                .isEqualTo(Path.of("/srv/other/logs"));
        assertThat(Launcher.logDirectory(new String[] {"capabilities"}).getFileName()).isEqualTo(Path.of("logs"));
    }

    @Test
    void noSubcommandOpensTheConsoleWithOrWithoutAHome() {
        assertThat(Launcher.opensConsole(new String[] {})).isTrue();
        assertThat(Launcher.opensConsole(new String[] {"--home", "/srv/roster"})).isTrue();
        assertThat(Launcher.opensConsole(new String[] {"--home=/srv/roster"})).isTrue();
    }

    @Test
    void aSubcommandOrAnyOtherOptionRunsTheCli() {
        assertThat(Launcher.opensConsole(new String[] {"--home", "/srv/roster", "groups", "list"})).isFalse();
        assertThat(Launcher.opensConsole(new String[] {"--help"})).isFalse();
        assertThat(Launcher.opensConsole(new String[] {"--home", "/srv/roster", "--version"})).isFalse();
        // "--home" with its folder missing is a usage error for the CLI to explain, not a console on nowhere
        assertThat(Launcher.opensConsole(new String[] {"--home"})).isFalse();
    }

    @Test
    void theConsoleIsHandedTheHomeFolderGiven() {
        assertThat(Launcher.homeOption(new String[] {"--home", "/srv/roster"})).isEqualTo(Path.of("/srv/roster"));
        assertThat(Launcher.homeOption(new String[] {"--home=/srv/other"})).isEqualTo(Path.of("/srv/other"));
        assertThat(Launcher.homeOption(new String[] {})).isNull();
        assertThat(ConsoleApp.homeParameter(List.of("--home=/srv/roster"))).isEqualTo(Path.of("/srv/roster"));
        assertThat(ConsoleApp.homeParameter(List.of())).isNull();
    }

    /** README: exit code 2 is "usage or validation (nothing sent)". */
    private static final int USAGE = 2;

    @Test
    void anEmptyHomeIsAUsageErrorForTheConsoleAndTheCliNotTheCurrentFolder() {
        List<String[]> empty = List.of(new String[] {"--home="}, new String[] {"--home", ""}, new String[] {"--home", "  "},
                new String[] {"--home=", "capabilities"}, new String[] {"--home", "", "groups", "list"});
        for (String[] args : empty) {
            String shown = String.join(" ", args);
            // not the console on Path.of(""): the CLI says what is wrong
            assertThat(Launcher.opensConsole(args)).as(shown).isFalse();
            assertThat(Launcher.logDirectory(args).isAbsolute()).as(shown).isTrue();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            CliContext context = new CliContext(Map.of(), new ByteArrayInputStream(new byte[0]),
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                    false, false, label -> null, question -> false, () -> new NoKeychainSecretStore("launcher test"));
            assertThat(Cli.execute(context, args)).as(shown).isEqualTo(USAGE);
            assertThat(err.toString(StandardCharsets.UTF_8)).as(shown).contains("--home needs a folder");
            assertThat(out.toString(StandardCharsets.UTF_8)).as(shown).isEmpty();
        }
    }

    @Test
    void aHomeThatIsNoPathIsAUsageErrorToo() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CliContext context = new CliContext(Map.of(), new ByteArrayInputStream(new byte[0]), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8), false, false, label -> null, question -> false,
                () -> new NoKeychainSecretStore("launcher test"));
        assertThat(Cli.execute(context, "--home", "a\0b", "capabilities")).isEqualTo(USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--home");
    }
}
