package dev.roster.app.inspector;

import dev.roster.app.session.ResultMemory;
import dev.roster.app.session.Session;
import dev.roster.connectors.files.AtomicFiles;
import dev.roster.app.ui.task.BackgroundTask;
import dev.roster.app.ui.Formats;
import dev.roster.app.ui.Messages;
import dev.roster.app.ui.task.TaskRunner;
import dev.roster.connectors.model.Json;
import dev.roster.connectors.query.ResponseFormat;
import dev.roster.connectors.query.ResponseOptions;
import dev.roster.connectors.query.ResponseRenderer;
import dev.roster.connectors.trace.Exchange;
import dev.roster.connectors.trace.ExchangeLog;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;

/**
 * The inspector: every exchange of the current connection, newest first and live; the selected one's
 * request and response (already masked when recorded), pretty or raw; the result it produced in the four
 * response formats; cURL and save. Rendering runs in the background: a big page must not stall the UI.
 */
public final class InspectorViewModel {
    static final int MAX_ROWS = ExchangeLog.DEFAULT_CAPACITY;
    public static final List<ResponseFormat> FORMATS = List.of(ResponseFormat.UNIFIED, ResponseFormat.NORMALIZED,
            ResponseFormat.RAW, ResponseFormat.DEBUG);

    private final ObservableValue<Session> session;
    private final ObservableValue<ExchangeLog> trace;
    private final TaskRunner runner;
    private final Messages messages;
    private final ObservableList<Exchange> exchanges = FXCollections.observableArrayList();
    /** What the table shows: the list above, sorted by the table's comparator; the list itself stays newest first. */
    private final SortedList<Exchange> sorted = new SortedList<>(exchanges);
    /** Response sizes in bytes, computed once per exchange (encoding a body is not free). */
    private final Map<Exchange, Long> sizes = Collections.synchronizedMap(new IdentityHashMap<>());
    private final ObjectProperty<Exchange> selected = new SimpleObjectProperty<>(this, "selected");
    private final javafx.beans.property.ReadOnlyObjectWrapper<Exchange> shown = new javafx.beans.property.ReadOnlyObjectWrapper<>(this, "shown");
    private final BooleanProperty pretty = new SimpleBooleanProperty(this, "pretty", true);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper requestHeaders = new ReadOnlyStringWrapper(this, "requestHeaders", "");
    private final ReadOnlyStringWrapper requestBody = new ReadOnlyStringWrapper(this, "requestBody", "");
    private final ReadOnlyStringWrapper responseHeaders = new ReadOnlyStringWrapper(this, "responseHeaders", "");
    private final ReadOnlyStringWrapper responseBody = new ReadOnlyStringWrapper(this, "responseBody", "");
    private final ReadOnlyBooleanWrapper tooLarge = new ReadOnlyBooleanWrapper(this, "tooLarge");
    private final ReadOnlyStringWrapper curlUnavailable = new ReadOnlyStringWrapper(this, "curlUnavailable");
    private final ReadOnlyStringWrapper commandLabel = new ReadOnlyStringWrapper(this, "commandLabel");
    private final Map<ResponseFormat, ReadOnlyStringWrapper> formatted = new EnumMap<>(ResponseFormat.class);
    private Runnable unsubscribe = () -> { };
    private long renderGeneration;

    /** Lists the session's exchanges. */
    public InspectorViewModel(ObservableValue<Session> session, TaskRunner runner, Messages messages) {
        this(session, javafx.beans.binding.Bindings.createObjectBinding(
                () -> session.getValue() == null ? null : session.getValue().exchanges(), session), runner, messages);
    }

    /**
     * Lists the exchanges of {@code trace}: the session's, or those of a connection that failed to open (its
     * failed connect); the result formats come from the session's memory.
     */
    public InspectorViewModel(ObservableValue<Session> session, ObservableValue<ExchangeLog> trace, TaskRunner runner,
                              Messages messages) {
        this.session = session;
        this.trace = trace;
        this.runner = runner;
        this.messages = messages;
        commandLabel.set(messages.get("inspector.curl"));
        curlUnavailable.set(messages.get("inspector.curl.none"));
        FORMATS.forEach(f -> formatted.put(f, new ReadOnlyStringWrapper(this, f.wireName(), "")));
        trace.addListener((o, was, now) -> follow(now));
        selected.addListener((o, was, now) -> render());
        pretty.addListener((o, was, now) -> render());
        follow(trace.getValue());
    }

