package dev.roster.app.users;

import dev.roster.app.groups.ParameterField;
import dev.roster.app.session.Session;
import dev.roster.app.ui.Messages;
import dev.roster.app.ui.task.BackgroundTask;
import dev.roster.app.ui.task.TaskHandle;
import dev.roster.app.ui.task.TaskRunner;
import dev.roster.connectors.ListResult;
import dev.roster.connectors.Operation;
import dev.roster.connectors.OperationCapability;
import dev.roster.connectors.model.User;
import dev.roster.connectors.query.ListQuery;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

/**
 * The users browser: one page of users at a time from the directory (first page, then "load more"; there is
 * no "load all": a directory's users can be hundreds of thousands, and only what was asked for is kept), found
 * by the connector's declared free-text search parameter ({@link OperationCapability#search()}) as one types,
 * debounced in the background, each new search cancelling the one before. A connector without one pages
 * without search and says so; its other declared parameters (an LDAP filter) still narrow the list on the
 * server. Nothing is read until the view is first shown ({@link #activate}), so a console that never opens the
 * Users view never lists users.
 */
public final class UsersViewModel {
    static final int PAGE_SIZE = 100;
    static final long DEBOUNCE_MILLIS = 250;

    private final ObservableValue<Session> session;
    private final TaskRunner runner;
    private final Messages messages;
    private final long debounceMillis;
    private final ObservableList<User> loaded = FXCollections.observableArrayList();
    private final ObservableList<ParameterField> parameters = FXCollections.observableArrayList();
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ReadOnlyStringWrapper searchParameter = new ReadOnlyStringWrapper(this, "searchParameter");
    private final ReadOnlyStringWrapper searchNote = new ReadOnlyStringWrapper(this, "searchNote");
    private final ObjectProperty<User> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyBooleanWrapper moreAvailable = new ReadOnlyBooleanWrapper(this, "moreAvailable");
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper(this, "outcome");
    private final StringBinding count;
    private boolean active;
    /** The session the list was read from: activating again for the same one does not read it again. */
    private Session listedOn;
    private String nextCursor;
    /** The query of the last (re)load: what "load more" continues. */
    private ListQuery listed = ListQuery.ofLimit(PAGE_SIZE);
    private String listedSearch = "";
    private TaskHandle current = TaskHandle.DONE;
    private long generation;
    /** Users created here, shown at the top until a list asked for after their creation replaces them. */
    private final List<User> pinned = new ArrayList<>();
    private long pinnedUpTo = -1;
    private boolean replacing;

    public UsersViewModel(ObservableValue<Session> session, TaskRunner runner, Messages messages, long debounceMillis) {
        this.session = session;
        this.runner = runner;
        this.messages = messages;
        this.debounceMillis = debounceMillis;
        count = Bindings.createStringBinding(this::countText, loaded, moreAvailable);
        search.addListener((o, was, now) -> {
            if (searchParameter.get() != null && active && session.getValue() != null) {
                load(debounceMillis);
            }
        });
        session.addListener((o, was, now) -> sessionChanged(now));
        sessionChanged(session.getValue());
    }

    public UsersViewModel(ObservableValue<Session> session, TaskRunner runner, Messages messages) {
        this(session, runner, messages, DEBOUNCE_MILLIS);
    }

    public ObservableList<User> loaded() {
        return loaded;
    }

    /** The declared list_users parameters other than the search one, each a field (Enter applies them). */
    public ObservableList<ParameterField> parameters() {
        return parameters;
    }

    public StringProperty searchProperty() {
        return search;
    }

    /** The declared free-text search parameter of list_users, or null when the connector has none. */
    public ReadOnlyStringProperty searchParameterProperty() {
        return searchParameter.getReadOnlyProperty();
    }

    /** What the search box does here: which parameter it sends, or that this connection has no search. */
    public ReadOnlyStringProperty searchNoteProperty() {
        return searchNote.getReadOnlyProperty();
    }

