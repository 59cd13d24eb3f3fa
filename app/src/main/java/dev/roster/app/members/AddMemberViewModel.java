package dev.roster.app.members;

import dev.roster.app.session.Session;
import dev.roster.app.session.WriteDialogModel;
import dev.roster.app.service.activity.ActivityRecorder;
import dev.roster.app.ui.task.BackgroundTask;
import dev.roster.app.ui.Messages;
import dev.roster.app.ui.task.TaskHandle;
import dev.roster.app.ui.task.TaskRunner;
import dev.roster.app.users.UserLabel;
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
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The add-member dialog: a group (from those loaded) and a user found by typing. When the connector declares
 * a search parameter for list_users ({@link OperationCapability#search()}) the directory searches; otherwise
 * the users are read once and matched here. Typing is debounced in the background, and each new search
 * cancels the one before.
 */
public final class AddMemberViewModel extends WriteDialogModel {
    static final int MAX_MATCHES = 50;
    static final long DEBOUNCE_MILLIS = 200;

    private final ObservableList<Group> groups;
    private final ObjectProperty<Group> group = new SimpleObjectProperty<>(this, "group");
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObservableList<User> matches = FXCollections.observableArrayList();
    private final ObjectProperty<User> user = new SimpleObjectProperty<>(this, "user");
    private final long debounceMillis;
    /** Every user, when the connector has no search parameter: read once, kept for the dialog's lifetime. */
    private List<User> everyone;
    private boolean walkStarted;
    private TaskHandle walking = TaskHandle.DONE;
    private TaskHandle searching = TaskHandle.DONE;

    public AddMemberViewModel(Session session, List<Group> groups, Group preselected, TaskRunner runner,
                              Messages messages, ActivityRecorder recorder, long debounceMillis) {
        super(session, Operation.ADD_MEMBER, runner, messages, recorder);
        this.debounceMillis = debounceMillis;
        this.groups = FXCollections.observableArrayList(groups);
        group.set(preselected);
        search.addListener((o, was, now) -> search(now));
    }

    public AddMemberViewModel(Session session, List<Group> groups, Group preselected, TaskRunner runner,
                              Messages messages, ActivityRecorder recorder) {
        this(session, groups, preselected, runner, messages, recorder, DEBOUNCE_MILLIS);
    }

    public ObservableList<Group> groups() {
        return groups;
    }

    public ObjectProperty<Group> groupProperty() {
        return group;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObservableList<User> matches() {
        return matches;
    }

    public ObjectProperty<User> userProperty() {
        return user;
    }

    public BooleanBinding canSubmit() {
        return Bindings.createBooleanBinding(() -> group.get() != null && user.get() != null && !state().busyProperty().get(),
                group, user, state().busyProperty());
    }

    /**
     * The parameter list_users declares for free-text search. Never guessed from the parameters' names: Okta's
     * {@code search} takes an expression and its {@code q} the typed text, so the connector says which one.
     */
    private Optional<String> searchParameter() {
        return session.capabilities().of(Operation.LIST_USERS).flatMap(OperationCapability::search);
    }

    private void search(String typed) {
        searching.cancel();
        String needle = typed == null ? "" : typed.strip();
        if (needle.isEmpty()) {
            matches.clear();
            return;
        }
        Optional<String> parameter = searchParameter();
        if (parameter.isEmpty()) {
            filterEveryone(needle);
            return;
        }
        searching = runner.run(BackgroundTask.of(messages.get("members.task.search", needle), ctx -> {
            Thread.sleep(debounceMillis);
            if (ctx.isCancelled()) {
                return List.<User>of();
            }
            return session.directory().listUsers(ListQuery.ofLimit(MAX_MATCHES)
                    .withParameters(Map.of(parameter.get(), needle))).page().result();
        }).onSuccess(this::show));
    }

    private void show(List<User> found) {
        matches.setAll(found);
        if (found.size() == 1) {
            user.set(found.getFirst());
        }
    }

    /**
     * Filters every user in memory. They are read on the first keystroke, in one walk that keystrokes do not
     * cancel (only closing the dialog does); what is typed meanwhile is filtered when the walk ends.
     */
    private void filterEveryone(String needle) {
        if (everyone != null) {
            show(filter(everyone, needle));
            return;
        }
        if (walkStarted) {
            return;
        }
        walkStarted = true;
        walking = runner.run(BackgroundTask.of(messages.get("members.task.loadUsers", session.name()), ctx -> {
            List<User> all = new ArrayList<>();
            session.directory().walkUsers(ListQuery.ofLimit(500), page -> all.addAll(page.page().result()), ctx::isCancelled);
            return ctx.isCancelled() ? null : List.copyOf(all);
        }).onSuccess(all -> {
            if (all == null) {
                return;
            }
            everyone = all;
            String now = search.get() == null ? "" : search.get().strip();
            if (!now.isEmpty()) {
                show(filter(everyone, now));
            }
        }));
    }

    /** The dialog is closing: stop reading users and searching. */
    public void close() {
        searching.cancel();
        walking.cancel();
    }

    static List<User> filter(List<User> users, String needle) {
        String lower = needle.toLowerCase(Locale.ROOT);
        return users.stream().filter(u -> matches(u, lower)).limit(MAX_MATCHES).toList();
    }

    static boolean matches(User u, String lower) {
        return UserLabel.of(u).toLowerCase(Locale.ROOT).contains(lower)
                || (u.primaryEmail() != null && u.primaryEmail().toLowerCase(Locale.ROOT).contains(lower))
                || u.id().toLowerCase(Locale.ROOT).contains(lower);
    }

    /** Adds the chosen user to the chosen group; {@code onAdded} gets the group after the change. */
    public void submit(Consumer<Group> onAdded) {
        Group g = group.get();
        User u = user.get();
        if (g == null || u == null || !readyToSend()) {
            return;
        }
        Map<String, String> target = new LinkedHashMap<>();
        target.put("group_id", g.id());
        target.put("user_id", u.id());
        write(messages.get("members.task.add", UserLabel.of(u), g.name()), Operation.ADD_MEMBER, target, directory -> directory.addMember(new MembershipInput(g.id(), u.id(), null)),
                result -> onAdded.accept(result.item() != null ? result.item() : g));
    }
}
