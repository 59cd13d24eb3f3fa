package dev.roster.connectors.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RosterHomeTest {

    @Test
    void theEnvironmentVariableWinsEverywhere() {
        assertThat(RosterHome.resolve(Map.of("ROSTER_HOME", "/data/roster"), "Linux", "/home/ann")).isEqualTo(Path.of("/data/roster"));
        assertThat(RosterHome.resolve(Map.of("ROSTER_HOME", "/data/roster"), "Mac OS X", "/Users/ann"))
                .isEqualTo(Path.of("/data/roster"));
    }

    @Test
    void linuxUsesXdgDataHomeWhenAbsolute() {
        assertThat(RosterHome.resolve(Map.of("XDG_DATA_HOME", "/home/ann/.data"), "Linux", "/home/ann"))
                .isEqualTo(Path.of("/home/ann/.data/roster"));
        assertThat(RosterHome.resolve(Map.of("XDG_DATA_HOME", "relative/dir"), "Linux", "/home/ann"))
                .isEqualTo(Path.of("/home/ann/.local/share/roster"));
        assertThat(RosterHome.resolve(Map.of(), "Linux", "/home/ann")).isEqualTo(Path.of("/home/ann/.local/share/roster"));
    }

    @Test
    void macOsUsesApplicationSupport() {
        assertThat(RosterHome.resolve(Map.of(), "Mac OS X", "/Users/ann"))
                .isEqualTo(Path.of("/Users/ann/Library/Application Support/Roster"));
    }

    @Test
    void windowsUsesAppData() {
        assertThat(RosterHome.resolve(Map.of("APPDATA", "/c/Users/ann/AppData/Roaming"), "Windows 11", "/c/Users/ann"))
                .isEqualTo(Path.of("/c/Users/ann/AppData/Roaming", "Roster"));
        assertThat(RosterHome.resolve(Map.of(), "Windows 11", "/c/Users/ann"))
                .isEqualTo(Path.of("/c/Users/ann", "AppData", "Roaming", "Roster"));
    }
}
