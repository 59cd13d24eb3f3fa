package dev.roster.app.users;

import dev.roster.app.service.activity.ActivityRecorder;
import dev.roster.app.session.Session;
import dev.roster.app.session.WriteDialogModel;
import dev.roster.app.ui.Messages;
import dev.roster.app.ui.task.BackgroundTask;
import dev.roster.app.ui.task.TaskHandle;
import dev.roster.app.ui.task.TaskRunner;
import dev.roster.connectors.Operation;
import dev.roster.connectors.OperationCapability;
import dev.roster.connectors.model.Group;
import dev.roster.connectors.model.MembershipInput;
import dev.roster.connectors.model.User;
import dev.roster.connectors.query.ListQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "Add to group" for one user: the add-member dialog turned round, a fixed user and a group found by typing.
 * When list_groups declares a search parameter the directory searches (debounced, each search cancelling the
 * one before); otherwise the groups are read once, in one walk (a directory's groups are what the groups
 * browser's "Load all" holds too), and matched here. Groups the user is already in are not offered.
 */
public final class AddToGroupViewModel extends WriteDialogModel {
    static final int MAX_MATCHES = 50;
    static final long DEBOUNCE_MILLIS = 200;

    private final User user;
    private final Set<String> alreadyIn;
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObservableList<Group> matches = FXCollections.observableArrayList();
    private final ObjectProperty<Group> group = new SimpleObjectProperty<>(this, "group");
    private final long debounceMillis;
    private List<Group> every;
    private boolean walkStarted;
    private TaskHandle walking = TaskHandle.DONE;
    private TaskHandle searching = TaskHandle.DONE;

    public AddToGroupViewModel(Session session, User user, Set<String> alreadyIn, TaskRunner runner, Messages messages,
                               ActivityRecorder recorder, long debounceMillis) {
        super(session, Operation.ADD_MEMBER, runner, messages, recorder);
        this.user = user;
        this.alreadyIn = Set.copyOf(alreadyIn);
        this.debounceMillis = debounceMillis;
        search.addListener((o, was, now) -> search(now, this.debounceMillis));
    }

    public AddToGroupViewModel(Session session, User user, Set<String> alreadyIn, TaskRunner runner, Messages messages,
                               ActivityRecorder recorder) {
        this(session, user, alreadyIn, runner, messages, recorder, DEBOUNCE_MILLIS);
    }

    public User user() {
        return user;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObservableList<Group> matches() {
        return matches;
    }

    public ObjectProperty<Group> groupProperty() {
        return group;
    }

    public BooleanBinding canSubmit() {
        return Bindings.createBooleanBinding(() -> group.get() != null && !state().busyProperty().get(),
                group, state().busyProperty());
    }

    /** Lists the first groups at once, before anything is typed. */
    public void start() {
        search(search.get(), 0);
    }

    /** The declared free-text search parameter of list_groups (Okta's q, Graph's $search), if any. */
    private Optional<String> searchParameter() {
        return session.capabilities().of(Operation.LIST_GROUPS).flatMap(OperationCapability::search);
    }

    private void search(String typed, long delay) {
        searching.cancel();
        String needle = typed == null ? "" : typed.strip();
        Optional<String> parameter = searchParameter();
        if (parameter.isEmpty()) {
            filterEvery(needle);
            return;
        }
        ListQuery query = ListQuery.ofLimit(MAX_MATCHES).withParameters(needle.isEmpty() ? Map.of() : Map.of(parameter.get(), needle));
        searching = runner.run(BackgroundTask.of(messages.get("users.addToGroup.task.search", needle), ctx -> {
            if (delay > 0) {
                Thread.sleep(delay);
            }
            if (ctx.isCancelled()) {
                return List.<Group>of();
            }
            var page = session.directory().listGroups(query);
            session.results().remember(page);
            return page.page().result();
        }).onSuccess(found -> show(found.stream())));
    }

    private void show(Stream<Group> found) {
        List<Group> offered = found.filter(g -> !alreadyIn.contains(g.id())).limit(MAX_MATCHES).toList();
        matches.setAll(offered);
        if (offered.size() == 1) {
            group.set(offered.getFirst());
        }
    }

    /** Every group, read once on opening (only closing the dialog stops it); what is typed meanwhile is matched after. */
    private void filterEvery(String needle) {
        if (every != null) {
            show(every.stream().filter(g -> matches(g, needle.toLowerCase(Locale.ROOT))));
            return;
        }
        if (walkStarted) {
            return;
        }
        walkStarted = true;
        walking = runner.run(BackgroundTask.of(messages.get("users.addToGroup.task.loadGroups", session.name()), ctx -> {
            List<Group> all = new ArrayList<>();
            session.directory().walkGroups(ListQuery.ofLimit(500), page -> all.addAll(page.page().result()), ctx::isCancelled);
            return ctx.isCancelled() ? null : List.copyOf(all);
        }).onSuccess(all -> {
            if (all != null) {
                every = all;
                filterEvery(search.get() == null ? "" : search.get().strip());
            }
        }));
    }

    static boolean matches(Group g, String lower) {
        return lower.isEmpty() || Stream.of(g.name(), g.description(), g.id())
                .anyMatch(v -> v != null && v.toLowerCase(Locale.ROOT).contains(lower));
    }

    /** The dialog is closing: stop reading groups and searching. */
    public void close() {
        searching.cancel();
        walking.cancel();
    }

    /** Adds the user to the chosen group; {@code onAdded} gets that group. */
    public void submit(Consumer<Group> onAdded) {
        Group g = group.get();
        if (g == null || !readyToSend()) {
            return;
        }
        Map<String, String> target = new LinkedHashMap<>();
        target.put("group_id", g.id());
        target.put("user_id", user.id());
        write(messages.get("members.task.add", UserLabel.of(user), g.name()), Operation.ADD_MEMBER, target,
                directory -> directory.addMember(new MembershipInput(g.id(), user.id(), null)), result -> onAdded.accept(g));
    }
}
