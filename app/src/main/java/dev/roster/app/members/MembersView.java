package dev.roster.app.members;

import dev.roster.app.ui.action.ActionFactory;
import dev.roster.app.ui.action.ActionId;
import dev.roster.app.ui.Messages;
import dev.roster.connectors.model.User;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The members pane: the selected group's members, multi-select, remove and add. Wiring only. */
public final class MembersView {
    static final int RESULT_ROWS = 4;
    static final int MIN_RESULT_ROWS = 2;
    private static final double RESULT_ROW_HEIGHT = 24;
    private final MembersViewModel viewModel;
    private final ActionFactory actions;
    private final Messages messages;
    private final javafx.beans.value.ObservableValue<dev.roster.connectors.model.Group> group;
    @FXML private Label title;
    @FXML private Label placeholder;
    @FXML private TableView<User> table;
    @FXML private TableColumn<User, String> nameColumn;
    @FXML private TableColumn<User, String> usernameColumn;
    @FXML private TableColumn<User, String> emailColumn;
    @FXML private TableColumn<User, String> statusColumn;
    @FXML private TableColumn<User, String> idColumn;
    @FXML private Label count;
    @FXML private ProgressIndicator progress;
    @FXML private Button add;
    @FXML private Button remove;
    @FXML private ListView<RemovalResult> results;
    @FXML private javafx.scene.layout.HBox actionBar;

    public MembersView(MembersViewModel viewModel, javafx.beans.value.ObservableValue<dev.roster.connectors.model.Group> group,
                       ActionFactory actions, Messages messages) {
        this.viewModel = viewModel;
        this.group = group;
        this.actions = actions;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        title.textProperty().bind(Bindings.createStringBinding(() -> group.getValue() == null
                ? messages.get("members.title.none") : messages.get("members.title", group.getValue().name()), group));
        placeholder.textProperty().bind(Bindings.createStringBinding(() -> messages.get(group.getValue() == null
                ? "members.empty.none" : "members.empty"), group));
        text(nameColumn, User::name);
        text(usernameColumn, User::username);
        text(emailColumn, User::primaryEmail);
        text(statusColumn, User::status);
        text(idColumn, User::id);
        table.setItems(viewModel.members());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setContextMenu(new ContextMenu(actions.contextItem(ActionId.REMOVE_MEMBER), actions.contextItem(ActionId.ADD_MEMBER),
                actions.contextItem(ActionId.COPY_ROWS)));
        count.textProperty().bind(Bindings.createStringBinding(() -> group.getValue() == null ? ""
                : messages.get("members.count", viewModel.members().size()), viewModel.members(), group));
        progress.visibleProperty().bind(viewModel.loadingProperty().or(viewModel.removingProperty()));
        actions.configure(add, ActionId.ADD_MEMBER, true);
        actions.configure(remove, ActionId.REMOVE_MEMBER, true);
        results.setItems(viewModel.results());
        results.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(RemovalResult item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : viewModel.describe(item));
                getStyleClass().removeAll("result-ok", "result-failed");
                if (!empty && item != null) {
                    getStyleClass().add(item.succeeded() ? "result-ok" : "result-failed");
                }
            }
        });
        // Up to RESULT_ROWS rows tall, and never squeezed below MIN_RESULT_ROWS by the table: the results of
        // a removal are what the person reads next (the list scrolls for more).
        results.setFixedCellSize(RESULT_ROW_HEIGHT);
        var height = Bindings.createDoubleBinding(() -> Math.min(Math.max(1, viewModel.results().size()), RESULT_ROWS)
                * RESULT_ROW_HEIGHT + 4, viewModel.results());
        results.prefHeightProperty().bind(height);
        results.minHeightProperty().bind(Bindings.createDoubleBinding(() -> Math.min(Math.max(1, viewModel.results().size()),
                MIN_RESULT_ROWS) * RESULT_ROW_HEIGHT + 4, viewModel.results()));
        dev.roster.app.ui.theme.NarrowBars.iconsWhenNarrow(actionBar);
        results.visibleProperty().bind(Bindings.isNotEmpty(viewModel.results()));
        results.managedProperty().bind(results.visibleProperty());
    }

    public boolean tableFocused() {
        return table.isFocused();
    }

    public List<User> selection() {
        return List.copyOf(table.getSelectionModel().getSelectedItems());
    }

    /** Observable selection, for enabling "Remove". */
    public javafx.collections.ObservableList<User> selectedItems() {
        return table.getSelectionModel().getSelectedItems();
    }

    private static void text(TableColumn<User, String> column, Function<User, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    }
}
