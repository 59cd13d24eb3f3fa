package dev.roster.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.app.main.ConsoleApp;
import java.nio.file.Path;
import java.util.List;
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
}
