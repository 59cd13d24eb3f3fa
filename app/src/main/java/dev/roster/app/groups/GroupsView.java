package dev.roster.app.groups;

import dev.roster.app.ui.action.ActionFactory;
import dev.roster.app.ui.action.ActionId;
import dev.roster.app.ui.Formats;
import dev.roster.app.ui.Messages;
import dev.roster.connectors.model.Group;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;

/** The groups browser: wires the table, filter, parameters and paging buttons to {@link GroupsViewModel}. */
public final class GroupsView {
    private final GroupsViewModel viewModel;
    private final ActionFactory actions;
    private final Messages messages;
    @FXML private TextField filter;
    @FXML private HBox parameterBox;
    @FXML private HBox pagingBar;
    @FXML private TableView<Group> table;
    @FXML private TableColumn<Group, String> nameColumn;
    @FXML private TableColumn<Group, String> typeColumn;
    @FXML private TableColumn<Group, String> descriptionColumn;
    @FXML private TableColumn<Group, String> organizationColumn;
    @FXML private TableColumn<Group, Instant> createdColumn;
    @FXML private TableColumn<Group, Instant> updatedColumn;
    @FXML private TableColumn<Group, String> idColumn;
    @FXML private Label count;
    @FXML private Label outcome;
    @FXML private ProgressIndicator progress;
    @FXML private Button loadMore;
    @FXML private Button loadAll;
    @FXML private Button cancel;

    public GroupsView(GroupsViewModel viewModel, ActionFactory actions, Messages messages) {
        this.viewModel = viewModel;
        this.actions = actions;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        filter.textProperty().bindBidirectional(viewModel.filterProperty());
        text(nameColumn, Group::name);
        text(typeColumn, g -> g.groupType() == null ? null : g.groupType().wireName());
        text(descriptionColumn, Group::description);
        text(organizationColumn, Group::organization);
        time(createdColumn, Group::createdAt);
        time(updatedColumn, Group::updatedAt);
        text(idColumn, Group::id);
        SortedList<Group> sorted = new SortedList<>(viewModel.shown());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> viewModel.select(now));
        // Registered after setItems, so it runs after the selection model's own reaction to a re-filter: the
        // row of the group still open is selected again.
        sorted.addListener((ListChangeListener<Group>) c -> reselect());
        viewModel.selectedProperty().addListener((o, was, now) -> {
            if (now != null && table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().clearAndSelect(table.getItems().indexOf(now));
                table.scrollTo(now);
            }
        });
        table.setContextMenu(new ContextMenu(actions.contextItem(ActionId.COPY_ROWS), actions.contextItem(ActionId.NEW_GROUP),
                actions.contextItem(ActionId.ADD_MEMBER), actions.contextItem(ActionId.EXPORT), actions.contextItem(ActionId.REFRESH)));
        count.textProperty().bind(viewModel.countProperty());
        outcome.textProperty().bind(viewModel.outcomeProperty());
        progress.visibleProperty().bind(viewModel.loadingProperty());
        actions.configure(loadMore, ActionId.LOAD_MORE, true);
        actions.configure(loadAll, ActionId.LOAD_ALL, true);
        actions.configure(cancel, ActionId.CANCEL_LOAD, true);
        cancel.visibleProperty().bind(viewModel.loadingProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        dev.roster.app.ui.theme.NarrowBars.iconsWhenNarrow(pagingBar);
        viewModel.parameters().addListener((ListChangeListener<ParameterField>) c -> showParameters());
        showParameters();
    }

    private void reselect() {
        Group open = viewModel.selectedProperty().get();
        int index = open == null ? -1 : table.getItems().indexOf(open);
        if (index >= 0 && table.getSelectionModel().getSelectedItem() != open) {
            table.getSelectionModel().clearAndSelect(index);
        }
    }

    /** One small field per server-side parameter the connector declares; Enter reloads with them. */
    private void showParameters() {
        Label heading = new Label(messages.get("groups.parameters"));
        heading.setMinWidth(Label.USE_PREF_SIZE);
        parameterBox.getChildren().setAll(heading);
        for (ParameterField p : viewModel.parameters()) {
            TextField field = new TextField();
            field.setId("param-" + p.name());
            field.setPromptText(messages.get("groups.parameter.prompt", p.name()));
            field.setPrefColumnCount(14);
            field.setMinWidth(60);
            javafx.scene.layout.HBox.setHgrow(field, javafx.scene.layout.Priority.ALWAYS);
            field.textProperty().bindBidirectional(p.valueProperty());
            field.setOnAction(e -> viewModel.refresh());
            parameterBox.getChildren().add(field);
        }
        parameterBox.setVisible(!viewModel.parameters().isEmpty());
        parameterBox.setManaged(parameterBox.isVisible());
    }

    public void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }

    public boolean tableFocused() {
        return table.isFocused();
    }

    public List<Group> selection() {
        return List.copyOf(table.getSelectionModel().getSelectedItems());
    }

    /** Rows in the order shown (sorted, filtered): what an export of "the current list" writes. */
    public List<Group> rowsShown() {
        return List.copyOf(table.getItems());
    }

    private static void text(TableColumn<Group, String> column, Function<Group, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    }

    private static void time(TableColumn<Group, Instant> column, Function<Group, Instant> value) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Instant item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : Formats.instant(item));
            }
        });
    }
}
