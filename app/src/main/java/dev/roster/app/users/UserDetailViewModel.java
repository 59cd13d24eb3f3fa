package dev.roster.app.users;

import dev.roster.app.service.activity.ActivityRecorder;
import dev.roster.app.session.RecordedWrite;
import dev.roster.app.session.Session;
import dev.roster.app.ui.Messages;
import dev.roster.app.ui.form.Confirmation;
import dev.roster.app.ui.form.Dialogs;
import dev.roster.app.ui.form.WriteState;
import dev.roster.app.ui.task.BackgroundTask;
import dev.roster.app.ui.task.ErrorText;
import dev.roster.app.ui.task.TaskHandle;
import dev.roster.app.ui.task.TaskRunner;
import dev.roster.connectors.Operation;
import dev.roster.connectors.model.Group;
import dev.roster.connectors.model.MembershipInput;
import dev.roster.connectors.model.User;
import dev.roster.connectors.query.ListQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The user open in the Users view: its unified fields, its {@code remote_data}, and the groups it is in, read
 * with the unified "list groups of a user" ({@code listGroups} with {@link ListQuery#withUserId}), every page of
 * them (a person's groups are few, unlike a directory's users). Removing it from a group asks first, as the
 * members pane does, then writes through the recorded write path (activity log, inspector) and reads its
 * groups again; so does adding it to one (the dialog writes, {@link #added} follows).
 */
public final class UserDetailViewModel {
    static final int GROUPS_PAGE_SIZE = 200;

    private final ObservableValue<Session> session;
    private final ObservableValue<User> user;
    private final TaskRunner runner;
    private final Messages messages;
    private final Dialogs dialogs;
    private final ActivityRecorder recorder;
    private final ObservableList<UserFields.Field> fields = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper remoteData = new ReadOnlyStringWrapper(this, "remoteData", "");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    private final ObservableList<Group> groups = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper groupsLoading = new ReadOnlyBooleanWrapper(this, "groupsLoading");
    private final ReadOnlyStringWrapper groupsError = new ReadOnlyStringWrapper(this, "groupsError");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice");
    private final WriteState writes;
    private Consumer<Group> membershipChanged = g -> { };
    private TaskHandle current = TaskHandle.DONE;
    private long generation;

    public UserDetailViewModel(ObservableValue<Session> session, ObservableValue<User> user, TaskRunner runner,
                               Messages messages, Dialogs dialogs, ActivityRecorder recorder) {
        this.session = session;
        this.user = user;
        this.runner = runner;
        this.messages = messages;
        this.dialogs = dialogs;
        this.recorder = recorder;
        this.writes = new WriteState(null, messages);
        user.addListener((o, was, now) -> show(now));
        show(user.getValue());
    }

    public ObservableList<UserFields.Field> fields() {
        return fields;
    }

    public ReadOnlyStringProperty remoteDataProperty() {
        return remoteData.getReadOnlyProperty();
    }

    /** "Ada Lovelace (ada)", or the hint to pick a user. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ObservableList<Group> groups() {
        return groups;
    }

    public ReadOnlyBooleanProperty groupsLoadingProperty() {
        return groupsLoading.getReadOnlyProperty();
    }

    /** Why the groups could not be read (the connector's words, as the status bar gives them), else null. */
    public ReadOnlyStringProperty groupsErrorProperty() {
        return groupsError.getReadOnlyProperty();
    }

    /** What the last change did ("Removed … from …"), else null. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** A removal under way and, when the directory refused it, its error. */
    public WriteState writes() {
        return writes;
    }

    public User user() {
        return user.getValue();
    }

    /** The ids of the groups shown: what "Add to group" need not offer. */
    public Set<String> groupIds() {
        return groups.stream().map(Group::id).collect(Collectors.toUnmodifiableSet());
    }

    /** Hears each change of membership made here (the members pane reads that group again). */
    public void onMembershipChanged(Consumer<Group> listener) {
        this.membershipChanged = listener;
    }

    private void show(User now) {
        notice.set(null);
        writes.clearError();
        fields.setAll(now == null ? List.of() : UserFields.of(now));
        remoteData.set(now == null ? "" : UserFields.remoteData(now));
        title.set(now == null ? messages.get("users.detail.none") : UserLabel.of(now));
        reloadGroups();
    }

    /** Reads the open user's groups again, every page. */
    public void reloadGroups() {
        current.cancel();
        long gen = ++generation;
        groups.clear();
        groupsError.set(null);
        Session s = session.getValue();
        User u = user.getValue();
        if (s == null || u == null) {
            groupsLoading.set(false);
            return;
        }
        groupsLoading.set(true);
        ListQuery query = ListQuery.ofLimit(GROUPS_PAGE_SIZE).withUserId(u.id());
        current = runner.run(BackgroundTask.of(messages.get("users.detail.task.groups", UserLabel.of(u)), ctx ->
                s.directory().walkGroups(query, page -> {
                    s.results().remember(page);
                    ctx.ui(() -> {
                        if (gen == generation) {
                            groups.addAll(page.page().result());
                        }
                    });
                }, ctx::isCancelled)).handledLocally()
                .onFailure(e -> {
                    if (gen == generation) {
                        groupsError.set(ErrorText.describe(messages, e));
                    }
                })
                .onFinished(() -> {
                    if (gen == generation) {
                        groupsLoading.set(false);
                    }
                }));
    }

    /** The question asked before removing, in the members pane's words: the group, and the one user. */
    public Confirmation confirmation(Group group, User u) {
        return new Confirmation(messages.get("users.detail.remove.title"),
                messages.get("members.remove.header", 1, group.name()),
                messages.get("members.remove.intro", group.name()), List.of(UserLabel.of(u)),
                messages.get("users.detail.remove.button"));
    }

    /** Asks, then removes the open user from {@code group}; its groups are read again after. */
    public void removeFrom(Group group) {
        Session s = session.getValue();
        User u = user.getValue();
        if (s == null || u == null || group == null || writes.busyProperty().get()) {
            return;
        }
        if (!dialogs.confirm(confirmation(group, u))) {
            return;
        }
        notice.set(null);
        Map<String, String> target = new LinkedHashMap<>();
        target.put("group_id", group.id());
        target.put("user_id", u.id());
        RecordedWrite.run(runner, recorder, s, writes, messages.get("members.task.remove", 1, group.name()),
                Operation.REMOVE_MEMBER, target, d -> d.removeMember(new MembershipInput(group.id(), u.id(), null)), result -> {
                    if (session.getValue() == s && user.getValue() == u) {
                        notice.set(messages.get("users.detail.removed", UserLabel.of(u), group.name()));
                        reloadGroups();
                    }
                    membershipChanged.accept(group);
                });
    }

    /** The add-to-group dialog added the open user to {@code group}. */
    public void added(User u, Group group) {
        if (user.getValue() == u) {
            notice.set(messages.get("users.detail.added", UserLabel.of(u), group.name()));
            reloadGroups();
        }
        membershipChanged.accept(group);
    }
}
