package dev.roster.app.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Temporary files that must not outlive an interrupted run: Ctrl-C runs the JVM's shutdown hooks, and this
 * one deletes whatever is still registered, so an export cut short leaves no partial file behind.
 */
public final class TempFiles {
    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TempFiles::discardAll, "roster-temp-cleanup"));
    }

    private TempFiles() {
    }

    public static Path register(Path temp) {
        PENDING.add(temp);
        return temp;
    }

    /** Deletes the file (when still there) and forgets it. */
    public static void discard(Path temp) {
        PENDING.remove(temp);
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // the folder went away or is read-only; nothing more can be done
        }
    }

    /** Forgets a file that was moved into place. */
    public static void release(Path temp) {
        PENDING.remove(temp);
    }

    public static void discardAll() {
        PENDING.forEach(TempFiles::discard);
    }
}
