package dev.roster.app.users;

import dev.roster.app.ui.Messages;
import dev.roster.app.ui.form.DialogBits;
import dev.roster.connectors.model.Group;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/** The add-to-group dialog: the user, a group search, the matches; Down and Enter as in add-member. Wiring only. */
public final class AddToGroupView {
    private final AddToGroupViewModel viewModel;
    private final Messages messages;
    private final Consumer<Group> onAdded;
    @FXML private Label user;
    @FXML private TextField search;
    @FXML private ListView<Group> matches;
    @FXML private Label chosen;
    @FXML private Label error;
    @FXML private Button add;
    @FXML private Button cancel;

    public AddToGroupView(AddToGroupViewModel viewModel, Messages messages, Consumer<Group> onAdded) {
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
        user.setText(messages.get("members.add.user", UserLabel.of(viewModel.user())));
        search.textProperty().bindBidirectional(viewModel.searchProperty());
        matches.setItems(viewModel.matches());
        matches.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Group item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null
                        : item.description() == null || item.description().isBlank() ? item.name() : item.name() + " \u2014 " + item.description());
            }
        });
        matches.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                viewModel.groupProperty().set(now);
            }
        });
        chosen.textProperty().bind(Bindings.createStringBinding(() -> viewModel.groupProperty().get() == null
                ? messages.get("users.addToGroup.noGroup") : messages.get("users.addToGroup.group", viewModel.groupProperty().get().name()),
                viewModel.groupProperty()));
        DialogBits.writeButtons(viewModel.state(), error, add, cancel, this::submit, search);
        add.disableProperty().unbind();
        add.disableProperty().bind(viewModel.canSubmit().not());
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
        search.sceneProperty().flatMap(javafx.scene.Scene::windowProperty).subscribe(window -> {
            if (window != null) {
                window.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> viewModel.close());
            }
        });
        viewModel.start();
    }
}
