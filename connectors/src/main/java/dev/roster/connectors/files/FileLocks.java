package dev.roster.connectors.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Roster's one way to keep other processes, and this process's other threads, off a file while it changes
 * it. An operating-system file lock belongs to the whole JVM and may not be taken twice inside it, so every
 * lock file has one in-process read/write lock per JVM (taken first), and then the file lock. Every wait is
 * bounded: {@link FileChannel#lock()} would wait for ever on a holder that was suspended (Ctrl-Z, SIGSTOP)
 * or hangs, so the file lock is polled with a growing pause, and past the bound the caller gets an error
 * naming the lock file and, where it can be told, the process holding it.
 *
 * <p>Whoever holds the lock exclusively writes its pid into the lock file (which holds nothing else), so
 * a waiter can name it.
 */
public final class FileLocks {
    private static final long FIRST_PAUSE_MILLIS = 2;
    private static final long LONGEST_PAUSE_MILLIS = 100;
    private static final Map<Path, ReentrantReadWriteLock> IN_PROCESS = new ConcurrentHashMap<>();

    private FileLocks() {
    }

    /** Work done with the lock held. */
    public interface Locked<T> {
        T run() throws IOException;
    }

    /** This JVM's lock for {@code lockFile}: the same object for every caller naming that file. */
    public static ReentrantReadWriteLock inProcess(Path lockFile) {
        return IN_PROCESS.computeIfAbsent(key(lockFile), p -> new ReentrantReadWriteLock());
    }

    /**
     * Runs {@code action} holding this JVM's write lock for {@code lockFile} and an exclusive file lock on it
     * (the file is created 0600 when missing), waiting at most {@code wait} for both together.
     */
    public static <T> T exclusive(Path lockFile, Duration wait, Locked<T> action) throws IOException {
        long deadline = System.nanoTime() + wait.toNanos();
        Lock inProcess = inProcess(lockFile).writeLock();
        lockInProcess(inProcess, lockFile, wait, deadline);
        try (FileChannel channel = PrivateFiles.open(lockFile); FileLock held = acquire(channel, lockFile, false, wait, deadline)) {
            recordHolder(channel);
            return action.run();
        } finally {
            inProcess.unlock();
        }
    }

    /** Takes {@code lock} (an in-process lock, e.g. from {@link #inProcess}) by {@code deadline} ({@link System#nanoTime}). */
    public static void lockInProcess(Lock lock, Path lockFile, Duration wait, long deadline) throws IOException {
        try {
            if (!lock.tryLock(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                throw new IOException("cannot lock " + lockFile + ": another thread of this process has held it for over "
                        + seconds(wait));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting to lock " + lockFile, e);
        }
    }

    /**
     * The file lock on {@code channel} (open on {@code lockFile}), shared or exclusive, polled until
     * {@code deadline} ({@link System#nanoTime}). The caller holds the matching in-process lock, so this JVM
     * never asks for a lock it holds itself. An exclusive holder should then {@link #recordHolder} itself.
     */
    public static FileLock acquire(FileChannel channel, Path lockFile, boolean shared, Duration wait, long deadline)
            throws IOException {
        long pause = FIRST_PAUSE_MILLIS;
        while (true) {
            try {
                FileLock lock = channel.tryLock(0, Long.MAX_VALUE, shared);
                if (lock != null) {
                    return lock;
                }
            } catch (OverlappingFileLockException heldHere) {
                // only when a caller skipped the in-process lock; busy all the same, and bounded all the same
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new IOException("cannot lock " + lockFile + ": another process has held it for over " + seconds(wait)
                        + holder(lockFile) + "; if that process is suspended (Ctrl-Z) or hangs, resume or end it and try again");
            }
            try {
                Thread.sleep(Math.min(pause, TimeUnit.NANOSECONDS.toMillis(left) + 1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting to lock " + lockFile, e);
            }
            pause = Math.min(pause * 2, LONGEST_PAUSE_MILLIS);
        }
    }

    /** Writes this process's pid into the lock file, for a waiter's error; call with the exclusive lock held. */
    public static void recordHolder(FileChannel channel) throws IOException {
        channel.truncate(0);
        channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
    }

    /** " (process N, command)" from the lock file, when that process is alive and not this one; else "". */
    private static String holder(Path lockFile) {
        try {
            String recorded = new String(Files.readAllBytes(lockFile), StandardCharsets.US_ASCII).trim();
            long pid = Long.parseLong(recorded);
            if (pid == ProcessHandle.current().pid()) {
                return "";
            }
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .map(p -> " (the last to lock it was process " + pid + p.info().command().map(c -> ", " + c).orElse("") + ")")
                    .orElse("");
        } catch (IOException | NumberFormatException | SecurityException unknown) {
            return "";
        }
    }

    private static String seconds(Duration wait) {
        return wait.toMillis() < 1000 ? wait.toMillis() + " ms" : wait.toSeconds() + " s";
    }

    private static Path key(Path lockFile) {
        return lockFile.toAbsolutePath().normalize();
    }
}
