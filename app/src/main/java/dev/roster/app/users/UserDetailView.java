package dev.roster.app.users;

import dev.roster.app.ui.Messages;
import dev.roster.app.ui.action.ActionFactory;
import dev.roster.app.ui.action.ActionId;
import dev.roster.app.ui.form.DialogBits;
import dev.roster.connectors.model.Group;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;

/** The user detail pane: the user's groups with add and remove, its unified fields, its remote_data. Wiring only. */
public final class UserDetailView {
    private final UserDetailViewModel viewModel;
    private final ActionFactory actions;
    private final Messages messages;
    @FXML private Label title;
    @FXML private Label groupsHeading;
    @FXML private ProgressIndicator groupsProgress;
    @FXML private Button addToGroup;
    @FXML private Button removeFromGroup;
    @FXML private ListView<Group> groups;
    @FXML private Label groupsPlaceholder;
    @FXML private Label notice;
    @FXML private Label error;
    @FXML private TableView<UserFields.Field> fields;
    @FXML private TableColumn<UserFields.Field, String> fieldName;
    @FXML private TableColumn<UserFields.Field, String> fieldValue;
    @FXML private TextArea remoteData;

    public UserDetailView(UserDetailViewModel viewModel, ActionFactory actions, Messages messages) {
        this.viewModel = viewModel;
        this.actions = actions;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        title.textProperty().bind(viewModel.titleProperty());
        groupsHeading.textProperty().bind(Bindings.createStringBinding(() -> viewModel.user() == null ? ""
                        : messages.get("users.detail.groups", viewModel.groups().size()),
                viewModel.groups(), viewModel.titleProperty()));
        groupsPlaceholder.textProperty().bind(Bindings.createStringBinding(() -> {
            if (viewModel.groupsErrorProperty().get() != null) {
                return viewModel.groupsErrorProperty().get();
            }
            if (viewModel.user() == null) {
                return messages.get("users.detail.none");
            }
            return messages.get(viewModel.groupsLoadingProperty().get() ? "users.browser.loading" : "users.detail.noGroups");
        }, viewModel.groupsErrorProperty(), viewModel.groupsLoadingProperty(), viewModel.titleProperty()));
        groupsPlaceholder.setWrapText(true);
        groups.setItems(viewModel.groups());
        groups.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Group item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name());
                setTooltip(empty || item == null ? null : new javafx.scene.control.Tooltip(item.id()));
            }
        });
        groups.setContextMenu(new ContextMenu(actions.contextItem(ActionId.REMOVE_FROM_GROUP), actions.contextItem(ActionId.ADD_TO_GROUP)));
        groupsProgress.visibleProperty().bind(viewModel.groupsLoadingProperty().or(viewModel.writes().busyProperty()));
        actions.configure(addToGroup, ActionId.ADD_TO_GROUP, true);
        actions.configure(removeFromGroup, ActionId.REMOVE_FROM_GROUP, true);
        notice.textProperty().bind(viewModel.noticeProperty());
        notice.visibleProperty().bind(viewModel.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        DialogBits.errorLine(error, viewModel.writes().errorProperty());
        fields.setItems(viewModel.fields());
        fieldName.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().name()));
        fieldValue.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().value()));
        remoteData.textProperty().bind(viewModel.remoteDataProperty());
    }

    /** The group picked in the user's group list (what "Remove from group" removes), else null. */
    public Group selectedGroup() {
        return groups.getSelectionModel().getSelectedItem();
    }

    public ObservableList<Group> selectedGroups() {
        return groups.getSelectionModel().getSelectedItems();
    }

    public boolean groupsFocused() {
        return groups.isFocused();
    }
}
