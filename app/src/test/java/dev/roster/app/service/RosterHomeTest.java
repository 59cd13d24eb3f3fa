package dev.roster.app.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RosterHomeTest {
    @TempDir
    Path dir;

    private static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    @Test
    void aNewHomeAndTheFoldersAboveItThatRosterCreatesAreTheUsersAlone() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        RosterHome single = RosterHome.of(dir.resolve("new/home")).ensureExists();
        assertThat(mode(dir.resolve("new/home"))).isEqualTo("rwx------");
        assertThat(mode(dir.resolve("new"))).isEqualTo("rwx------");

        RosterHome split = RosterHome.resolve(null, Map.of("XDG_CONFIG_HOME", dir.resolve("cfg").toString(),
                "XDG_DATA_HOME", dir.resolve("data").toString()));
        if (split.configDir().startsWith(dir)) { // XDG folders apply on Linux and the BSDs
            split.ensureExists();
            assertThat(mode(dir.resolve("cfg/roster"))).isEqualTo("rwx------");
            assertThat(mode(dir.resolve("data/roster"))).isEqualTo("rwx------");
        }
        assertThat(single.configDir()).isEqualTo(dir.resolve("new/home"));
    }

    @Test
    void anExistingFolderIsLeftAsTheUserSetIt() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Path shared = Files.createDirectory(dir.resolve("shared"));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxr-x---"));
        RosterHome.of(shared).ensureExists();
        assertThat(mode(shared)).isEqualTo("rwxr-x---");
    }
}
