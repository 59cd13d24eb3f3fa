package dev.roster.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
}
