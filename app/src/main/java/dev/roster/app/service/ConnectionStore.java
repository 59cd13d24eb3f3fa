package dev.roster.app.service;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.files.AtomicFiles;
import dev.roster.connectors.files.FileLocks;
import java.io.IOException;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.LocalProblems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The saved connections, a JSON file in the config folder. A new home starts with one connection,
 * {@code sandbox}, which is only written down with the first change (reading never writes). Writes are
 * atomic; a file that cannot be read is reported, never overwritten.
 *
 * <p>Every change reads, changes and writes the file while holding a lock on {@code .connections.json.lock}
 * beside it, so a console and CLI calls changing connections at once never lose one another's change. A
 * file lock belongs to the whole process, so stores of one process on the same file also queue on an
 * in-process lock first (both {@link FileLocks}); a change waits at most {@link #LOCK_WAIT} for another.
 */
public final class ConnectionStore {
    public static final String SANDBOX = "sandbox";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** How long a change waits for another's: a read-change-write takes milliseconds, a stuck holder for ever. */
    static final Duration LOCK_WAIT = Duration.ofSeconds(10);

    private final Path file;
    private final Path lockFile;

    public ConnectionStore(Path file) {
        this.file = file;
        this.lockFile = file.resolveSibling("." + file.getFileName() + ".lock");
    }

    private record StoredFile(int version, List<ConnectionProfile> connections) {
    }

    /** The saved connections; a home without the file has the Sandbox only. Reads, never writes. */
    public List<ConnectionProfile> list() {
        if (!Files.exists(file)) {
            return List.of(new ConnectionProfile(SANDBOX, "sandbox", Map.of(), Map.of()));
        }
        try {
            StoredFile stored = MAPPER.readValue(file.toFile(), new TypeReference<StoredFile>() { });
            return stored.connections() == null ? List.of() : List.copyOf(stored.connections());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            // the parser's words (token, line, column) are for raw_response and the log, not the sentence
            throw DirectoryException.local(ErrorCode.LOCAL_FILE_DAMAGED,
                    file, e instanceof JsonParseException || e.getCause() instanceof JsonParseException
                    ? "it is not valid JSON" : "it does not hold connections as Roster writes them", e.getMessage(), e);
        } catch (IOException e) {
            throw DirectoryException.local(ErrorCode.LOCAL_FILE_UNREADABLE, file, LocalProblems.reason(e), e.toString(), e);
        }
    }

    public Optional<ConnectionProfile> find(String name) {
        return list().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    public ConnectionProfile require(String name) {
        return find(name).orElseThrow(() -> DirectoryException.invalid(ErrorCode.NO_SUCH_CONNECTION,
                name, String.join(", ", list().stream().map(ConnectionProfile::name).toList())));
    }

    /** Adds a connection; the name must be new. */
    public void add(ConnectionProfile profile) {
        locked(() -> {
            List<ConnectionProfile> all = new ArrayList<>(list());
            if (all.stream().anyMatch(p -> p.name().equals(profile.name()))) {
                throw DirectoryException.invalid(ErrorCode.CONNECTION_EXISTS, profile.name());
            }
            all.add(profile);
            save(all);
            return profile;
        });
    }

    /** Replaces the connection of the same name. */
    public void update(ConnectionProfile profile) {
        locked(() -> {
            List<ConnectionProfile> all = new ArrayList<>(list());
            if (!all.removeIf(p -> p.name().equals(profile.name()))) {
                throw DirectoryException.invalid(ErrorCode.NO_CONNECTION_NAMED, profile.name());
            }
            all.add(profile);
            save(all);
            return profile;
        });
    }

    public ConnectionProfile remove(String name) {
        return locked(() -> {
            List<ConnectionProfile> all = new ArrayList<>(list());
            ConnectionProfile removed = require(name);
            all.removeIf(p -> p.name().equals(name));
            save(all);
            return removed;
        });
    }

    /** Runs one read-change-write with this process's and then the OS's lock held, each waited for a bounded time. */
    private <T> T locked(Supplier<T> change) {
        try {
            return FileLocks.exclusive(lockFile, LOCK_WAIT, change::get);
        } catch (IOException e) {
            // another Roster holds the file (or this machine refused the lock): a local problem, not the directory's
            throw DirectoryException.local(ErrorCode.LOCAL_FILE_BUSY, file, e.getMessage(), e.toString(), e);
        }
    }

    private void save(List<ConnectionProfile> profiles) {
        List<ConnectionProfile> sorted = profiles.stream().sorted(Comparator.comparing(ConnectionProfile::name)).toList();
        try {
            AtomicFiles.write(file, MAPPER.writeValueAsBytes(new StoredFile(1, sorted)));
        } catch (IOException e) {
            throw DirectoryException.local(ErrorCode.LOCAL_FILE_UNWRITABLE, file, LocalProblems.reason(e), e.toString(), e);
        }
    }
}
