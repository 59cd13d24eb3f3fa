package dev.roster.app.activity;

import dev.roster.app.session.Session;
import dev.roster.app.service.activity.ActivityEntry;
import dev.roster.app.service.activity.ActivityLog;
import dev.roster.app.ui.task.BackgroundTask;
import dev.roster.app.ui.Messages;
import dev.roster.app.ui.task.TaskRunner;
import java.lang.ref.WeakReference;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.stream.Stream;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The activity log, newest first, filterable. Exchange numbers restart with each opened session, so an entry
 * links to its exchange in the inspector only while the session that wrote it is the current one: each entry
 * written in this process is attributed to the session whose exchange log recorded that exchange (on the
 * writing thread, just before the entry), never to whichever session happens to be open. Sessions are held
 * weakly: a session holds up to 2,000 exchanges, and one that is closed and no longer shown must be collectable
 * (its entries then say they belong to an earlier session).
 */
public final class ActivityViewModel {
    private static final int RECENT = 32;
    private final ActivityLog log;
    private final TaskRunner runner;
    private final Messages messages;
    private final ObservableList<ActivityEntry> entries = FXCollections.observableArrayList();
    private final FilteredList<ActivityEntry> shown = new FilteredList<>(entries);
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final Set<ActivityEntry> thisProcess = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<ActivityEntry, WeakReference<Session>> owners = Collections.synchronizedMap(new IdentityHashMap<>());
    /** The exchanges last recorded on each thread (session and sequence): the next entry's is among them. */
    private final ThreadLocal<ArrayDeque<Recorded>> recentlyRecorded = ThreadLocal.withInitial(ArrayDeque::new);
    /** Sessions whose exchanges are watched; weak keys (a Session has identity equality). UI thread only. */
    private final Set<Session> followed = Collections.newSetFromMap(new WeakHashMap<>());
    private final ObservableValue<Session> session;

    /** How an entry's exchange can be shown: not at all, in the inspector, or not (it is an earlier session's). */
    public enum ExchangeLink { NONE, CURRENT_SESSION, EARLIER_SESSION }

    private record Recorded(WeakReference<Session> session, long sequence) {
    }

    public ActivityViewModel(ActivityLog log, TaskRunner runner, Messages messages, ObservableValue<Session> session) {
        this.log = log;
        this.runner = runner;
        this.messages = messages;
        this.session = session;
        // Sessions are followed for as long as they live (not just while current): a write still running on an
        // earlier session must be attributed to it. The listener sits in the session's own exchange log, and this
        // view model holds sessions only weakly, so following one never keeps it alive.
        session.addListener((o, was, now) -> follow(now));
        follow(session.getValue());
        filter.addListener((o, was, now) -> {
            String needle = now == null ? "" : now.strip().toLowerCase(Locale.ROOT);
            shown.setPredicate(needle.isEmpty() ? null : e -> text(e).contains(needle));
        });
        log.subscribe(entry -> {
            ArrayDeque<Recorded> recent = recentlyRecorded.get();
            if (entry.exchange() != null) {
                // The newest exchange on this thread with the entry's number: the write's own, just recorded.
                recent.stream().filter(r -> r.sequence() == entry.exchange()).findFirst()
                        .ifPresent(r -> owners.put(entry, r.session()));
            }
            recent.clear();
            runner.onUi(() -> {
                thisProcess.add(entry);
                entries.addFirst(entry);
            });
        });
    }

    private void follow(Session now) {
        if (now != null && followed.add(now)) {
            WeakReference<Session> weak = new WeakReference<>(now);
            now.exchanges().subscribe(exchange -> {
                ArrayDeque<Recorded> recent = recentlyRecorded.get();
                recent.addFirst(new Recorded(weak, exchange.sequence()));
                if (recent.size() > RECENT) {
                    recent.removeLast();
                }
            });
        }
    }

    /** The session current now; its changes turn links on and off. */
    public ObservableValue<Session> session() {
        return session;
    }

    public FilteredList<ActivityEntry> shown() {
        return shown;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    /** Reads the log written so far (by earlier sessions and the CLI too). */
    public void load() {
        runner.run(BackgroundTask.of(messages.get("activity.task.load"), ctx -> log.read())
                .onSuccess(read -> {
                    java.util.List<ActivityEntry> newestFirst = new java.util.ArrayList<>(read.reversed());
                    newestFirst.addAll(0, entries.stream().filter(thisProcess::contains).toList());
                    entries.setAll(newestFirst.stream().distinct().toList());
                }));
    }

    /** True when the entry names its exchange and was written by the session the inspector shows now. */
    public boolean linksToExchange(ActivityEntry entry) {
        return exchangeLink(entry) == ExchangeLink.CURRENT_SESSION;
    }

    /**
     * Whether the entry's exchange can be shown: only when the session that wrote it is the current one
     * (another session's "#4" is an unrelated exchange). An entry of an earlier session of this process says so.
     */
    public ExchangeLink exchangeLink(ActivityEntry entry) {
        if (entry == null || entry.exchange() == null || !thisProcess.contains(entry)) {
            return ExchangeLink.NONE;
        }
        WeakReference<Session> ref = owners.get(entry);
        Session owner = ref == null ? null : ref.get();
        return owner != null && owner == session.getValue() ? ExchangeLink.CURRENT_SESSION : ExchangeLink.EARLIER_SESSION;
    }

    public static String target(ActivityEntry e) {
        return e.target().entrySet().stream().map(t -> t.getKey() + "=" + t.getValue())
                .sorted().reduce((a, b) -> a + ", " + b).orElse("");
    }

    public String outcome(ActivityEntry e) {
        if (e.succeeded()) {
            return messages.get("activity.outcome.ok");
        }
        String key = ActivityEntry.UNKNOWN.equals(e.outcome()) ? "activity.outcome.unknown" : "activity.outcome.failed";
        return messages.get(key, e.error() == null ? "" : e.error());
    }

    private String text(ActivityEntry e) {
        return Stream.of(e.connection(), e.operation(), target(e), outcome(e), String.valueOf(e.time()))
                .map(s -> s == null ? "" : s.toLowerCase(Locale.ROOT)).reduce("", (a, b) -> a + "\u0000" + b);
    }
}
