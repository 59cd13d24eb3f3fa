package dev.roster.app.members;

import dev.roster.app.ui.form.DialogBits;
import dev.roster.app.ui.Messages;
import dev.roster.app.users.UserLabel;
import dev.roster.connectors.model.Group;
import dev.roster.connectors.model.User;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.StringConverter;

/** The add-member dialog: group picker, search-as-you-type user list. Wiring only. */
public final class AddMemberView {
    private final AddMemberViewModel viewModel;
    private final Messages messages;
    private final Consumer<Group> onAdded;
    @FXML private ComboBox<Group> group;
    @FXML private TextField search;
    @FXML private ListView<User> matches;
    @FXML private Label chosen;
    @FXML private Label error;
    @FXML private Button add;
    @FXML private Button cancel;

    public AddMemberView(AddMemberViewModel viewModel, Messages messages, Consumer<Group> onAdded) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.onAdded = onAdded;
    }

    private void submit() {
        viewModel.submit(g -> {
            onAdded.accept(g);
            DialogBits.close(add);
        });
    }

    @FXML
    private void initialize() {
        group.setItems(viewModel.groups());
        group.setConverter(new StringConverter<>() {
            @Override public String toString(Group g) { return g == null ? "" : g.name(); }
            @Override public Group fromString(String s) { return null; }
        });
        group.valueProperty().bindBidirectional(viewModel.groupProperty());
        search.textProperty().bindBidirectional(viewModel.searchProperty());
        matches.setItems(viewModel.matches());
        matches.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(User item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : UserLabel.of(item));
            }
        });
        matches.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                viewModel.userProperty().set(now);
            }
        });
        chosen.textProperty().bind(Bindings.createStringBinding(() -> viewModel.userProperty().get() == null
                ? messages.get("members.add.noUser") : messages.get("members.add.user", UserLabel.of(viewModel.userProperty().get())),
                viewModel.userProperty()));
        DialogBits.writeButtons(viewModel.state(), error, add, cancel, this::submit, search);
        // Adding takes a chosen user, not only an idle dialog.
        add.disableProperty().unbind();
        add.disableProperty().bind(viewModel.canSubmit().not());
        // The keyboard path: Down from the search box into the results, Enter on a result adds it.
        search.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN && !matches.getItems().isEmpty()) {
                e.consume();
                matches.requestFocus();
                if (matches.getSelectionModel().isEmpty()) {
                    matches.getSelectionModel().selectFirst();
                }
                matches.getFocusModel().focus(matches.getSelectionModel().getSelectedIndex());
            }
        });
        matches.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && matches.getSelectionModel().getSelectedItem() != null) {
                e.consume();
                submit();
            }
        });
        // Closing the dialog (any way) stops its reads: the user walk is kept only for its lifetime.
        search.sceneProperty().flatMap(javafx.scene.Scene::windowProperty).subscribe(window -> {
            if (window != null) {
                window.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> viewModel.close());
            }
        });
    }
}
