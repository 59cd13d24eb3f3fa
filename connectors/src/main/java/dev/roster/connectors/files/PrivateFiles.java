package dev.roster.connectors.files;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Roster's one way to create what it keeps under its home (the app's files and the Sandbox's alike).
 * Folders and files under the Roster home are the user's alone: folders 0700, files 0600, given at creation
 * (so no other user can open them in between) whatever the umask. A umask can only take bits away; where it
 * took the owner's own, they are put back, which never widens access for anyone else. On a file system
 * without POSIX permissions (Windows) the new file or folder gets an ACL for its owner only, best effort.
 * Existing folders and files are left as they are: a user who loosened them chose to.
 */
public final class PrivateFiles {
    public static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private PrivateFiles() {
    }

    /** Creates {@code dir} and any missing folder above it, each 0700; returns {@code dir}. */
    public static Path createDirectories(Path dir) throws IOException {
        Path absolute = dir.toAbsolutePath();
        List<Path> missing = new ArrayList<>();
        for (Path p = absolute; p != null && !Files.isDirectory(p); p = p.getParent()) {
            missing.addFirst(p);
        }
        for (Path folder : missing) {
            try {
                Files.createDirectory(folder, attributes(folder, FOLDER));
                restrict(folder, FOLDER);
            } catch (FileAlreadyExistsException raced) {
                if (!Files.isDirectory(folder)) {
                    throw raced;
                }
            }
        }
        return dir;
    }

    /** Creates an empty 0600 file when there is none (its folder too); an existing file is left alone. */
    public static Path createFileIfMissing(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            createDirectories(parent);
        }
        try {
            Files.createFile(file, attributes(file, FILE));
            restrict(file, FILE);
        } catch (FileAlreadyExistsException exists) {
            // kept as it is
        }
        return file;
    }

    /** Opens {@code file} to read and write, creating it 0600 (and its folder 0700) when missing. */
    public static FileChannel open(Path file) throws IOException {
        createFileIfMissing(file);
        return FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
    }

    /**
     * Creates {@code file}, which must not exist, 0600 and opens it with {@code options} (WRITE and/or READ;
     * CREATE and CREATE_NEW are implied).
     */
    public static FileChannel createNew(Path file, StandardOpenOption... options) throws IOException {
        Files.createFile(file, attributes(file, FILE));
        restrict(file, FILE);
        return FileChannel.open(file, options);
    }

    /** A new, empty 0600 file in {@code dir} named {@code prefix...suffix} (see {@link Files#createTempFile}). */
    public static Path createTempFile(Path dir, String prefix, String suffix) throws IOException {
        Path temp = Files.createTempFile(dir, prefix, suffix, attributes(dir, FILE));
        restrict(temp, FILE);
        return temp;
    }

    /** Whether files here have POSIX permissions (else they have ACLs, or nothing Roster can set). */
    public static boolean posix(FileSystem fs) {
        return fs.supportedFileAttributeViews().contains("posix");
    }

    private static boolean posix(Path path) throws IOException {
        Path existing = path.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing != null && Files.getFileStore(existing).supportsFileAttributeView(PosixFileAttributeView.class);
    }

    private static FileAttribute<?>[] attributes(Path path, Set<PosixFilePermission> permissions) throws IOException {
        return posix(path) ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)} : new FileAttribute<?>[0];
    }

    /** Just after creation: the umask's cut undone on POSIX, an owner-only ACL elsewhere. */
    private static void restrict(Path path, Set<PosixFilePermission> permissions) throws IOException {
        PosixFileAttributeView posix = Files.getFileAttributeView(path, PosixFileAttributeView.class);
        if (posix != null) {
            if (!posix.readAttributes().permissions().equals(permissions)) {
                posix.setPermissions(permissions);
            }
            return;
        }
        AclFileAttributeView acl = Files.getFileAttributeView(path, AclFileAttributeView.class);
        if (acl == null) {
            return;
        }
        try {
            UserPrincipal owner = acl.getOwner();
            acl.setAcl(List.of(AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(owner)
                    .setPermissions(EnumSet.allOf(AclEntryPermission.class)).build()));
        } catch (IOException | UnsupportedOperationException | SecurityException bestEffort) {
            // the file system keeps its inherited ACL; POSIX systems are where this is enforced and tested
        }
    }
}
