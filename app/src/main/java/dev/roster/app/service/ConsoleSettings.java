package dev.roster.app.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.connectors.LocalProblems;
import dev.roster.connectors.files.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * What the console remembers between runs (window, dividers, table columns and sort, the selected connection,
 * the theme, the inspector's state): one JSON file in the config folder, {@value #FILE_NAME}. Plain Java, no
 * JavaFX: the console's wiring reads and sets values here.
 *
 * <p>Changes are written after {@code debounce} of quiet (a drag changes a width on every pixel; one write
 * follows it), by {@link AtomicFiles} (0600 at creation, old content or new, never a part), and at once by
 * {@link #flush()} / {@link #close()}. A write re-reads the file and replaces only the keys this console
 * changed, so keys it does not know (a newer Roster's) and another console's changes on the same home are kept.
 * A damaged file is reported once, kept beside as {@code .damaged} (never silently lost) and replaced by
 * defaults; a value of the wrong shape falls back to its default, and is reported once.
 */
public final class ConsoleSettings implements AutoCloseable {
    public static final String FILE_NAME = "console-settings.json";
    public static final String DAMAGED_SUFFIX = ".damaged";
    /** How long changes wait for more before one write, in the console. */
    public static final Duration DEBOUNCE = Duration.ofMillis(600);
    static final int VERSION = 1;

    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** The window's last normal (not maximised) bounds, and whether it was maximised. */
    public record Bounds(double x, double y, double width, double height, boolean maximized) {
    }

    /** A table column by its id: width and whether shown; a table's columns in their order. */
    public record Column(String id, double width, boolean visible) {
    }

    public record SortKey(String id, boolean ascending) {
    }

    public record TableLayout(List<Column> columns, List<SortKey> sort) {
        public TableLayout {
            columns = columns == null ? List.of() : List.copyOf(columns);
            sort = sort == null ? List.of() : List.copyOf(sort);
        }
    }

    /** What went wrong with the file, for the console to say in its own words. */
    public record Problem(Kind kind, Path file, String detail) {
        public enum Kind {
            /** Not JSON, or not an object: kept as {@code file + .damaged}, defaults used. */
            DAMAGED,
            /** A value not of the shape Roster writes ({@code detail} names the key): its default is used. */
            BAD_VALUE,
            /** Could not be read (permissions, I/O): defaults used, and the file is not written over. */
            UNREADABLE,
            /** A change could not be written (disk full, permissions); it is tried again with the next. */
            UNWRITABLE
        }
    }

    private final Path file;
    private final Duration debounce;
    private final List<Consumer<Problem>> listeners = new CopyOnWriteArrayList<>();
    private final List<Problem> problems = new CopyOnWriteArrayList<>();
    private final Set<String> reportedValues = new HashSet<>();
    /** Top-level key, or "key/child" for one entry of an object (one table, one split pane). */
    private final Set<String> dirty = new LinkedHashSet<>();
    private final ScheduledExecutorService writer;
    private ObjectNode tree;
    private boolean writable = true;
    private boolean unwritableReported;
    private ScheduledFuture<?> pending;

    private ConsoleSettings(Path file, Duration debounce) {
        this.file = file;
        this.debounce = debounce;
        this.writer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "roster-settings");
            t.setDaemon(true);
            return t;
        });
    }

    /** Reads {@code file} (missing: defaults). Never throws for the file's content: see {@link #onProblem}. */
    public static ConsoleSettings load(Path file, Duration debounce) {
        ConsoleSettings settings = new ConsoleSettings(file, debounce);
        settings.tree = settings.read();
        return settings;
    }

    public Path file() {
        return file;
    }

    /** Hears each problem, those of loading included (replayed at once), on whatever thread met it. */
    public Runnable onProblem(Consumer<Problem> listener) {
        problems.forEach(listener);
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private void report(Problem problem) {
        problems.add(problem);
        listeners.forEach(l -> l.accept(problem));
    }

    private ObjectNode read() {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException missing) {
            return JsonNodeFactory.instance.objectNode();
        } catch (IOException e) {
            // Not written over: what is there may be fine once readable again.
            writable = false;
            report(new Problem(Problem.Kind.UNREADABLE, file, LocalProblems.reason(e)));
            return JsonNodeFactory.instance.objectNode();
        }
        try {
            JsonNode node = MAPPER.readTree(bytes);
            if (node instanceof ObjectNode object) {
                return object;
            }
            moveAside("it does not hold an object");
        } catch (JsonProcessingException e) {
            moveAside("it is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            moveAside(LocalProblems.reason(e));
        }
        return JsonNodeFactory.instance.objectNode();
    }

    private void moveAside(String why) {
        Path aside = file.resolveSibling(file.getFileName() + DAMAGED_SUFFIX);
        try {
            // a rename keeps the file's own (0600) permissions
            Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            AtomicFiles.syncDirectory(file.toAbsolutePath().getParent());
            report(new Problem(Problem.Kind.DAMAGED, file, why));
        } catch (IOException e) {
            writable = false;
            report(new Problem(Problem.Kind.UNREADABLE, file, why + "; it could not be moved aside: " + LocalProblems.reason(e)));
        }
    }

    // --- values ---------------------------------------------------------------------------------------

    public synchronized Optional<Bounds> window() {
        return value("window", tree.get("window"), Bounds.class)
                .filter(b -> b.width() > 0 && b.height() > 0 && Double.isFinite(b.x()) && Double.isFinite(b.y()));
    }

    public void window(Bounds bounds) {
        put("window", null, bounds);
    }

    /** A split pane's divider positions (0..1 each), by the pane's name. */
    public synchronized Optional<List<Double>> dividers(String split) {
        Optional<List<Double>> found = child("dividers", split).flatMap(n -> value("dividers/" + split, n, Double[].class))
                .map(List::of);
        return found.filter(list -> list.stream().allMatch(d -> d != null && d >= 0 && d <= 1));
    }

    public void dividers(String split, List<Double> positions) {
        put("dividers", split, positions);
    }

    /** A table's column order, widths, shown columns and sort, by the table's id. */
    public synchronized Optional<TableLayout> table(String table) {
        return child("tables", table).flatMap(n -> value("tables/" + table, n, TableLayout.class));
    }

    public void table(String table, TableLayout layout) {
        put("tables", table, layout);
    }

    /** The name of the connection selected last. */
    public synchronized Optional<String> connection() {
        return text("connection");
    }

    public void connection(String name) {
        put("connection", null, name);
    }

    /** The theme's mode name (SYSTEM, LIGHT, DARK) as the console chose it. */
    public synchronized Optional<String> theme() {
        return text("theme");
    }

    public void theme(String mode) {
        put("theme", null, mode);
    }

    /** Whether the inspector was expanded; a new home starts collapsed. */
    public synchronized boolean inspectorExpanded() {
        return value("inspector_expanded", tree.get("inspector_expanded"), Boolean.class).orElse(false);
    }

    public void inspectorExpanded(boolean expanded) {
        put("inspector_expanded", null, expanded);
    }

    private Optional<String> text(String key) {
        return value(key, tree.get(key), String.class).filter(s -> !s.isEmpty());
    }

    private Optional<JsonNode> child(String key, String name) {
        JsonNode parent = tree.get(key);
        if (parent == null || parent.isNull()) {
            return Optional.empty();
        }
        if (!parent.isObject()) {
            badValue(key, "not an object");
            return Optional.empty();
        }
        return Optional.ofNullable(parent.get(name));
    }

    private <T> Optional<T> value(String key, JsonNode node, Class<T> type) {
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        try {
            boolean shape = switch (type.getSimpleName()) {
                case "String" -> node.isTextual();
                case "Boolean" -> node.isBoolean();
                default -> node.isContainerNode();
            };
            if (!shape) {
                badValue(key, "a " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
                return Optional.empty();
            }
            return Optional.ofNullable(MAPPER.treeToValue(node, type));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            badValue(key, e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage());
            return Optional.empty();
        }
    }

    private void badValue(String key, String what) {
        if (reportedValues.add(key)) {
            report(new Problem(Problem.Kind.BAD_VALUE, file, key + ": " + what));
        }
    }

    private void put(String key, String child, Object value) {
        synchronized (this) {
            JsonNode node = MAPPER.valueToTree(value);
            if (child == null) {
                tree.set(key, node);
            } else {
                JsonNode parent = tree.get(key);
                ObjectNode object = parent instanceof ObjectNode o ? o : tree.putObject(key);
                object.set(child, node);
            }
            dirty.add(child == null ? key : key + "/" + child);
            if (pending != null) {
                return;
            }
            pending = writer.schedule(this::writeQuietly, debounce.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void writeQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            // reported by flush; the worker must not die
        }
    }

    /** Writes the changes now (the window closing). */
    public synchronized void flush() {
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
        if (dirty.isEmpty() || !writable) {
            return;
        }
        ObjectNode merged = onDisk();
        for (String path : dirty) {
            int slash = path.indexOf('/');
            if (slash < 0) {
                merged.set(path, tree.get(path));
            } else {
                String key = path.substring(0, slash);
                JsonNode mine = tree.get(key);
                JsonNode theirs = merged.get(key);
                ObjectNode object = theirs instanceof ObjectNode o ? o : merged.putObject(key);
                object.set(path.substring(slash + 1), mine == null ? null : mine.get(path.substring(slash + 1)));
            }
        }
        merged.put("version", VERSION);
        try {
            // a missing config folder is made the owner's alone, like the rest of the home
            dev.roster.connectors.files.PrivateFiles.createDirectories(file.toAbsolutePath().getParent());
            AtomicFiles.write(file, MAPPER.writeValueAsBytes(merged));
            tree = merged;
            dirty.clear();
            unwritableReported = false;
        } catch (IOException e) {
            if (!unwritableReported) {
                unwritableReported = true;
                report(new Problem(Problem.Kind.UNWRITABLE, file, LocalProblems.reason(e)));
            }
        }
    }

    /** The file as it is now (another console may have written since), or this console's view when it cannot be read. */
    private ObjectNode onDisk() {
        try {
            if (Files.exists(file) && MAPPER.readTree(Files.readAllBytes(file)) instanceof ObjectNode object) {
                return object;
            }
        } catch (IOException damagedSinceLoad) {
            // what this console read is the best there is
        }
        return tree.deepCopy();
    }

    /**
     * Writes what is pending (the window closing). The settings stay usable: a context outlives its windows, and
     * the writer is a daemon thread that holds nothing open.
     */
    @Override
    public void close() {
        flush();
    }

    /** The problems met so far (a test, a report). */
    public List<Problem> problems() {
        return new ArrayList<>(problems);
    }
}
