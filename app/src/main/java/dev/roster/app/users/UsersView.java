package dev.roster.app.users;

import dev.roster.app.groups.ParameterField;
import dev.roster.app.ui.Messages;
import dev.roster.app.ui.action.ActionFactory;
import dev.roster.app.ui.action.ActionId;
import dev.roster.connectors.model.User;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** The users browser: search box, the connector's other parameters, the page table and "load more". Wiring only. */
public final class UsersView {
    private final UsersViewModel viewModel;
    private final ActionFactory actions;
    private final Messages messages;
    @FXML private TextField search;
    @FXML private Label searchNote;
    @FXML private HBox parameterBox;
    @FXML private TableView<User> table;
    @FXML private Label placeholder;
    @FXML private TableColumn<User, String> nameColumn;
    @FXML private TableColumn<User, String> usernameColumn;
    @FXML private TableColumn<User, String> emailColumn;
    @FXML private TableColumn<User, String> statusColumn;
    @FXML private TableColumn<User, String> titleColumn;
    @FXML private TableColumn<User, String> idColumn;
    @FXML private HBox pagingBar;
    @FXML private Label count;
    @FXML private Label outcome;
    @FXML private ProgressIndicator progress;
    @FXML private Button loadMore;

    public UsersView(UsersViewModel viewModel, ActionFactory actions, Messages messages) {
        this.viewModel = viewModel;
        this.actions = actions;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        search.textProperty().bindBidirectional(viewModel.searchProperty());
        // no search parameter: the box is off, and the note under it says why
        search.disableProperty().bind(viewModel.searchParameterProperty().isNull());
        search.setOnAction(e -> viewModel.refresh());
        searchNote.textProperty().bind(viewModel.searchNoteProperty());
        placeholder.textProperty().bind(Bindings.createStringBinding(() -> messages.get(viewModel.loadingProperty().get()
                ? "users.browser.loading" : "users.browser.empty"), viewModel.loadingProperty()));
        text(nameColumn, u -> u.name() != null ? u.name() : UserLabel.of(u));
        text(usernameColumn, User::username);
        text(emailColumn, User::primaryEmail);
        text(statusColumn, User::status);
        text(titleColumn, User::title);
        text(idColumn, User::id);
        table.setItems(viewModel.loaded());
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> viewModel.select(now));
        // after a new page replaced the rows, the user still open is selected again
        viewModel.loaded().addListener((ListChangeListener<User>) c -> reselect());
        viewModel.selectedProperty().addListener((o, was, now) -> reselect());
        table.setContextMenu(new ContextMenu(actions.contextItem(ActionId.ADD_TO_GROUP), actions.contextItem(ActionId.COPY_ROWS),
                actions.contextItem(ActionId.REFRESH)));
        count.textProperty().bind(viewModel.countProperty());
        outcome.textProperty().bind(viewModel.outcomeProperty());
        progress.visibleProperty().bind(viewModel.loadingProperty());
        actions.configure(loadMore, ActionId.USERS_LOAD_MORE, true);
        dev.roster.app.ui.theme.NarrowBars.iconsWhenNarrow(pagingBar);
        viewModel.parameters().addListener((ListChangeListener<ParameterField>) c -> showParameters());
        showParameters();
    }

    private void reselect() {
        User open = viewModel.selectedProperty().get();
        if (open == null) {
            if (table.getSelectionModel().getSelectedItem() != null) {
                table.getSelectionModel().clearSelection();
            }
            return;
        }
        int index = table.getItems().indexOf(open);
        if (index >= 0 && table.getSelectionModel().getSelectedItem() != open) {
            table.getSelectionModel().clearAndSelect(index);
            table.scrollTo(index);
        }
    }

    /** One field per other declared parameter (an LDAP filter, a base): Enter reads the list with them. */
    private void showParameters() {
        Label heading = new Label(messages.get("groups.parameters"));
        heading.setMinWidth(Label.USE_PREF_SIZE);
        parameterBox.getChildren().setAll(heading);
        for (ParameterField p : viewModel.parameters()) {
            TextField field = new TextField();
            field.setId("users-param-" + p.name());
            field.setPromptText(messages.get("groups.parameter.prompt", p.name()));
            field.setPrefColumnCount(14);
            field.setMinWidth(60);
            HBox.setHgrow(field, Priority.ALWAYS);
            field.textProperty().bindBidirectional(p.valueProperty());
            field.setOnAction(e -> viewModel.refresh());
            parameterBox.getChildren().add(field);
        }
        parameterBox.setVisible(!viewModel.parameters().isEmpty());
        parameterBox.setManaged(parameterBox.isVisible());
    }

    /** Ctrl+F in the Users view: the search box, or the first parameter when there is no search. */
    public void focusSearch() {
        if (!search.isDisabled()) {
            search.requestFocus();
            search.selectAll();
        } else if (parameterBox.getChildren().size() > 1) {
            parameterBox.getChildren().get(1).requestFocus();
        } else {
            table.requestFocus();
        }
    }

    public boolean tableFocused() {
        return table.isFocused();
    }

    public List<User> selection() {
        return List.copyOf(table.getSelectionModel().getSelectedItems());
    }

    private static void text(TableColumn<User, String> column, Function<User, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    }
}
