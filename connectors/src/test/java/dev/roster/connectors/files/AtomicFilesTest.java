package dev.roster.connectors.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void aNewFileHasTheContentAndIsOwnerOnly() throws IOException {
        Path target = dir.resolve("new.json");

        AtomicFiles.write(target, "{}".getBytes(StandardCharsets.UTF_8));

        assertThat(Files.readString(target)).isEqualTo("{}");
        assertPermissions(target, "rw-------");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void theTemporaryFileIsOwnerOnlyFromItsCreation() throws IOException {
        Path temp = AtomicFiles.temporarySibling(dir.resolve("export.csv"));

        assertThat(temp.getParent()).isEqualTo(dir.toAbsolutePath());
        assertPermissions(temp, "rw-------");
    }

    @Test
    void replacingAFileKeepsItsPermissions() throws IOException {
        assumeThat(dir.getFileSystem().supportedFileAttributeViews()).contains("posix");
        Path target = Files.writeString(dir.resolve("shared.csv"), "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r-----"));

        AtomicFiles.write(target, "new".getBytes(StandardCharsets.UTF_8));

        assertThat(Files.readString(target)).isEqualTo("new");
        assertPermissions(target, "rw-r-----");
    }

    @Test
    void aWriteThatFailsLeavesTheOldContentAndNoTemporaryFile() throws IOException {
        Path target = Files.writeString(dir.resolve("kept.json"), "old");

        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).hasMessage("disk full");

        assertThat(Files.readString(target)).isEqualTo("old");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void ownerOnlyFoldersAreMadeWithTheirParents() throws IOException {
        Path nested = PrivateFiles.createDirectories(dir.resolve("a").resolve("b"));

        assertPermissions(nested, "rwx------");
        assertPermissions(nested.getParent(), "rwx------");
    }

    private Stream<String> leftovers() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(AtomicFiles.TEMP_SUFFIX)).toList().stream();
        }
    }

    private static void assertPermissions(Path path, String expected) throws IOException {
        if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(path))).as(path.toString()).isEqualTo(expected);
        }
    }
}
