package dev.roster.connectors.files;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Folders 0700 and files 0600 for what Roster keeps under its home, set when they are created (never
 * after, so there is no moment where another local user could open them), whatever the umask. Where the
 * file system has no POSIX permissions (Windows) the per-user profile folder already keeps others out, and
 * these are plain creations.
 */
public final class OwnerOnly {
    private static final FileAttribute<?>[] NONE = new FileAttribute<?>[0];

    private OwnerOnly() {
    }

    /** The attributes that make a new file rw------- here; none where POSIX is not supported. */
    public static FileAttribute<?>[] file(Path where) {
        return posix(where.getFileSystem())
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                : NONE;
    }

    /** The attributes that make a new folder rwx------ here; none where POSIX is not supported. */
    public static FileAttribute<?>[] folder(Path where) {
        return posix(where.getFileSystem())
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))}
                : NONE;
    }

    /**
     * Creates {@code dir} and any missing parents as owner-only folders. The JDK applies the attribute with
     * the umask; a restrictive attribute stays restrictive under any umask, so no chmod afterwards is needed.
     */
    public static Path directories(Path dir) throws IOException {
        return Files.createDirectories(dir, folder(dir));
    }

    static boolean posix(FileSystem fs) {
        return fs.supportedFileAttributeViews().contains("posix");
    }
}
