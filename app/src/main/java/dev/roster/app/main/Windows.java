package dev.roster.app.main;

import dev.roster.app.session.Session;
import dev.roster.app.export.ExportView;
import dev.roster.app.export.ExportViewModel;
import dev.roster.app.groups.CreateGroupView;
import dev.roster.app.groups.CreateGroupViewModel;
import dev.roster.app.groups.GroupsViewModel;
import dev.roster.app.members.AddMemberView;
import dev.roster.app.members.AddMemberViewModel;
import dev.roster.app.members.MembersViewModel;
import dev.roster.app.service.TempFiles;
import dev.roster.app.service.activity.ActivityRecorder;
import dev.roster.app.ui.form.DialogWindow;
import dev.roster.app.ui.Fxml;
import dev.roster.app.ui.Messages;
import dev.roster.app.ui.task.TaskRunner;
import dev.roster.app.users.CreateUserView;
import dev.roster.app.users.CreateUserViewModel;
import dev.roster.connectors.model.Group;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Opens every dialog of the console, on the FX thread, each with a fresh view model for the current session. */
public final class Windows {
    private final Supplier<Window> owner;
    private final Messages messages;
    private final TaskRunner runner;
    private final ActivityRecorder recorder;
    private final ObservableValue<Session> session;
    private final GroupsViewModel groups;
    private final MembersViewModel members;
    private final Supplier<List<Group>> groupsShown;
    private final TempFiles tempFiles;
    private java.util.function.Consumer<dev.roster.connectors.model.User> userCreated = user -> { };

    public Windows(Supplier<Window> owner, Messages messages, TaskRunner runner, ActivityRecorder recorder,
                   ObservableValue<Session> session, GroupsViewModel groups, MembersViewModel members,
                   Supplier<List<Group>> groupsShown, TempFiles tempFiles) {
        this.owner = owner;
        this.messages = messages;
        this.runner = runner;
        this.recorder = recorder;
        this.session = session;
        this.groups = groups;
        this.members = members;
        this.groupsShown = groupsShown;
        this.tempFiles = tempFiles;
    }

    public Stage createGroup() {
        Session s = session.getValue();
        CreateGroupViewModel vm = new CreateGroupViewModel(s, runner, messages, recorder);
        // A group created on a connection that is no longer the one shown does not belong in its list.
        return open(new CreateGroupView(vm, messages, group -> {
            if (session.getValue() == s) {
                groups.created(group);
            }
        }), "groups/CreateGroup.fxml", "groups.create.title");
    }

    public Stage createUser() {
        Session s = session.getValue();
        CreateUserViewModel vm = new CreateUserViewModel(s, runner, messages, recorder);
        // shown and selected in the Users view, unless the connection shown is no longer the one it was made on
        return open(new CreateUserView(vm, messages, user -> {
            if (session.getValue() == s) {
                userCreated.accept(user);
            }
        }), "users/CreateUser.fxml", "users.create.title");
    }

    /** What happens with a user the New user dialog created (the Users view shows and selects it). */
    public void onUserCreated(java.util.function.Consumer<dev.roster.connectors.model.User> listener) {
        this.userCreated = listener;
    }

    /** Add {@code user} to a group picked by search; {@code onAdded} gets the group (on the session it was opened on). */
    public Stage addToGroup(dev.roster.connectors.model.User user, java.util.Set<String> alreadyIn,
                            java.util.function.Consumer<Group> onAdded) {
        Session s = session.getValue();
        var vm = new dev.roster.app.users.AddToGroupViewModel(s, user, alreadyIn, runner, messages, recorder);
        return open(new dev.roster.app.users.AddToGroupView(vm, messages, group -> {
            if (session.getValue() == s) {
                onAdded.accept(group);
            }
        }), "users/AddToGroup.fxml", "users.addToGroup.title");
    }

    public Stage addMember() {
        Session s = session.getValue();
        AddMemberViewModel vm = new AddMemberViewModel(s, groups.loaded(), groups.selectedProperty().get(), runner, messages, recorder);
        return open(new AddMemberView(vm, messages, group -> {
            Group selected = groups.selectedProperty().get();
            if (session.getValue() == s && selected != null && selected.id().equals(group.id())) {
                members.reload();
            }
        }), "members/AddMember.fxml", "members.add.title");
    }

    public Stage export() {
        ExportViewModel vm = new ExportViewModel(session.getValue(), groupsShown.get(), runner, messages, tempFiles);
        return open(new ExportView(vm, messages), "export/Export.fxml", "export.title");
    }

    private Stage open(Object view, String fxml, String titleKey) {
        return DialogWindow.open(owner.get(), new Fxml(messages).controller(view).load(fxml), messages.get(titleKey));
    }
}
