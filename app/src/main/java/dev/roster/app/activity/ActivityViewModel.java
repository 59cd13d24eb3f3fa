package dev.roster.app.activity;

import dev.roster.app.service.activity.ActivityEntry;
import dev.roster.app.service.activity.ActivityLog;
import dev.roster.app.ui.BackgroundTask;
import dev.roster.app.ui.Messages;
import dev.roster.app.ui.TaskRunner;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The activity log, newest first, filterable; entries written during this session link to their exchange in
 * the inspector (exchange numbers restart with each session, so older entries cannot).
 */
public final class ActivityViewModel {
    private final ActivityLog log;
    private final TaskRunner runner;
    private final Messages messages;
    private final ObservableList<ActivityEntry> entries = FXCollections.observableArrayList();
    private final FilteredList<ActivityEntry> shown = new FilteredList<>(entries);
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final Set<ActivityEntry> thisSession = Collections.newSetFromMap(new IdentityHashMap<>());

    public ActivityViewModel(ActivityLog log, TaskRunner runner, Messages messages) {
        this.log = log;
        this.runner = runner;
        this.messages = messages;
        filter.addListener((o, was, now) -> {
            String needle = now == null ? "" : now.strip().toLowerCase(Locale.ROOT);
            shown.setPredicate(needle.isEmpty() ? null : e -> text(e).contains(needle));
        });
        log.subscribe(entry -> runner.onUi(() -> {
            thisSession.add(entry);
            entries.addFirst(entry);
        }));
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
                    newestFirst.addAll(0, entries.stream().filter(thisSession::contains).toList());
                    entries.setAll(newestFirst.stream().distinct().toList());
                }));
    }

    /** True when the entry was written in this session and names its exchange. */
    public boolean linksToExchange(ActivityEntry entry) {
        return entry != null && entry.exchange() != null && thisSession.contains(entry);
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
