package dev.roster.app.service.activity;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.roster.connectors.files.FileLocks;
import dev.roster.connectors.files.PrivateFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.Lock;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The append-only JSON-lines log of every write. Each entry is one line, forced to disk and written under a
 * file lock so that a console and a CLI appending at once never interleave. The file is the user's alone
 * (0600, see {@link PrivateFiles}).
 *
 * <p>A crash mid-append leaves the last line cut short. The next append starts a new line first, so the cut
 * line stays the only damaged one and the new entry is whole; that is said once, when it happens. Reading
 * skips a line it cannot parse (cut, or not an entry) and names it: a damaged line is never dropped silently.
 */
public final class ActivityLog {
    private static final Logger LOG = LoggerFactory.getLogger(ActivityLog.class);
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    /**
     * How long an append waits for another thread or process to finish its own: an appender that is
     * suspended (Ctrl-Z) makes this one fail with a clear error instead of hanging the write.
     */
    private static final Duration LOCK_WAIT = Duration.ofSeconds(10);

    /** What a read found: the entries, oldest first, and the (1-based) numbers of the lines that are not entries. */
    public record Reading(List<ActivityEntry> entries, List<Integer> damagedLines) {
        public Reading {
            entries = List.copyOf(entries);
            damagedLines = List.copyOf(damagedLines);
        }
    }

    private final Path file;
    private final Consumer<String> notices;
    private final List<Consumer<ActivityEntry>> listeners = new CopyOnWriteArrayList<>();
    private final Set<Integer> damageReported = ConcurrentHashMap.newKeySet();

    /** Notices (a cut or damaged line) go to Roster's log. */
    public ActivityLog(Path file) {
        this(file, notice -> { });
    }

    /** {@code notices} also hears them, once each (the CLI prints them on stderr). */
    public ActivityLog(Path file, Consumer<String> notices) {
        this.file = file;
        this.notices = notice -> {
            LOG.warn(notice);
            notices.accept(notice);
        };
    }

    public Path file() {
        return file;
    }

    public void append(ActivityEntry entry) {
        byte[] line;
        try {
            line = (MAPPER.writeValueAsString(entry) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean repaired;
        // A file lock belongs to the whole JVM: threads here take turns first, then processes, each bounded.
        long deadline = System.nanoTime() + LOCK_WAIT.toNanos();
        Lock inProcess = FileLocks.inProcess(file).writeLock();
        try {
            FileLocks.lockInProcess(inProcess, file, LOCK_WAIT, deadline);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the activity log " + file + ": " + e.getMessage(), e);
        }
        try (FileChannel channel = PrivateFiles.open(file);
             FileLock ignored = FileLocks.acquire(channel, file, false, LOCK_WAIT, deadline)) {
            long end = channel.size();
            repaired = end > 0 && !endsWithNewline(channel, end);
            ByteBuffer bytes = repaired ? ByteBuffer.allocate(line.length + 1).put((byte) '\n').put(line).flip() : ByteBuffer.wrap(line);
            while (bytes.hasRemaining()) {
                end += channel.write(bytes, end);
            }
            channel.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the activity log " + file + ": " + e.getMessage(), e);
        } finally {
            inProcess.unlock();
        }
        if (repaired) {
            notices.accept("the last line of the activity log " + file + " was cut short (Roster stopped while writing it);"
                    + " it is kept as it was, and new entries start on the next line");
        }
        // the entry is on disk now: a listener's failure must not make the caller think it was not logged
        for (Consumer<ActivityEntry> listener : listeners) {
            try {
                listener.accept(entry);
            } catch (RuntimeException e) {
                LOG.warn("an activity log listener failed on an entry that was logged", e);
            }
        }
    }

    private static boolean endsWithNewline(FileChannel channel, long size) throws IOException {
        ByteBuffer last = ByteBuffer.allocate(1);
        return channel.read(last, size - 1) == 1 && last.get(0) == '\n';
    }

    /** Fails (UncheckedIOException) when an entry could not be appended now; creates the folder and file (0700, 0600). */
    public void ensureWritable() {
        try (FileChannel ignored = PrivateFiles.open(file)) {
            // opened for writing: the next entry can be appended
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the activity log " + file + " (" + e.getClass().getSimpleName()
                    + ": " + e.getMessage() + ")", e);
        }
    }

    /** Every entry, oldest first; damaged lines are skipped and reported (see {@link #readAll()}). */
    public List<ActivityEntry> read() {
        return readAll().entries();
    }

    /** Every entry and the lines that are not entries; each damaged line is reported once per log instance. */
    public Reading readAll() {
        if (!Files.exists(file)) {
            return new Reading(List.of(), List.of());
        }
        List<ActivityEntry> entries = new ArrayList<>();
        List<Integer> damaged = new ArrayList<>();
        List<String> lines;
        try {
            // decoded leniently: a crash can cut a line inside a multi-byte character, which must not hide the rest
            lines = List.of(new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\n", -1));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the activity log " + file + ": " + e.getMessage(), e);
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            try {
                entries.add(MAPPER.readValue(line, ActivityEntry.class));
            } catch (IOException notAnEntry) {
                damaged.add(i + 1);
            }
        }
        for (int number : damaged) {
            if (damageReported.add(number)) {
                notices.accept("line " + number + " of the activity log " + file
                        + " is not a readable entry (cut short by a crash, or edited); it is skipped and kept in the file");
            }
        }
        return new Reading(entries, damaged);
    }

    public Runnable subscribe(Consumer<ActivityEntry> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
