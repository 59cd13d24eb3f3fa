package dev.roster.app.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** Small wiring shared by the write dialogs: required marks, error lines, closing. */
public final class DialogBits {
    private DialogBits() {
    }

    /** "Name *" for a required field, so the mark and the check come from the same Capabilities. */
    public static String label(String text, boolean required) {
        return required ? text + " *" : text;
    }

    /** A label that shows {@code text} and takes no room while it is empty. */
    public static void errorLine(Label label, javafx.beans.value.ObservableValue<String> text) {
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    /** Decorates {@code node} with the form's check for {@code field}, when it has one. */
    public static void decorate(Form form, String field, Node node) {
        var check = form.checkOf(field);
        if (check != null) {
            check.decorates(node);
        }
    }

    public static void close(Node anyNodeOfTheDialog) {
        if (anyNodeOfTheDialog.getScene() != null && anyNodeOfTheDialog.getScene().getWindow() instanceof Stage stage) {
            stage.close();
        }
    }
}
