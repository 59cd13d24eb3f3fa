package dev.roster.app.service;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file so that readers see the old content or the new, never a part: the bytes go to a temporary
 * file beside the target, are forced to disk, then moved over it in one step.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** A temporary sibling of {@code target} (same folder, so the final move is a rename). */
    public static Path temporarySibling(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        return Files.createTempFile(dir, "." + target.getFileName() + ".", ".part");
    }

    public static void write(Path target, byte[] content) throws IOException {
        Path temp = temporarySibling(target);
        try {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                out.write(content);
            }
            moveIntoPlace(temp, target, null);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** rw-r--r--: what a new export gets, like a file any editor would save (the temp file starts as rw-------). */
    public static final Set<PosixFilePermission> SHARED = PosixFilePermissions.fromString("rw-r--r--");

    /**
     * Forces the temporary file to disk, gives it the target's permissions (or {@code newFilePermissions} for a
     * new target; null keeps the temporary file's owner-only ones), then renames it over the target.
     */
    public static void moveIntoPlace(Path temp, Path target, Set<PosixFilePermission> newFilePermissions) throws IOException {
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        if (Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Set<PosixFilePermission> permissions = Files.exists(target) ? Files.getPosixFilePermissions(target) : newFilePermissions;
            if (permissions != null) {
                Files.setPosixFilePermissions(temp, permissions);
            }
        }
        rename(temp, target);
    }

    private static void rename(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
