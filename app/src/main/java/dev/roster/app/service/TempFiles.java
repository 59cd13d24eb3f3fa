package dev.roster.app.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;

/**
 * The temporary files of one run that must not outlive it. One instance per process (the CLI's context, the
 * console's) is handed to whatever writes beside a target; the process's shutdown hook calls
 * {@link #discardAll()}, so Ctrl-C or SIGTERM leaves no partial file. An instance registers no hook itself:
 * a hook added while the JVM is already shutting down throws, which is how a static registry once turned
 * Ctrl-C into a stack trace and a left-over {@code .part} file.
 *
 * <p>Creating, committing and discarding share one lock, so a discard that races a writer sees every file
 * the writer made: a file is either created and then removed by the discard, or never created.
 */
public final class TempFiles {
    /** Makes the temporary file (e.g. a sibling of the target). */
    @FunctionalInterface
    public interface Creation {
        Path create() throws IOException;
    }

    /** Moves a complete temporary file into place. */
    @FunctionalInterface
    public interface Commit {
        void run() throws IOException;
    }

    private final Set<Path> pending = new LinkedHashSet<>();
    private boolean discarded;

    /** Creates a temporary file and registers it in one step; refused once {@link #discardAll()} ran. */
    public synchronized Path create(Creation creation) throws IOException {
        refuseAfterDiscard();
        Path temp = creation.create();
        pending.add(temp);
        return temp;
    }

    /**
     * Runs the move of a complete file, then forgets it. Under the lock, so an interruption lands wholly before
     * the move (the target as it was) or after it (the target complete), never between.
     */
    public synchronized void commit(Path temp, Commit move) throws IOException {
        refuseAfterDiscard();
        move.run();
        pending.remove(temp);
    }

    /** Deletes the file (when still there) and forgets it. */
    public synchronized void discard(Path temp) {
        pending.remove(temp);
        deleteQuietly(temp);
    }

    /** Deletes every registered file; from then on nothing new is created here (the process is ending). */
    public synchronized void discardAll() {
        discarded = true;
        List<Path> all = new ArrayList<>(pending);
        pending.clear();
        all.forEach(TempFiles::deleteQuietly);
    }

    /** The files still registered (created, neither committed nor discarded). */
    public synchronized Set<Path> pending() {
        return Set.copyOf(pending);
    }

    private void refuseAfterDiscard() {
        if (discarded) {
            throw new CancellationException("interrupted: the run is ending, nothing more is written");
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // the folder went away or is read-only; nothing more can be done
        }
    }
}
