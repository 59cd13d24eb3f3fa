package dev.roster.app.groups;

import static dev.roster.connectors.model.Text.blankToNull;

import dev.roster.app.service.activity.ActivityRecorder;
import dev.roster.app.session.Session;
import dev.roster.app.session.WriteDialogModel;
import dev.roster.app.ui.Messages;
import dev.roster.app.ui.form.Form;
import dev.roster.app.ui.task.TaskRunner;
import dev.roster.connectors.Operation;
import dev.roster.connectors.model.Group;
import dev.roster.connectors.model.GroupInput;
import dev.roster.connectors.model.GroupType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The create-group dialog: the fields the connector supports for create_group, its required ones
 * checked before anything is sent, and the write recorded in the activity log.
 */
public final class CreateGroupViewModel extends WriteDialogModel {
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty description = new SimpleStringProperty(this, "description", "");
    private final ObjectProperty<GroupType> groupType = new SimpleObjectProperty<>(this, "groupType");
    private final StringProperty remoteData = new SimpleStringProperty(this, "remoteData", "");

    public CreateGroupViewModel(Session session, TaskRunner runner, Messages messages, ActivityRecorder recorder) {
        super(session, Operation.CREATE_GROUP, runner, messages, recorder);
        Form form = form();
        form.required("name", messages.get("groups.field.name"), name, state().requires("name"));
        form.required("description", messages.get("groups.field.description"), description, state().requires("description"));
        if (state().requires("group_type")) {
            form.check("group_type", () -> groupType.get() == null
                    ? messages.get("form.required", messages.get("groups.field.groupType")) : null, groupType);
        }
        form.jsonObject("remote_data", messages.get("form.remoteData"), remoteData);
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public ObjectProperty<GroupType> groupTypeProperty() {
        return groupType;
    }

    public StringProperty remoteDataProperty() {
        return remoteData;
    }

    /** Validates, then creates; {@code onCreated} gets the new group. On failure everything typed stays. */
    public void submit(Consumer<Group> onCreated) {
        if (!readyToSend()) {
            return;
        }
        GroupInput input = new GroupInput(blankToNull(name.get()), blankToNull(description.get()),
                state().supports("group_type") ? groupType.get() : null, Form.parseObject(remoteData.get()));
        Map<String, String> target = new LinkedHashMap<>();
        if (input.name() != null) {
            target.put("name", input.name());
        }
        write(messages.get("groups.task.create", input.name()), Operation.CREATE_GROUP, target,
                directory -> directory.createGroup(input), result -> onCreated.accept(result.item()));
    }
}
