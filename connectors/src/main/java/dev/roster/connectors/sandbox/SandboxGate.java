package dev.roster.connectors.sandbox;

import dev.roster.connectors.files.FileLocks;
import dev.roster.connectors.files.PrivateFiles;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The gate between a Sandbox's server and the calls made to it, from any process: every call passes it
 * (a shared lock on {@code <home>/sandbox/calls}), and the process running the server closes it (an
 * exclusive lock) while it publishes or withdraws its endpoint and stops. So a server never stops under a
 * call: a caller that got through and still finds the endpoint it uses published knows the server will
 * answer, and a write's outcome is never left unknown because its server went away.
 *
 * <p>The locks are {@link FileLocks}': this JVM's read/write lock for the file, then the file lock, every wait
 * bounded. Closing is {@link FileLocks#exclusive}. Passing differs: the shared file lock is taken once for
 * all of this JVM's calls in flight (file locks belong to the whole JVM) and kept until the last of them
 * ends, so one gate per folder per JVM counts them (hence the static map).
 */
final class SandboxGate {
    /** How long a call waits for a server to finish starting or stopping, and a server for calls to finish. */
    static final long WAIT_MILLIS = 60_000;
    static final String FILE = "calls";
    private static final Duration WAIT = Duration.ofMillis(WAIT_MILLIS);
    private static final Map<Path, SandboxGate> GATES = new ConcurrentHashMap<>();

    private final Path file;
    private final ReentrantReadWriteLock inProcess;
    private FileChannel channel;
    private FileLock shared;
    private int callsInFlight;

    private SandboxGate(Path file) {
        this.file = file;
        this.inProcess = FileLocks.inProcess(file);
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
        try {
            FileLocks.exclusive(file, WAIT, () -> {
                action.run();
                return null;
            });
        } catch (IOException e) {
            throw new IOException("calls to the Sandbox in " + file.getParent() + " did not finish: " + e.getMessage(), e);
        }
    }

    /** Waits (bounded) while the server is starting or stopping, then holds the gate open until the pass is closed. */
    Pass enter() throws IOException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        try {
            FileLocks.lockInProcess(inProcess.readLock(), file, WAIT, deadline);
        } catch (IOException e) {
            throw new IOException("the Sandbox in " + file.getParent() + " did not finish starting or stopping: " + e.getMessage(), e);
        }
        try {
            // one thread at a time asks for the shared file lock: a second one must not ask for an overlapping one
            synchronized (this) {
                if (callsInFlight == 0) {
                    shared = FileLocks.acquire(channel(), file, true, WAIT, deadline);
                }
                callsInFlight++;
            }
        } catch (IOException e) {
            inProcess.readLock().unlock();
            throw new IOException("the Sandbox in " + file.getParent() + " did not finish starting or stopping: " + e.getMessage(), e);
        } catch (RuntimeException e) {
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

    private FileChannel channel() throws IOException {
        if (channel == null || !channel.isOpen()) {
            channel = PrivateFiles.open(file);
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
