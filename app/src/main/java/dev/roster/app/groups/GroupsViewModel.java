package dev.roster.app.groups;

import dev.roster.app.session.Session;
import dev.roster.app.ui.task.BackgroundTask;
import dev.roster.app.ui.Formats;
import dev.roster.app.ui.Messages;
import dev.roster.app.ui.task.TaskHandle;
import dev.roster.app.ui.task.TaskRunner;
import dev.roster.connectors.ListResult;
import dev.roster.connectors.Operation;
import dev.roster.connectors.OperationCapability;
import dev.roster.connectors.WalkOutcome;
import dev.roster.connectors.model.Group;
import dev.roster.connectors.query.ListQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The groups browser: pages of groups from the connector (first page, "load more", "load all" streamed in
 * page by page), a client-side quick filter over what is loaded, the connector's declared server-side
 * parameters, and the selected group. All connector calls go through the task runner.
 */
public final class GroupsViewModel {
    static final int PAGE_SIZE = 100;
    static final int WALK_PAGE_SIZE = 500;

    private final ObservableValue<Session> session;
    private final TaskRunner runner;
    private final Messages messages;
    private final ObservableList<Group> loaded = FXCollections.observableArrayList();
    private final FilteredList<Group> shown = new FilteredList<>(loaded);
    private final ObservableList<ParameterField> parameters = FXCollections.observableArrayList();
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ObjectProperty<Group> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyBooleanWrapper moreAvailable = new ReadOnlyBooleanWrapper(this, "moreAvailable");
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper(this, "outcome");
    private final StringBinding count;
    private String nextCursor;
    /** The query of the last refresh: the list that Load more / Load all continue. */
    private ListQuery listed = ListQuery.ofLimit(PAGE_SIZE);
    private TaskHandle current = TaskHandle.DONE;
    private long generation;
    /** Ids of groups created here since the last refresh: shown at the top, so a later page must not add them again. */
    private final java.util.Set<String> createdHere = new java.util.HashSet<>();
    private boolean filtering;

    public GroupsViewModel(ObservableValue<Session> session, TaskRunner runner, Messages messages) {
        this.session = session;
        this.runner = runner;
        this.messages = messages;
        filter.addListener((o, was, now) -> applyFilter(now));
        count = Bindings.createStringBinding(this::countText, loaded, shown, moreAvailable, filter);
        session.addListener((o, was, now) -> sessionChanged(now));
        if (session.getValue() != null) {
            sessionChanged(session.getValue());
        }
    }

    public ObservableList<Group> shown() {
        return shown;
    }

    public ObservableList<Group> loaded() {
        return loaded;
    }

