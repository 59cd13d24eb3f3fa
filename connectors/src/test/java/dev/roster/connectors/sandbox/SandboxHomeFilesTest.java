package dev.roster.connectors.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.roster.connectors.UnifiedDirectory;
import dev.roster.connectors.model.GroupInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Sandbox's files hold users' password hashes and its own bind password: owner-only on POSIX file
 * systems (issue 21), the folder 0700 and every file in it 0600, whatever the process's umask.
 */
class SandboxHomeFilesTest {
    @TempDir
    Path home;

    @Test
    void theSandboxFolderAndEveryFileInItAreOwnerOnly() throws IOException {
        assumeThat(home.getFileSystem().supportedFileAttributeViews()).contains("posix");
        SandboxServer server = SandboxFixture.start(home);
        try {
            try (UnifiedDirectory directory = SandboxFixture.connect(server.endpoint())) {
                directory.createGroup(new GroupInput("Journalled", null, null, null));
            }
            // a checkpoint while running: a second snapshot written the way every later one is
            server.store().checkpoint();
            assertOwnerOnly(home.resolve("sandbox"));
        } catch (com.unboundid.ldap.sdk.LDAPException e) {
            throw new AssertionError(e);
        } finally {
            server.close();
        }
        assertOwnerOnly(home.resolve("sandbox"));
    }

    /**
     * A umask takes bits away from what a file is created with: 000 would leave a careless 0644 readable by
     * all, 0277 takes the owner's own write bit from a 0600 file (and the Sandbox could not write its journal).
     * Either way the folder must come out 0700 and every file 0600.
     */
    @ParameterizedTest
    @ValueSource(strings = {"000", "0277"})
    void theSandboxFilesAreOwnerOnlyAndWritableWhateverTheUmask(String umask) throws Exception {
        assumeThat(home.getFileSystem().supportedFileAttributeViews()).contains("posix");
        try (ChildJvm child = ChildJvm.startWithUmask(umask, SandboxUmaskChild.class, home.toString())) {
            assertThat(child.linesUntil("OK")).as("what the child reported").isEmpty();
            assertThat(child.exitCode()).isZero();
        }
        assertOwnerOnly(home.resolve("sandbox"));
    }

    private static void assertOwnerOnly(Path dir) throws IOException {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).as(dir.toString()).isEqualTo("rwx------");
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.toList();
        }
        assertThat(files).extracting(p -> p.getFileName().toString())
                .contains(SandboxCredentials.FILE)
                .anyMatch(n -> n.startsWith("snapshot-"))
                .anyMatch(n -> n.startsWith("journal-"));
        for (Path file : files) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).as(file.toString()).isEqualTo("rw-------");
        }
    }
}
