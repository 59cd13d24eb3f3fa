package dev.roster.app.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.connectors.ConnectorProvider;
import dev.roster.connectors.ConnectorRegistry;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.LocalProblems;
import dev.roster.connectors.SettingSpec;
import dev.roster.connectors.files.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Connections as a file a colleague can load: names, types and plain settings, and of each secret only where
 * it comes from. A keychain secret is written as {@value #TO_BE_ENTERED} (the colleague enters their own);
 * {@code env:VAR} is kept (it names a variable, not a value). The file never holds a secret.
 *
 * <p>An import checks the whole file before it adds anything: a file that is not an export, or a connection in
 * it that this Roster cannot take, is refused with the reason, and nothing is added. Names taken here are refused
 * as well unless the caller asks to rename or skip them; the adds are one change of the connections file.
 */
public final class ConnectionTransfer {
    /** What an export says of a secret kept in the keychain. */
    public static final String TO_BE_ENTERED = "to be entered";
    static final String FORMAT = "roster_connections";
    static final int VERSION = 1;

    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** What to do with an imported connection whose name is taken. */
    public enum Clashes { REFUSE, RENAME, SKIP }

    /**
     * What an import did: the connections added (in the file's order), those renamed (file name to new name),
     * those skipped, and per added connection the secrets still to be entered.
     */
    public record Imported(List<ConnectionProfile> added, Map<String, String> renamed, List<String> skipped,
                           Map<String, List<String>> toBeEntered) {
        public Imported {
            added = List.copyOf(added);
            // in the file's order, as they are reported
            renamed = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(renamed));
            skipped = List.copyOf(skipped);
            toBeEntered = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(toBeEntered));
        }
    }

    private final ConnectionStore store;
    private final ConnectorRegistry registry;

    public ConnectionTransfer(Connections connections) {
        this.store = connections.store();
        this.registry = connections.registry();
    }

    /** The export of the named connections (all of them when {@code names} is empty), in the saved order. */
    public byte[] export(List<String> names) {
        List<ConnectionProfile> all = store.list();
        List<ConnectionProfile> chosen = names.isEmpty() ? all : names.stream().map(store::require).toList();
        ObjectNode root = MAPPER.createObjectNode();
        root.put(FORMAT, VERSION);
        ArrayNode list = root.putArray("connections");
        for (ConnectionProfile profile : chosen) {
            ObjectNode node = list.addObject();
            node.put("name", profile.name());
            node.put("type", profile.type());
            ObjectNode settings = node.putObject("settings");
            profile.settings().forEach(settings::put);
            ObjectNode secrets = node.putObject("secrets");
            profile.secrets().forEach((key, source) -> secrets.put(key, source.startsWith("env:") ? source : TO_BE_ENTERED));
        }
        try {
            return MAPPER.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes {@link #export} to {@code file} atomically (a new file is 0644: it is meant to be shared). Returns the names. */
    public List<String> exportTo(Path file, List<String> names) {
        byte[] content = export(names);
        try {
            Path temp = AtomicFiles.temporarySibling(file);
            try {
                Files.write(temp, content);
                AtomicFiles.moveIntoPlace(temp, file, AtomicFiles.SHARED);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw DirectoryException.local(ErrorCode.LOCAL_FILE_UNWRITABLE, file, LocalProblems.reason(e), e.toString(), e);
        }
        return names.isEmpty() ? store.list().stream().map(ConnectionProfile::name).toList() : List.copyOf(names);
    }

    /** A connection read from a file, and the secrets the file marked as to be entered. */
    private record Incoming(ConnectionProfile profile, Set<String> toEnter) {
    }

    /** The connections of an export file, checked (see the class comment), before anything is added. */
    public List<ConnectionProfile> read(Path file) {
        return readIncoming(file).stream().map(Incoming::profile).toList();
    }

    private List<Incoming> readIncoming(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw DirectoryException.local(ErrorCode.LOCAL_FILE_UNREADABLE, file, LocalProblems.reason(e), e.toString(), e);
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(bytes);
        } catch (IOException e) {
            throw DirectoryException.invalid(ErrorCode.CONNECTIONS_FILE_NOT_JSON, file, firstLine(e.getMessage()));
        }
        if (root == null || !root.isObject()) {
            throw shape(file, "it holds no JSON object");
        }
        if (!root.path(FORMAT).canConvertToInt() || root.path(FORMAT).asInt() != VERSION) {
            throw shape(file, root.has(FORMAT) ? "its version " + root.get(FORMAT) + " is not one this Roster reads (" + VERSION + ")"
                    : "it has no \"" + FORMAT + "\": " + VERSION + " (it is not an export of 'roster connections export')");
        }
        JsonNode list = root.get("connections");
        if (list == null || !list.isArray()) {
            throw shape(file, "it has no \"connections\" list");
        }
        List<Incoming> profiles = new ArrayList<>();
        Set<String> names = new HashSet<>();
        int index = 0;
        for (JsonNode node : list) {
            Incoming incoming = profile(file, index++, node);
            if (!names.add(incoming.profile().name())) {
                throw DirectoryException.invalid(ErrorCode.CONNECTIONS_FILE_PROFILE, file, incoming.profile().name(),
                        "the name appears twice in the file");
            }
            profiles.add(incoming);
        }
        return profiles;
    }

    /** The names in {@code file} that are taken here (the console offers rename or skip for them). */
    public List<String> clashes(Path file) {
        Set<String> taken = new HashSet<>(store.list().stream().map(ConnectionProfile::name).toList());
        return read(file).stream().map(ConnectionProfile::name).filter(taken::contains).toList();
    }

    /** Adds the connections of {@code file}, in one change of the connections file; see {@link Clashes}. */
    public Imported importFrom(Path file, Clashes clashes) {
        List<Incoming> incoming = readIncoming(file);
        return store.change(all -> {
            Set<String> taken = new HashSet<>(all.stream().map(ConnectionProfile::name).toList());
            List<String> clashing = incoming.stream().map(i -> i.profile().name()).filter(taken::contains).toList();
            if (!clashing.isEmpty() && clashes == Clashes.REFUSE) {
                throw DirectoryException.invalid(ErrorCode.CONNECTIONS_FILE_CLASHES, file, String.join(", ", clashing));
            }
            incoming.forEach(i -> taken.add(i.profile().name()));
            List<ConnectionProfile> added = new ArrayList<>();
            Map<String, String> renamed = new LinkedHashMap<>();
            List<String> skipped = new ArrayList<>();
            Map<String, List<String>> toBeEntered = new LinkedHashMap<>();
            for (Incoming in : incoming) {
                ConnectionProfile profile = in.profile();
                ConnectionProfile adding = profile;
                if (clashing.contains(profile.name())) {
                    if (clashes == Clashes.SKIP) {
                        skipped.add(profile.name());
                        continue;
                    }
                    String name = freeName(profile.name(), taken);
                    taken.add(name);
                    renamed.put(profile.name(), name);
                    adding = new ConnectionProfile(name, profile.type(), profile.settings(), profile.secrets());
                }
                List<String> missing = missingSecrets(adding, in.toEnter());
                if (!missing.isEmpty()) {
                    toBeEntered.put(adding.name(), missing);
                }
                all.add(adding);
                added.add(adding);
            }
            return new Imported(added, renamed, skipped, toBeEntered);
        });
    }

    /** {@code name-2}, {@code name-3} ... the first that is free (and a valid name: at most 64 characters). */
    static String freeName(String name, Set<String> taken) {
        for (int n = 2; ; n++) {
            String suffix = "-" + n;
            String candidate = (name.length() + suffix.length() > 64 ? name.substring(0, 64 - suffix.length()) : name) + suffix;
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }

    /** The provider's secrets the profile gives no source for (an export's "to be entered", or required and absent). */
    private List<String> missingSecrets(ConnectionProfile profile, Set<String> toEnter) {
        return registry.require(profile.type()).settings().stream().filter(SettingSpec::secret)
                .filter(s -> !profile.secrets().containsKey(s.key()) && (toEnter.contains(s.key()) || s.required()))
                .map(SettingSpec::key).toList();
    }

    private Incoming profile(Path file, int index, JsonNode node) {
        String name = node.path("name").isTextual() ? node.get("name").asText() : "#" + (index + 1);
        if (!node.isObject() || !node.path("name").isTextual() || !node.path("type").isTextual()) {
            throw DirectoryException.invalid(ErrorCode.CONNECTIONS_FILE_PROFILE, file, name, "it needs a \"name\" and a \"type\"");
        }
        String type = node.get("type").asText();
        ConnectorProvider provider = registry.find(type).orElseThrow(() -> DirectoryException.invalid(ErrorCode.CONNECTIONS_FILE_PROFILE,
                file, name, "there is no connector of type '" + type + "' here"));
        Map<String, SettingSpec> specs = ConnectionChanges.specs(provider);
        Map<String, String> settings = strings(file, name, node.path("settings"), "settings");
        Map<String, String> secrets = strings(file, name, node.path("secrets"), "secrets");
        for (String key : settings.keySet()) {
            SettingSpec spec = specs.get(key);
            if (spec == null) {
                throw DirectoryException.invalid(ErrorCode.CONNECTIONS_FILE_PROFILE, file, name, provider.displayName() + " has no setting '" + key + "'");
            }
            if (spec.secret()) {
                // a value where only a source belongs: never taken in, not even to be warned about in the message
                throw DirectoryException.invalid(ErrorCode.CONNECTIONS_FILE_PROFILE, file, name,
                        "'" + key + "' is a secret and must be under \"secrets\" as env:VARIABLE or \"" + TO_BE_ENTERED + "\"");
            }
        }
        Map<String, String> sources = new LinkedHashMap<>();
        Set<String> toEnter = new HashSet<>();
        for (var entry : secrets.entrySet()) {
            SettingSpec spec = specs.get(entry.getKey());
            if (spec == null || !spec.secret()) {
                throw DirectoryException.invalid(ErrorCode.CONNECTIONS_FILE_PROFILE, file, name,
                        "'" + entry.getKey() + "' is not a secret of " + provider.displayName());
            }
            String source = entry.getValue();
            if (source.equals(TO_BE_ENTERED) || source.equals("keychain")) {
                toEnter.add(entry.getKey());
            } else if (source.startsWith("env:") && SecretSource.ENV_NAME.matcher(source.substring(4)).matches()) {
                sources.put(entry.getKey(), source);
            } else {
                throw DirectoryException.invalid(ErrorCode.CONNECTIONS_FILE_PROFILE, file, name,
                        "secret '" + entry.getKey() + "' must be env:VARIABLE or \"" + TO_BE_ENTERED + "\" (an export never holds a secret)");
            }
        }
        ConnectionProfile profile;
        try {
            profile = new ConnectionProfile(name, type, settings, sources);
        } catch (IllegalArgumentException e) {
            throw DirectoryException.invalid(ErrorCode.CONNECTIONS_FILE_PROFILE, file, name, e.getMessage());
        }
        return new Incoming(profile, toEnter);
    }

    private static Map<String, String> strings(Path file, String name, JsonNode node, String field) {
        Map<String, String> values = new LinkedHashMap<>();
        if (node.isMissingNode() || node.isNull()) {
            return values;
        }
        if (!node.isObject()) {
            throw DirectoryException.invalid(ErrorCode.CONNECTIONS_FILE_PROFILE, file, name, "\"" + field + "\" must be an object of strings");
        }
        for (var entry : node.properties()) {
            if (!entry.getValue().isTextual()) {
                throw DirectoryException.invalid(ErrorCode.CONNECTIONS_FILE_PROFILE, file, name,
                        "\"" + field + "\"." + entry.getKey() + " must be a string");
            }
            values.put(entry.getKey(), entry.getValue().asText());
        }
        return values;
    }

    private static DirectoryException shape(Path file, String reason) {
        return DirectoryException.invalid(ErrorCode.CONNECTIONS_FILE_SHAPE, file, reason);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int cut = message.indexOf('\n');
        return cut < 0 ? message : message.substring(0, cut);
    }
}
