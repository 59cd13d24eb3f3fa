package dev.roster.connectors.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Roster's one way to replace a file so that readers, and a crash, see the old content or the new, never a
 * part: the bytes go to a temporary sibling created owner-only (0600), which is forced to disk, renamed over
 * the target in one step, and then the folder is forced too, so the rename itself survives a power cut.
 */
public final class AtomicFiles {
    /** rw-r--r--: what a new export outside the home gets, like a file any editor would save. */
    public static final Set<PosixFilePermission> SHARED = PosixFilePermissions.fromString("rw-r--r--");
    /** The suffix of temporary siblings; whoever owns a folder may delete leftovers of a crash by it. */
    public static final String TEMP_SUFFIX = ".part";

    private AtomicFiles() {
    }

    /** Writes the bytes produced by {@code content}. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** A new, empty, owner-only temporary sibling of {@code target} (same folder, so the final move is a rename). */
    public static Path temporarySibling(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        return PrivateFiles.createTempFile(dir, "." + target.getFileName() + ".", TEMP_SUFFIX);
    }

    public static void write(Path target, byte[] content) throws IOException {
        write(target, out -> out.write(content));
    }

    /** Replaces {@code target} (a new one is 0600; an existing one keeps its permissions) with what {@code content} writes. */
    public static void write(Path target, Content content) throws IOException {
        Path temp = temporarySibling(target);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                OutputStream out = Channels.newOutputStream(channel);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            rename(temp, target, null);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Forces the temporary file to disk, gives it the target's permissions (or {@code newFilePermissions} for
     * a new target; null keeps the temporary file's owner-only ones), renames it over the target and forces
     * the folder.
     */
    public static void moveIntoPlace(Path temp, Path target, Set<PosixFilePermission> newFilePermissions) throws IOException {
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        rename(temp, target, newFilePermissions);
    }

    private static void rename(Path temp, Path target, Set<PosixFilePermission> newFilePermissions) throws IOException {
        if (PrivateFiles.posix(temp.getFileSystem())) {
            Set<PosixFilePermission> permissions = Files.exists(target) ? Files.getPosixFilePermissions(target) : newFilePermissions;
            if (permissions != null) {
                // only ever to the target's own (or the caller's) permissions: never wider than what was there
                Files.setPosixFilePermissions(temp, permissions);
            }
        }
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        syncDirectory(target.toAbsolutePath().getParent());
    }

    /**
     * Forces a folder's entries (a created, renamed or deleted file) to disk. Linux and macOS allow it;
     * Windows cannot open a folder this way and commits renames itself, so failing here is ignored.
     */
    public static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException notSupported) {
            // nothing more can be done on this platform
        }
    }
}
