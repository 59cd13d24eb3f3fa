package dev.roster.app.ui.form;

import dev.roster.app.ui.Messages;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * {@link SecretPrompter} as a password dialog owned by the main window: it says that there is no keychain and
 * that the secret is kept in memory for this session only. The field is cleared when the dialog closes.
 */
public final class FxSecretPrompter implements SecretPrompter {
    private final Messages messages;
    private final Supplier<Window> owner;

    public FxSecretPrompter(Messages messages, Supplier<Window> owner) {
        this.messages = messages;
        this.owner = owner;
    }

    @Override
    public Optional<char[]> ask(Question question) {
        ButtonType use = new ButtonType(messages.get("connections.secretPrompt.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Dialog<char[]> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle(messages.get("connections.secretPrompt.title", question.connection()));
        dialog.setHeaderText(messages.get("connections.secretPrompt.header", question.label(), question.connection()));
        dialog.getDialogPane().setId("session-secret");
        dialog.getDialogPane().getButtonTypes().setAll(use, cancel);
        Label intro = new Label(messages.get("connections.secretPrompt.intro", question.reason()));
        intro.setId("session-secret-intro");
        intro.setWrapText(true);
        intro.setMaxWidth(440);
        intro.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label label = new Label(messages.get("connections.secretPrompt.label", question.label()));
        PasswordField field = new PasswordField();
        field.setId("session-secret-field");
        label.setLabelFor(field);
        dialog.getDialogPane().setContent(new VBox(8, intro, label, field));
        Button ok = (Button) dialog.getDialogPane().lookupButton(use);
        ok.setId("session-secret-ok");
        ok.disableProperty().bind(field.textProperty().isEmpty());
        dialog.getDialogPane().lookupButton(cancel).setId("session-secret-cancel");
        // the characters are copied out before the field is cleared (the dialog's hiding clears it)
        dialog.setResultConverter(button -> button == use ? SecretFields.chars(field) : null);
        SecretFields.clearOnClose(dialog, field);
        javafx.application.Platform.runLater(field::requestFocus);
        return dialog.showAndWait();
    }
}
