package dev.roster.app.ui.form;

import dev.roster.app.ui.Messages;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** {@link Dialogs} as JavaFX alerts owned by the main window (so they stay on top of it). */
public final class FxDialogs implements Dialogs {
    /** Rows of the item list shown before it scrolls: enough to read a handful, small enough for 900×600. */
    static final int VISIBLE_ITEMS = 12;
    private static final double ROW_HEIGHT = 26;

    private final Messages messages;
    private final java.util.function.Supplier<Window> owner;

    public FxDialogs(Messages messages, java.util.function.Supplier<Window> owner) {
        this.messages = messages;
        this.owner = owner;
    }

    @Override
    public boolean confirm(Confirmation confirmation) {
        ButtonType confirm = new ButtonType(confirmation.confirmLabel(), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, null, confirm, cancel);
        alert.initOwner(owner.get());
        alert.setTitle(confirmation.title());
        alert.setHeaderText(confirmation.header());
        alert.setResizable(true);
        alert.getDialogPane().setId("confirmation");
        alert.getDialogPane().setContent(content(confirmation, (Button) alert.getDialogPane().lookupButton(confirm)));
        alert.getDialogPane().lookupButton(cancel).setId("confirmation-cancel");
        alert.getDialogPane().lookupButton(confirm).setId("confirmation-ok");
        // Removing is the dangerous answer: Enter must not confirm it by accident.
        ((Button) alert.getDialogPane().lookupButton(confirm)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        return alert.showAndWait().filter(confirm::equals).isPresent();
    }

    /** The intro, every item in a list that scrolls past {@link #VISIBLE_ITEMS}, and the typed answer if asked. */
    private static VBox content(Confirmation confirmation, Button confirmButton) {
        VBox box = new VBox(8);
        box.setId("confirmation-content");
        if (confirmation.intro() != null) {
            Label intro = new Label(confirmation.intro());
            intro.setId("confirmation-intro");
            intro.setWrapText(true);
            intro.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            box.getChildren().add(intro);
        }
        if (!confirmation.items().isEmpty()) {
            ListView<String> items = new ListView<>(javafx.collections.FXCollections.observableArrayList(confirmation.items()));
            items.setId("confirmation-items");
            items.setFocusTraversable(false);
            items.setFixedCellSize(ROW_HEIGHT);
            double height = Math.min(confirmation.items().size(), VISIBLE_ITEMS) * ROW_HEIGHT + 4;
            items.setPrefHeight(height);
            items.setMinHeight(Math.min(height, 3 * ROW_HEIGHT + 4));
            items.setPrefWidth(440);
            javafx.scene.layout.VBox.setVgrow(items, javafx.scene.layout.Priority.ALWAYS);
            box.getChildren().add(items);
        }
        if (confirmation.needsTypedAnswer()) {
            Label prompt = new Label(confirmation.typedPrompt());
            prompt.setWrapText(true);
            prompt.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            TextField typed = new TextField();
            typed.setId("confirmation-typed");
            prompt.setLabelFor(typed);
            confirmButton.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                    () -> !confirmation.accepts(typed.getText()), typed.textProperty()));
            box.getChildren().addAll(prompt, typed);
            javafx.application.Platform.runLater(typed::requestFocus);
        }
        return box;
    }
}
