package dev.roster.app.connections;

import dev.roster.app.service.ConnectionTransfer;
import dev.roster.app.ui.Messages;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

/** The questions the connection actions ask: a new name, whether to copy secrets, what to do with clashing names. */
public class ConnectionPrompts {
    private final Messages messages;
    private final Supplier<Window> owner;

    public ConnectionPrompts(Messages messages, Supplier<Window> owner) {
        this.messages = messages;
        this.owner = owner;
    }

    /** A name typed by the person, or empty when they cancelled. */
    public Optional<String> name(String title, String header, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial);
        dialog.initOwner(owner.get());
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.getDialogPane().setId("connection-name-dialog");
        dialog.getEditor().setId("connection-name-input");
        dialog.getDialogPane().lookupButton(ButtonType.OK).setId("connection-name-ok");
        return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    /** True: copy the keychain secrets; false: leave them to be entered; empty: cancelled. */
    public Optional<Boolean> copySecrets(String from) {
        ButtonType copy = new ButtonType(messages.get("connections.duplicate.copySecrets"), ButtonBar.ButtonData.YES);
        ButtonType leave = new ButtonType(messages.get("connections.duplicate.leaveSecrets"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, messages.get("connections.duplicate.secretsQuestion", from), copy, leave, cancel);
        alert.initOwner(owner.get());
        alert.setTitle(messages.get("connections.duplicate.title"));
        alert.setHeaderText(null);
        alert.getDialogPane().setId("duplicate-secrets-dialog");
        alert.getDialogPane().lookupButton(copy).setId("duplicate-copy-secrets");
        alert.getDialogPane().lookupButton(leave).setId("duplicate-leave-secrets");
        return alert.showAndWait().filter(b -> b != cancel).map(b -> b == copy);
    }

    /** Rename or skip the names taken here; empty: cancel the import. */
    public Optional<ConnectionTransfer.Clashes> clashes(List<String> names) {
        ButtonType rename = new ButtonType(messages.get("connections.import.rename"), ButtonBar.ButtonData.YES);
        ButtonType skip = new ButtonType(messages.get("connections.import.skip"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, messages.get("connections.import.clashes", String.join(", ", names)),
                rename, skip, cancel);
        alert.initOwner(owner.get());
        alert.setTitle(messages.get("connections.import.title"));
        alert.setHeaderText(null);
        alert.getDialogPane().setId("import-clashes-dialog");
        alert.getDialogPane().lookupButton(rename).setId("import-rename");
        alert.getDialogPane().lookupButton(skip).setId("import-skip");
        return alert.showAndWait().filter(b -> b != cancel)
                .map(b -> b == rename ? ConnectionTransfer.Clashes.RENAME : ConnectionTransfer.Clashes.SKIP);
    }

    /** Tells the person something that needs no answer (what an import added and what is still to be entered). */
    public void inform(String title, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text, ButtonType.OK);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.getDialogPane().setId("connections-info");
        alert.show();
    }
}