    public ObservableList<ParameterField> parameters() {
        return parameters;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObjectProperty<Group> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty moreAvailableProperty() {
        return moreAvailable.getReadOnlyProperty();
    }

    /** "N loaded, more available", or with a filter "M of N shown". */
    public StringBinding countProperty() {
        return count;
    }

    /** How the last load ended when that is worth saying (cancelled, looping cursor), else empty. */
    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    private void sessionChanged(Session now) {
        cancel();
        generation++;
        loaded.clear();
        createdHere.clear();
        nextCursor = null;
        listed = ListQuery.ofLimit(PAGE_SIZE);
        moreAvailable.set(false);
        outcome.set(null);
        parameters.setAll(now == null ? List.of() : now.capabilities().of(Operation.LIST_GROUPS)
                .map(OperationCapability::parameters).orElse(java.util.Set.of()).stream().sorted()
                .map(ParameterField::new).toList());
        if (now != null) {
            refresh();
        }
    }

    /** Starts over from the first page, with the server-side parameters as they are now. */
    public void refresh() {
        Session s = session.getValue();
        if (s == null) {
            return;
        }
        cancel();
        long gen = ++generation;
        loading.set(true);
        outcome.set(null);
        ListQuery query = query(PAGE_SIZE);
        // Load more / Load all page on with these: a field edited since (without Enter) is not part of this list.
        listed = query;
        current = runner.run(BackgroundTask.of(messages.get("groups.task.load", s.name()), ctx -> {
            ListResult<Group> page = s.directory().listGroups(query);
            s.results().remember(page);
            return page;
        }).onSuccess(page -> {
            if (gen == generation) {
                createdHere.clear();
                loaded.setAll(page.page().result());
                pageDone(page);
            }
        }).onFinished(() -> done(gen)));
    }

    /** The next page after what is loaded. */
    public void loadMore() {
        Session s = session.getValue();
        if (s == null || nextCursor == null || loading.get()) {
            return;
        }
        long gen = ++generation;
        loading.set(true);
        ListQuery query = ListQuery.ofLimit(PAGE_SIZE).withParameters(listed.parameters()).withCursor(nextCursor);
        current = runner.run(BackgroundTask.of(messages.get("groups.task.loadMore", s.name()), ctx -> {
            ListResult<Group> page = s.directory().listGroups(query);
            s.results().remember(page);
            return page;
        }).onSuccess(page -> {
            if (gen == generation) {
                append(page);
                pageDone(page);
            }
        }).onFinished(() -> done(gen)));
    }

    /**
     * Every remaining page, on one connector walk (LDAP keeps its connection), each page appended as it
     * arrives so the table fills while the UI stays live. Cancel keeps what has arrived.
     */
    public void loadAll() {
        Session s = session.getValue();
        if (s == null || nextCursor == null || loading.get()) {
            return;
        }
        long gen = ++generation;
        loading.set(true);
        ListQuery query = ListQuery.ofLimit(WALK_PAGE_SIZE).withParameters(listed.parameters()).withCursor(nextCursor);
        int already = loaded.size();
        current = runner.run(BackgroundTask.<WalkOutcome>of(messages.get("groups.task.loadAll", s.name()), ctx -> {
            long[] received = {already};
            return s.directory().walkGroups(query, page -> {
                s.results().remember(page);
                received[0] += page.page().result().size();
                ctx.progress(received[0], -1);
                ctx.message(messages.get("groups.count.all", received[0]));
                ctx.ui(() -> {
                    if (gen == generation) {
                        append(page);
                        pageDone(page);
                    }
                });
            }, ctx::isCancelled);
        }).onSuccess(walk -> {
            if (walk.looping()) {
                outcome.set(messages.get("groups.outcome.looping", walk.pages()));
            }
        }).onCancelled(() -> outcome.set(messages.get("groups.outcome.cancelled")))
                .onFinished(() -> done(gen)));
    }

    /** Stops a running load; what has arrived stays. */
    public void cancel() {
        current.cancel();
    }

    /** A following page, without the groups created here (already shown at the top). */
    private void append(ListResult<Group> page) {
        List<Group> items = page.page().result();
        loaded.addAll(createdHere.isEmpty() ? items : items.stream().filter(g -> !createdHere.contains(g.id())).toList());
    }

    private void pageDone(ListResult<Group> page) {
        nextCursor = page.page().nextCursor();
        moreAvailable.set(nextCursor != null);
        if (page.looping()) {
            outcome.set(messages.get("groups.outcome.looping", 1));
        }
    }

    private void done(long gen) {
        if (gen == generation) {
            loading.set(false);
        }
    }

    private ListQuery query(int limit) {
        Map<String, String> params = new LinkedHashMap<>();
        parameters.forEach(p -> {
            String v = p.valueProperty().get();
            if (v != null && !v.isBlank()) {
                params.put(p.name(), v.strip());
            }
        });
        return ListQuery.ofLimit(limit).withParameters(params);
    }

    private void applyFilter(String text) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        // The table's selection churns while its rows are re-filtered; the group open in the members pane
        // stays what the person chose (reading its members again would drop their selection there).
        filtering = true;
        try {
            shown.setPredicate(needle.isEmpty() ? null : g -> matches(g, needle));
        } finally {
            filtering = false;
        }
    }

    /** The table's selection changed: the group it names is the one opened, unless the filter is just being applied. */
    public void select(Group group) {
        if (!filtering) {
            selected.set(group);
        }
    }

    private static boolean matches(Group g, String needle) {
        return Stream.of(g.name(), g.description(), g.id(), g.organization(),
                        g.groupType() == null ? null : g.groupType().wireName())
                .anyMatch(v -> v != null && v.toLowerCase(Locale.ROOT).contains(needle));
    }

    private String countText() {
        String base = messages.get(moreAvailable.get() ? "groups.count.more" : "groups.count.all", loaded.size());
        boolean filtered = filter.get() != null && !filter.get().isBlank();
        return filtered ? messages.get("groups.count.filtered", shown.size(), base) : base;
    }

    /** A group the console just created: shown at the top and selected. */
    public void created(Group group) {
        createdHere.add(group.id());
        loaded.addFirst(group);
        selected.set(group);
    }

    /** The rows as tab-separated text with a header line, in the table's column order. */
    public static String copyText(List<Group> rows) {
        String header = String.join("\t", "name", "group_type", "description", "organization", "created_at", "updated_at", "id");
        return Stream.concat(Stream.of(header), rows.stream().map(g -> Stream.of(g.name(),
                        g.groupType() == null ? null : g.groupType().wireName(), g.description(), g.organization(),
                        g.createdAt(), g.updatedAt(), g.id()).map(Formats::tsv).collect(Collectors.joining("\t"))))
                .collect(Collectors.joining("\n")) + "\n";
    }
}
