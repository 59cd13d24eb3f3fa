package dev.roster.app.ui.form;

import dev.roster.app.ui.Messages;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** {@link Dialogs} as JavaFX alerts owned by the main window (so they stay on top of it). */
public final class FxDialogs implements Dialogs {
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
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, confirmation.content(), confirm, cancel);
        alert.initOwner(owner.get());
        alert.setTitle(confirmation.title());
        alert.setHeaderText(confirmation.header());
        alert.getDialogPane().setId("confirmation");
        alert.getDialogPane().lookupButton(cancel).setId("confirmation-cancel");
        alert.getDialogPane().lookupButton(confirm).setId("confirmation-ok");
        // Removing is the dangerous answer: Enter must not confirm it by accident.
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(confirm)).setDefaultButton(false);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        return alert.showAndWait().filter(confirm::equals).isPresent();
    }
}
