package dev.roster.app.members;

import dev.roster.app.session.Session;
import dev.roster.app.service.activity.ActivityRecorder;
import dev.roster.app.ui.task.BackgroundTask;
import dev.roster.app.ui.form.Confirmation;
import dev.roster.app.ui.form.Dialogs;
import dev.roster.app.ui.task.ErrorText;
import dev.roster.app.ui.Formats;
import dev.roster.app.ui.Messages;
import dev.roster.app.ui.task.TaskHandle;
import dev.roster.app.ui.task.TaskRunner;
import dev.roster.app.users.UserLabel;
import dev.roster.connectors.Operation;
import dev.roster.connectors.model.Group;
import dev.roster.connectors.model.MembershipInput;
import dev.roster.connectors.model.User;
import dev.roster.connectors.query.ListQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The selected group's members (list users by group_id, every page) and removing some of them: one
 * confirmation naming the group and each user, then one removal per user, each result kept and shown
 * (a failure does not stop or hide the others), then the list is read again.
 */
public final class MembersViewModel {
    static final int PAGE_SIZE = 500;

    private final ObservableValue<Session> session;
    private final ObservableValue<Group> group;
    private final TaskRunner runner;
    private final Messages messages;
    private final Dialogs dialogs;
    private final ActivityRecorder recorder;
    private final ObservableList<User> members = FXCollections.observableArrayList();
    private final ObservableList<RemovalResult> results = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyBooleanWrapper removing = new ReadOnlyBooleanWrapper(this, "removing");
    private TaskHandle current = TaskHandle.DONE;
    private long generation;

    public MembersViewModel(ObservableValue<Session> session, ObservableValue<Group> group, TaskRunner runner,
                            Messages messages, Dialogs dialogs, ActivityRecorder recorder) {
        this.session = session;
        this.group = group;
        this.runner = runner;
        this.messages = messages;
        this.dialogs = dialogs;
        this.recorder = recorder;
        group.addListener((o, was, now) -> {
            results.clear();
            reload();
        });
    }

    public ObservableList<User> members() {
        return members;
    }