    public ObjectProperty<User> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty moreAvailableProperty() {
        return moreAvailable.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    public StringBinding countProperty() {
        return count;
    }

    /** The view is shown: the first time on a session, its first page is read. */
    public void activate() {
        active = true;
        Session s = session.getValue();
        if (s != null && listedOn != s) {
            refresh();
        }
    }

    public void deactivate() {
        active = false;
    }

    private void sessionChanged(Session now) {
        cancel();
        generation++;
        loaded.clear();
        pinned.clear();
        selected.set(null);
        listedOn = null;
        nextCursor = null;
        moreAvailable.set(false);
        outcome.set(null);
        Optional<OperationCapability> capability = now == null ? Optional.empty() : now.capabilities().of(Operation.LIST_USERS);
        String searchBy = capability.flatMap(OperationCapability::search).orElse(null);
        searchParameter.set(searchBy);
        parameters.setAll(capability.map(OperationCapability::parameters).orElse(Set.of()).stream()
                .filter(p -> !p.equals(searchBy)).sorted().map(ParameterField::new).toList());
        searchNote.set(now == null ? null : searchBy != null ? messages.get("users.browser.searchBy", searchBy)
                : messages.get("users.browser.noSearch", now.name()));
        if (now != null && active) {
            refresh();
        }
    }

    /** Reads the first page again now, with the search text and parameters as they are. */
    public void refresh() {
        load(0);
    }

    private void load(long delay) {
        Session s = session.getValue();
        if (s == null) {
            return;
        }
        cancel();
        long gen = ++generation;
        listedOn = s;
        loading.set(true);
        outcome.set(null);
        String needle = needle();
        ListQuery query = query(needle);
        listed = query;
        String title = needle.isEmpty() ? messages.get("users.browser.task.load", s.name())
                : messages.get("users.browser.task.search", needle, s.name());
        current = runner.run(BackgroundTask.<ListResult<User>>of(title, ctx -> {
            if (delay > 0) {
                // typing on: a later keystroke cancels this one before anything is sent
                Thread.sleep(delay);
            }
            if (ctx.isCancelled()) {
                return null;
            }
            ListResult<User> page = s.directory().listUsers(query);
            s.results().remember(page);
            return page;
        }).onSuccess(page -> {
            if (page != null && gen == generation) {
                listedSearch = needle;
                replaceWith(gen, page.page().result());
                pageDone(page);
            }
        }).onFinished(() -> done(gen)));
    }

    /** The next page of the list shown. */
    public void loadMore() {
        Session s = session.getValue();
        if (s == null || nextCursor == null || loading.get()) {
            return;
        }
        long gen = ++generation;
        loading.set(true);
        ListQuery query = listed.withCursor(nextCursor);
        current = runner.run(BackgroundTask.<ListResult<User>>of(messages.get("users.browser.task.loadMore", s.name()), ctx -> {
            ListResult<User> page = s.directory().listUsers(query);
            s.results().remember(page);
            return page;
        }).onSuccess(page -> {
            if (gen == generation) {
                Set<String> shown = new HashSet<>();
                pinned.forEach(u -> shown.add(u.id()));
                loaded.addAll(page.page().result().stream().filter(u -> !shown.contains(u.id())).toList());
                pageDone(page);
            }
        }).onFinished(() -> done(gen)));
    }

    public void cancel() {
        current.cancel();
    }

    /** A page replaces the list; users created since that list was asked for stay on top, the one open stays open. */
    private void replaceWith(long gen, List<User> items) {
        if (gen > pinnedUpTo) {
            pinned.clear();
        }
        Set<String> pinnedIds = new HashSet<>();
        pinned.forEach(u -> pinnedIds.add(u.id()));
        List<User> rows = new ArrayList<>(pinned);
        items.stream().filter(u -> !pinnedIds.contains(u.id())).forEach(rows::add);
        User open = selected.get();
        replacing = true;
        try {
            loaded.setAll(rows);
        } finally {
            replacing = false;
        }
        if (open != null && !rows.contains(open)) {
            selected.set(null);
        }
    }

    private void pageDone(ListResult<User> page) {
        nextCursor = page.page().nextCursor();
        moreAvailable.set(nextCursor != null);
        if (page.looping()) {
            outcome.set(messages.get("users.browser.outcome.looping"));
        }
    }

    private void done(long gen) {
        if (gen == generation) {
            loading.set(false);
        }
    }

    private String needle() {
        return searchParameter.get() == null || search.get() == null ? "" : search.get().strip();
    }

    private ListQuery query(String needle) {
        Map<String, String> params = new LinkedHashMap<>();
        parameters.forEach(p -> {
            String v = p.valueProperty().get();
            if (v != null && !v.isBlank()) {
                params.put(p.name(), v.strip());
            }
        });
        if (!needle.isEmpty()) {
            params.put(searchParameter.get(), needle);
        }
        return ListQuery.ofLimit(PAGE_SIZE).withParameters(params);
    }

    /** The table's selection changed; a list being replaced clears it for a moment, which is not a choice. */
    public void select(User user) {
        if (!replacing) {
            selected.set(user);
        }
    }

    /** A user the console just created: shown at the top, selected. */
    public void created(User user) {
        pinned.removeIf(u -> u.id().equals(user.id()));
        pinned.addFirst(user);
        // a list already on its way (the first one, when the view was just switched to) keeps it on top
        pinnedUpTo = generation;
        loaded.removeIf(u -> u.id().equals(user.id()));
        loaded.addFirst(user);
        selected.set(user);
    }

    private String countText() {
        String key = listedSearch.isEmpty() ? (moreAvailable.get() ? "users.browser.count.more" : "users.browser.count.all")
                : (moreAvailable.get() ? "users.browser.count.foundMore" : "users.browser.count.found");
        return messages.get(key, loaded.size(), listedSearch);
    }
}
