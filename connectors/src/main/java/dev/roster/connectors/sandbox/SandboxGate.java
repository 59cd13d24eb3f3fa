package dev.roster.connectors.sandbox;

import dev.roster.connectors.files.OwnerOnly;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The gate between a Sandbox's server and the calls made to it, from any process: every call passes it
 * (a shared lock on {@code <home>/sandbox/calls}), and the process running the server closes it (an
 * exclusive lock) while it publishes or withdraws its endpoint and stops. So a server never stops under a
 * call: a caller that got through and still finds the endpoint it uses published knows the server will
 * answer, and a write's outcome is never left unknown because its server went away.
 *
 * <p>File locks belong to the whole JVM and may not overlap inside it, so one gate per folder per JVM
 * (hence the static map, which mirrors the operating system's per-process locks) adds an in-process
 * read/write lock and takes the file lock once for all of this JVM's calls in flight. Every wait is bounded.
 */
final class SandboxGate {
    /** How long a call waits for a server to finish starting or stopping, and a server for calls to finish. */
    static final long WAIT_MILLIS = 60_000;
    static final String FILE = "calls";
    private static final long POLL_MILLIS = 10;
    private static final Map<Path, SandboxGate> GATES = new ConcurrentHashMap<>();

    private final Path file;
    private final ReentrantReadWriteLock inProcess = new ReentrantReadWriteLock();
    private FileChannel channel;
    private FileLock shared;
    private int callsInFlight;

    private SandboxGate(Path file) {
        this.file = file;
    }

    static SandboxGate of(Path dir) {
        return GATES.computeIfAbsent(dir.toAbsolutePath().normalize(), d -> new SandboxGate(d.resolve(FILE)));
    }

    /** Something done with the gate closed. */
    interface Closed {
        void run() throws IOException;
    }

    /** One call through the gate; closing it lets the server stop again. Close it on the thread that entered. */
    interface Pass extends AutoCloseable {
        @Override
        void close();
    }

    /** Waits (bounded) until no call of any process is in flight and none can start, then runs {@code action}. */
    void closed(Closed action) throws IOException {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        if (!tryLock(inProcess.writeLock(), deadline)) {
            throw new IOException("calls to the Sandbox in " + file.getParent() + " in this process did not finish within "
                    + WAIT_MILLIS / 1000 + " s");
        }
        try {
            FileLock exclusive = fileLock(false, deadline);
            try {
                action.run();
            } finally {
                exclusive.release();
            }
        } finally {
            inProcess.writeLock().unlock();
        }
    }

    /** Waits (bounded) while the server is starting or stopping, then holds the gate open until the pass is closed. */
    Pass enter() throws IOException {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        if (!tryLock(inProcess.readLock(), deadline)) {
            throw new IOException("the Sandbox in " + file.getParent() + " did not finish starting or stopping within "
                    + WAIT_MILLIS / 1000 + " s");
        }
        try {
            synchronized (this) {
                if (callsInFlight == 0) {
                    shared = fileLock(true, deadline);
                }
                callsInFlight++;
            }
        } catch (IOException | RuntimeException e) {
            inProcess.readLock().unlock();
            throw e;
        }
        return new Pass() {
            private boolean closed;

            @Override
            public void close() {
                if (closed) {
                    return;
                }
                closed = true;
                leave();
            }
        };
    }

    private void leave() {
        try {
            synchronized (this) {
                if (--callsInFlight == 0) {
                    release(shared);
                    shared = null;
                }
            }
        } finally {
            inProcess.readLock().unlock();
        }
    }

    private static boolean tryLock(java.util.concurrent.locks.Lock lock, long deadline) throws IOException {
        try {
            return lock.tryLock(Math.max(0, deadline - System.currentTimeMillis()), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the Sandbox", e);
        }
    }

    /** Polls for the file lock: {@link FileChannel#lock()} would wait without a bound. */
    private synchronized FileLock fileLock(boolean sharedLock, long deadline) throws IOException {
        while (true) {
            try {
                FileLock lock = channel().tryLock(0, Long.MAX_VALUE, sharedLock);
                if (lock != null) {
                    return lock;
                }
            } catch (OverlappingFileLockException cannotHappen) {
                // the in-process lock keeps this JVM's own locks from overlapping; treat it as busy all the same
            }
            if (System.currentTimeMillis() > deadline) {
                throw new IOException((sharedLock ? "the Sandbox in " + file.getParent() + " did not finish starting or stopping"
                        : "calls to the Sandbox in " + file.getParent() + " from other processes did not finish")
                        + " within " + WAIT_MILLIS / 1000 + " s");
            }
            try {
                // sleeping with the monitor held: a second caller must not poll for an overlapping lock meanwhile
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for the Sandbox", e);
            }
        }
    }

    private FileChannel channel() throws IOException {
        if (channel == null || !channel.isOpen()) {
            channel = FileChannel.open(file, Set.of(StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE),
                    OwnerOnly.file(file));
        }
        return channel;
    }

    private static void release(FileLock lock) {
        try {
            lock.release();
        } catch (IOException e) {
            // the channel stays open for the life of the JVM; a failed release only happens when it was closed
        }
    }
}
