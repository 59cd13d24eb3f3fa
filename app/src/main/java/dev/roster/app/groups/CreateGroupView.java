package dev.roster.app.groups;

import dev.roster.app.ui.form.DialogBits;
import dev.roster.app.ui.Messages;
import dev.roster.connectors.model.Group;
import dev.roster.connectors.model.GroupType;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.util.StringConverter;

/** The create-group dialog: fields shown and marked from the connector's Capabilities. Wiring only. */
public final class CreateGroupView {
    private final CreateGroupViewModel viewModel;
    private final Messages messages;
    private final Consumer<Group> onCreated;
    @FXML private Label connection;
    @FXML private Label nameLabel;
    @FXML private TextField name;
    @FXML private Label descriptionLabel;
    @FXML private TextField description;
    @FXML private Label typeLabel;
    @FXML private ComboBox<GroupType> type;
    @FXML private TitledPane advanced;
    @FXML private TextArea remoteData;
    @FXML private Label summary;
    @FXML private Label error;
    @FXML private Button create;
    @FXML private Button cancel;

    public CreateGroupView(CreateGroupViewModel viewModel, Messages messages, Consumer<Group> onCreated) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.onCreated = onCreated;
    }

    @FXML
    private void initialize() {
        var state = viewModel.state();
        var validation = DialogBits.formLines(viewModel, messages, connection, summary);
        nameLabel.setText(DialogBits.label(messages.get("groups.field.name"), state.requires("name")));
        descriptionLabel.setText(DialogBits.label(messages.get("groups.field.description"), state.requires("description")));
        typeLabel.setText(DialogBits.label(messages.get("groups.field.groupType"), state.requires("group_type")));
        show(descriptionLabel, description, state.supports("description"));
        show(typeLabel, type, state.supports("group_type"));
        advanced.setVisible(state.supports("remote_data"));
        advanced.setManaged(advanced.isVisible());
        name.textProperty().bindBidirectional(viewModel.nameProperty());
        description.textProperty().bindBidirectional(viewModel.descriptionProperty());
        type.setItems(FXCollections.observableArrayList(GroupType.values()));
        type.getItems().addFirst(null);
        type.setConverter(new StringConverter<>() {
            @Override public String toString(GroupType t) { return t == null ? messages.get("groups.field.groupType.none") : t.wireName(); }
            @Override public GroupType fromString(String s) { return null; }
        });
        type.valueProperty().bindBidirectional(viewModel.groupTypeProperty());
        remoteData.textProperty().bindBidirectional(viewModel.remoteDataProperty());
        DialogBits.decorate(validation, viewModel.form(), "name", name);
        DialogBits.decorate(validation, viewModel.form(), "description", description);
        DialogBits.decorate(validation, viewModel.form(), "group_type", type);
        DialogBits.decorate(validation, viewModel.form(), "remote_data", remoteData);
        DialogBits.writeButtons(state, error, create, cancel, () -> viewModel.submit(group -> {
            onCreated.accept(group);
            DialogBits.close(create);
        }), name);
    }

    private static void show(javafx.scene.Node label, javafx.scene.Node field, boolean shown) {
        label.setVisible(shown);
        label.setManaged(shown);
        field.setVisible(shown);
        field.setManaged(shown);
    }
}