    /** Newest first, at most {@link #MAX_ROWS}: sorting the table never reorders it (so trimming drops the oldest). */
    public ObservableList<Exchange> exchanges() {
        return exchanges;
    }

    /** The exchanges for the table: bind its comparator property to this list's. */
    public SortedList<Exchange> sorted() {
        return sorted;
    }

    /** The response body's size in bytes, computed on first use and kept while the exchange is listed. */
    public long responseSize(Exchange exchange) {
        return sizes.computeIfAbsent(exchange, Exchange::responseSize);
    }

    public ObjectProperty<Exchange> selectedProperty() {
        return selected;
    }

    /** The exchange the details currently show (they are rendered in the background, after a selection). */
    public javafx.beans.property.ReadOnlyObjectProperty<Exchange> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public BooleanProperty prettyProperty() {
        return pretty;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty requestHeadersProperty() {
        return requestHeaders.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty requestBodyProperty() {
        return requestBody.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty responseHeadersProperty() {
        return responseHeaders.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty responseBodyProperty() {
        return responseBody.getReadOnlyProperty();
    }

    /** A body of the selected exchange was too large to show: "Save exchange" is the way to read it. */
    public ReadOnlyBooleanProperty tooLargeProperty() {
        return tooLarge.getReadOnlyProperty();
    }

    /** Why "Copy as cURL" is off for the selected exchange, or null when it is on. */
    public ReadOnlyStringProperty curlUnavailableProperty() {
        return curlUnavailable.getReadOnlyProperty();
    }

    /** "Copy as cURL", or for LDAP "Copy as ldapsearch" / "Copy as ldapmodify". */
    public ReadOnlyStringProperty commandLabelProperty() {
        return commandLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty formattedProperty(ResponseFormat format) {
        return formatted.get(format).getReadOnlyProperty();
    }

    private void follow(ExchangeLog now) {
        unsubscribe.run();
        unsubscribe = () -> { };
        selected.set(null);
        exchanges.clear();
        sizes.clear();
        if (now == null) {
            return;
        }
        // Subscribed before the snapshot is taken, so nothing recorded in between is missed; what is heard and
        // is in the snapshot too is listed once (see insert).
        unsubscribe = now.subscribe(exchange -> {
            long size = exchange.responseSize(); // on the recording thread, not the UI's
            long oldestKept = now.oldestKept();
            runner.onUi(() -> {
                if (trace.getValue() == now && insert(exchange)) {
                    sizes.put(exchange, size);
                    if (exchanges.size() > MAX_ROWS) {
                        exchanges.subList(MAX_ROWS, exchanges.size()).forEach(sizes::remove);
                        exchanges.remove(MAX_ROWS, exchanges.size());
                    }
                    // the log is bounded by bytes too: rows it no longer keeps would hold their bodies here
                    while (exchanges.size() > 1 && exchanges.getLast().sequence() < oldestKept) {
                        sizes.remove(exchanges.removeLast());
                    }
                }
            });
        });
        exchanges.setAll(now.snapshot().reversed());
    }

    /**
     * Lists the exchange in number order, newest first, unless it is listed already. Two threads recording at
     * once can be heard out of order: the one numbered first then goes below, not on top, and is not dropped.
     */
    private boolean insert(Exchange exchange) {
        int at = 0;
        while (at < exchanges.size() && exchanges.get(at).sequence() > exchange.sequence()) {
            at++;
        }
        if (at < exchanges.size() && exchanges.get(at).sequence() == exchange.sequence()) {
            return false;
        }
        exchanges.add(at, exchange);
        return true;
    }

    /** Selects the exchange with this sequence number (an activity entry's link); false when it is gone. */
    public boolean reveal(long sequence) {
        for (Exchange e : exchanges) {
            if (e.sequence() == sequence) {
                selected.set(e);
                return true;
            }
        }
        return false;
    }

    private record Rendered(String summary, BodyText.Shown request, BodyText.Shown response,
                            Map<ResponseFormat, String> formats) {
    }

    private void render() {
        Exchange e = selected.get();
        long gen = ++renderGeneration;
        if (e == null) {
            show(new Rendered("", new BodyText.Shown("", false), new BodyText.Shown("", false), Map.of()), null);
            return;
        }
        boolean asPretty = pretty.get();
        ResultMemory memory = session.getValue() == null ? null : session.getValue().results();
        String notice = messages.get("inspector.body.tooLarge");
        runner.run(BackgroundTask.of(messages.get("inspector.task.render", e.sequence()), ctx -> {
            Map<ResponseFormat, String> formats = new EnumMap<>(ResponseFormat.class);
            var remembered = memory == null ? java.util.Optional.<ResultMemory.Remembered>empty() : memory.find(e.sequence());
            for (ResponseFormat f : FORMATS) {
                formats.put(f, remembered.map(r -> renderFormat(r, f, notice)).orElse(messages.get("inspector.format.none")));
            }
            return new Rendered(summaryOf(e), BodyText.show(e.requestBody(), asPretty, notice),
                    BodyText.show(e.responseBody(), asPretty, notice), formats);
        }).onSuccess(r -> {
            if (gen == renderGeneration) {
                show(r, e);
            }
        }));
    }

    private void show(Rendered r, Exchange e) {
        shown.set(e);
        summary.set(r.summary());
        requestHeaders.set(e == null ? "" : ExchangeText.headers(e.requestHeaders()));
        responseHeaders.set(e == null ? "" : ExchangeText.headers(e.responseHeaders()));
        requestBody.set(r.request().text());
        responseBody.set(r.response().text());
        tooLarge.set(r.request().tooLarge() || r.response().tooLarge());
        FORMATS.forEach(f -> formatted.get(f).set(r.formats().getOrDefault(f, "")));
        ShellCommand.Result command = e == null ? null : ShellCommand.curl(e, messages.get("inspector.curl.ldap"));
        curlUnavailable.set(command == null ? messages.get("inspector.curl.none") : command.unavailable());
        commandLabel.set(command == null || command.tool() == null || command.tool().equals("curl")
                ? messages.get("inspector.curl") : messages.get("inspector.command", command.tool()));
    }

    private String summaryOf(Exchange e) {
        return messages.get("inspector.summary", e.sequence(), e.method(), e.target(), e.status(),
                e.statusText() == null ? "" : e.statusText(), Formats.duration(e.duration()), Formats.size(responseSize(e)))
                + (e.error() == null ? "" : "\n" + e.error());
    }

    private static String renderFormat(ResultMemory.Remembered remembered, ResponseFormat format, String notice) {
        ResponseRenderer renderer = new ResponseRenderer(ResponseOptions.of(format));
        try {
            var node = switch (remembered) {
                case ResultMemory.Remembered.OfList l -> renderer.renderPage(l.result());
                case ResultMemory.Remembered.OfItem i -> renderer.renderItem(i.result());
            };
            String text = Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(node);
            return text.length() > BodyText.LIMIT ? notice : text;
        } catch (com.fasterxml.jackson.core.JsonProcessingException | RuntimeException ex) {
            // One format failing must not blank the others (or the request and response tabs).
            return format.wireName() + ": " + ex;
        }
    }

    /** The selected exchange as a cURL command (masked values as shell variables), or null. */
    public String curl() {
        Exchange e = selected.get();
        return e == null ? null : ShellCommand.curl(e, null).command();
    }

    /** Writes the selected exchange, whole, to {@code file} (replacing it only once written). */
    public void save(Path file) {
        Exchange e = selected.get();
        if (e == null) {
            return;
        }
        runner.run(BackgroundTask.of(messages.get("inspector.task.save", file.getFileName()), ctx -> {
            AtomicFiles.write(file, ExchangeText.of(e).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return file;
        }));
    }
}
