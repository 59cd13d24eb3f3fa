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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The saved connections, a JSON file in the config folder. A new home starts with one connection,
 * {@code sandbox}, which is only written down with the first change (reading never writes). Writes are
 * atomic; a file that cannot be read is reported, never overwritten.
 *
 * <p>Every change reads, changes and writes the file while holding a lock on {@code .connections.json.lock}
 * beside it, so a console and CLI calls changing connections at once never lose one another's change. A
 * file lock belongs to the whole process, so stores of one process on the same file also queue on an
 * in-process lock first (both {@link FileLocks}); a change waits at most {@link #LOCK_WAIT} for another.
 *
 * <p>The connections keep the order the user gave them (added at the end, moved up or down), not sorted.
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

    /** Adds a connection at the end of the list; the name must be new. */
    public void add(ConnectionProfile profile) {
        change(all -> {
            if (indexOf(all, profile.name()) >= 0) {
                throw DirectoryException.invalid(ErrorCode.CONNECTION_EXISTS, profile.name());
            }
            all.add(profile);
            return profile;
        });
    }

    /** Replaces the connection of the same name, where it stands in the list. */
    public void update(ConnectionProfile profile) {
        update(profile.name(), old -> profile);
    }

    /**
     * Replaces the named connection by what {@code edit} makes of the one saved now, where it stands, in one
     * read-change-write: an edit never overwrites a change another process made to the file meanwhile.
     */
    public ConnectionProfile update(String name, UnaryOperator<ConnectionProfile> edit) {
        return change(all -> {
            int at = indexOf(all, name);
            if (at < 0) {
                throw DirectoryException.invalid(ErrorCode.NO_CONNECTION_NAMED, name);
            }
            ConnectionProfile changed = edit.apply(all.get(at));
            if (!changed.name().equals(name) && indexOf(all, changed.name()) >= 0) {
                throw DirectoryException.invalid(ErrorCode.CONNECTION_NAME_TAKEN, changed.name());
            }
            all.set(at, changed);
            return changed;
        });
    }

    /** Renames a connection where it stands; the new name must be free. */
    public ConnectionProfile rename(String from, String to) {
        return update(from, old -> new ConnectionProfile(to, old.type(), old.settings(), old.secrets()));
    }

    /**
     * Moves the named connection to {@code index} (0 is the top); the others keep their order. Returns the
     * index it has now.
     */
    public int move(String name, int index) {
        return change(all -> {
            int at = indexOf(all, name);
            if (at < 0) {
                throw DirectoryException.invalid(ErrorCode.NO_CONNECTION_NAMED, name);
            }
            if (index < 0 || index >= all.size()) {
                throw DirectoryException.invalid(ErrorCode.CONNECTION_POSITION, index, all.size() - 1);
            }
            all.add(index, all.remove(at));
            return index;
        });
    }

    /** Moves the named connection one place up ({@code -1}) or down ({@code +1}); at an end it stays. */
    public int moveBy(String name, int delta) {
        return change(all -> {
            int at = indexOf(all, name);
            if (at < 0) {
                throw DirectoryException.invalid(ErrorCode.NO_CONNECTION_NAMED, name);
            }
            int to = Math.max(0, Math.min(all.size() - 1, at + delta));
            all.add(to, all.remove(at));
            return to;
        });
    }

    public ConnectionProfile remove(String name) {
        return change(all -> {
            int at = indexOf(all, name);
            if (at < 0) {
                throw DirectoryException.invalid(ErrorCode.NO_SUCH_CONNECTION,
                        name, String.join(", ", all.stream().map(ConnectionProfile::name).toList()));
            }
            return all.remove(at);
        });
    }

    /**
     * One read-change-write under the lock: {@code change} gets the saved connections as a list it may change
     * (in the user's order); the list is written back when it returns, and not at all when it throws.
     */
    public <T> T change(Function<List<ConnectionProfile>, T> change) {
        return locked(() -> {
            List<ConnectionProfile> all = new ArrayList<>(list());
            T result = change.apply(all);
            save(all);
            return result;
        });
    }

    private static int indexOf(List<ConnectionProfile> all, String name) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
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
        // in the user's order (the sidebar's, which the user arranges), not sorted
        try {
            AtomicFiles.write(file, MAPPER.writeValueAsBytes(new StoredFile(1, List.copyOf(profiles))));
        } catch (IOException e) {
            throw DirectoryException.local(ErrorCode.LOCAL_FILE_UNWRITABLE, file, LocalProblems.reason(e), e.toString(), e);
        }
    }
}
