package dev.roster.app.service.activity;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The append-only JSON-lines log of every write. Each entry is one line, forced to disk and written
 * under a file lock so that a console and a CLI appending at once never interleave. A torn last line
 * (a crash mid-write) is skipped when reading, never fatal.
 */
public final class ActivityLog {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final Path file;
    private final List<Consumer<ActivityEntry>> listeners = new CopyOnWriteArrayList<>();

    public ActivityLog(Path file) {
        this.file = file;
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
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND); FileLock ignored = channel.lock()) {
                channel.write(java.nio.ByteBuffer.wrap(line));
                channel.force(false);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the activity log " + file + ": " + e.getMessage(), e);
        }
        listeners.forEach(l -> l.accept(entry));
    }

    /** Fails (UncheckedIOException) when an entry could not be appended now; creates the folder and file. */
    public void ensureWritable() {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (FileChannel ignored = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                // opened for append: the next entry can be written
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the activity log " + file + " (" + e.getClass().getSimpleName()
                    + ": " + e.getMessage() + ")", e);
        }
    }

    /** Every entry, oldest first. */
    public List<ActivityEntry> read() {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<ActivityEntry> entries = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                try {
                    entries.add(MAPPER.readValue(line, ActivityEntry.class));
                } catch (IOException tornOrForeign) {
                    // a line cut by a crash; the rest of the log is still good
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the activity log " + file + ": " + e.getMessage(), e);
        }
        return entries;
    }

    public Runnable subscribe(Consumer<ActivityEntry> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
