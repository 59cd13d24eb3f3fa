package dev.roster.app.service;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.LocalProblems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The saved connections, a JSON file in the config folder. A new home starts with one connection,
 * {@code sandbox}. Writes are atomic; a file that cannot be read is reported, never overwritten.
 */
public final class ConnectionStore {
    public static final String SANDBOX = "sandbox";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final Path file;

    public ConnectionStore(Path file) {
        this.file = file;
    }

    private record StoredFile(int version, List<ConnectionProfile> connections) {
    }

    public synchronized List<ConnectionProfile> list() {
        if (!Files.exists(file)) {
            List<ConnectionProfile> defaults = List.of(new ConnectionProfile(SANDBOX, "sandbox", Map.of(), Map.of()));
            save(defaults);
            return defaults;
        }
        try {
            StoredFile stored = MAPPER.readValue(file.toFile(), new TypeReference<StoredFile>() { });
            return stored.connections() == null ? List.of() : List.copyOf(stored.connections());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            // the parser's words (token, line, column) are for raw_response and the log, not the sentence
            throw DirectoryException.local(ErrorCode.LOCAL_FILE_DAMAGED, file, e instanceof JsonParseException || e.getCause() instanceof JsonParseException
                    ? "it is not valid JSON" : "it does not hold connections as Roster writes them", e.getMessage(), e);
        } catch (IOException e) {
            throw DirectoryException.local(ErrorCode.LOCAL_FILE_UNREADABLE, file, LocalProblems.reason(e), e.toString(), e);
        }
    }

    public Optional<ConnectionProfile> find(String name) {
        return list().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    public ConnectionProfile require(String name) {
        return find(name).orElseThrow(() -> DirectoryException.validation("no connection named '" + name
                + "'; known: " + String.join(", ", list().stream().map(ConnectionProfile::name).toList())
                + " (see 'roster connections list')"));
    }

    /** Adds a connection; the name must be new. */
    public synchronized void add(ConnectionProfile profile) {
        List<ConnectionProfile> all = new ArrayList<>(list());
        if (all.stream().anyMatch(p -> p.name().equals(profile.name()))) {
            throw DirectoryException.validation("a connection named '" + profile.name() + "' exists already; remove it first");
        }
        all.add(profile);
        save(all);
    }

    /** Replaces the connection of the same name. */
    public synchronized void update(ConnectionProfile profile) {
        List<ConnectionProfile> all = new ArrayList<>(list());
        if (!all.removeIf(p -> p.name().equals(profile.name()))) {
            throw DirectoryException.validation("no connection named '" + profile.name() + "'");
        }
        all.add(profile);
        save(all);
    }

    public synchronized ConnectionProfile remove(String name) {
        List<ConnectionProfile> all = new ArrayList<>(list());
        ConnectionProfile removed = require(name);
        all.removeIf(p -> p.name().equals(name));
        save(all);
        return removed;
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