    public ObservableList<RemovalResult> results() {
        return results;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty removingProperty() {
        return removing.getReadOnlyProperty();
    }

    public Group group() {
        return group.getValue();
    }

    /** Reads the members of the selected group again, all pages. */
    public void reload() {
        current.cancel();
        long gen = ++generation;
        members.clear();
        Session s = session.getValue();
        Group g = group.getValue();
        if (s == null || g == null) {
            loading.set(false);
            return;
        }
        loading.set(true);
        ListQuery query = ListQuery.ofLimit(PAGE_SIZE).withGroupId(g.id());
        current = runner.run(BackgroundTask.of(messages.get("members.task.load", g.name()), ctx ->
                s.directory().walkUsers(query, page -> {
                    s.results().remember(page);
                    ctx.ui(() -> {
                        if (gen == generation) {
                            members.addAll(page.page().result());
                        }
                    });
                }, ctx::isCancelled)).onFinished(() -> {
                    if (gen == generation) {
                        loading.set(false);
                    }
                }));
    }

    /**
     * From this many users on, the count must be typed to confirm: a removal of hundreds is one click away
     * from a select-all, and a directory has no undo. 100 is past any team a person picks by hand, and
     * well under the groups (All Staff) where a stray Ctrl+A does damage.
     */
    static final int TYPE_THE_COUNT_FROM = 100;

    /** The question asked before removing: names the group and every user; the button says how many. */
    public Confirmation confirmation(Group g, List<User> users) {
        List<String> names = users.stream().map(UserLabel::of).toList();
        String count = String.valueOf(users.size());
        boolean typed = users.size() >= TYPE_THE_COUNT_FROM;
        return new Confirmation(messages.get("members.remove.title"),
                messages.get("members.remove.header", users.size(), g.name()),
                messages.get("members.remove.intro", g.name()), names,
                messages.get("members.remove.button", users.size()),
                typed ? count : null, typed ? messages.get("members.remove.typeCount", users.size()) : null);
    }

    /** Asks, then removes each user; results land in {@link #results()} and the list is read again. */
    public void remove(List<User> users) {
        Session s = session.getValue();
        Group g = group.getValue();
        if (s == null || g == null || users.isEmpty() || removing.get()) {
            return;
        }
        List<User> chosen = List.copyOf(users);
        if (!dialogs.confirm(confirmation(g, chosen))) {
            return;
        }
        removing.set(true);
        results.clear();
        // Filled by the worker, read by the callbacks once it has returned (whatever way it ended): what was sent
        // is always shown, a cancel or an unexpected failure marks the rest as not attempted.
        List<RemovalResult> outcome = java.util.Collections.synchronizedList(new ArrayList<>());
        runner.run(BackgroundTask.of(messages.get("members.task.remove", chosen.size(), g.name()), s.held(ctx -> {
            for (User user : chosen) {
                if (ctx.isCancelled()) {
                    break;
                }
                outcome.add(removeOne(s, g, user));
                ctx.progress(outcome.size(), chosen.size());
            }
            return null;
        })).onSuccess(none -> removalDone(s, g, List.copyOf(outcome)))
                .onCancelled(() -> removalDone(s, g, partial(chosen, outcome, true)))
                .onFailure(e -> removalDone(s, g, partial(chosen, outcome, false))));
    }

    /** The results of a run that stopped early: each one sent, then every user not tried. */
    private static List<RemovalResult> partial(List<User> chosen, List<RemovalResult> outcome, boolean cancelled) {
        List<RemovalResult> shown = new ArrayList<>();
        synchronized (outcome) {
            outcome.forEach(r -> shown.add(cancelled ? r.inCancelledRun() : r));
        }
        chosen.subList(shown.size(), chosen.size()).forEach(u -> shown.add(RemovalResult.notAttempted(u)));
        return shown;
    }

    /** Shows a removal run's results (when its group is still the one shown) and reads the list again. */
    private void removalDone(Session s, Group g, List<RemovalResult> outcome) {
        if (!removing.get()) {
            return;
        }
        removing.set(false);
        if (session.getValue() == s && group.getValue() == g) {
            results.setAll(outcome);
            reload();
        }
    }

    private RemovalResult removeOne(Session s, Group g, User user) {
        Map<String, String> target = new LinkedHashMap<>();
        target.put("group_id", g.id());
        target.put("user_id", user.id());
        try {
            var result = recorder.record(s.name(), s.exchanges(), Operation.REMOVE_MEMBER, target,
                    () -> s.directory().removeMember(new MembershipInput(g.id(), user.id(), null)));
            s.results().remember(result);
            return new RemovalResult(user, null);
        } catch (RuntimeException e) {
            // Whatever went wrong with this one (the directory's refusal, a closed connection, a bug), the
            // others are still tried and the removals already sent stay shown.
            return new RemovalResult(user, ErrorText.describe(messages, e));
        }
    }

    /** One line per result, for the pane's result list. */
    public String describe(RemovalResult result) {
        if (!result.attempted()) {
            return messages.get("members.result.notAttempted", UserLabel.of(result.user()));
        }
        String line = result.succeeded()
                ? messages.get("members.result.removed", UserLabel.of(result.user()))
                : messages.get("members.result.failed", UserLabel.of(result.user()), result.error());
        return result.cancelledRun() && result.succeeded() ? line + messages.get("members.result.sentBeforeCancel") : line;
    }

    /** The rows as tab-separated text with a header line. */
    public static String copyText(List<User> rows) {
        String header = String.join("\t", "name", "username", "email", "status", "title", "id");
        return Stream.concat(Stream.of(header), rows.stream().map(u -> Stream.of(u.name(), u.username(),
                        u.primaryEmail(), u.status(), u.title(), u.id()).map(Formats::tsv).collect(Collectors.joining("\t"))))
                .collect(Collectors.joining("\n")) + "\n";
    }
}
