package dev.roster.app.ui.form;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** Small wiring shared by the write dialogs: required marks, error lines, buttons, focus, closing. */
public final class DialogBits {
    private static final javafx.css.PseudoClass DANGER = javafx.css.PseudoClass.getPseudoClass("danger");
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

    /**
     * Decorates {@code control} with the form's message for {@code field} (ControlsFX validation: icon and
     * tooltip), re-validated each time the form is evaluated.
     */
    public static void decorate(org.controlsfx.validation.ValidationSupport support, Form form, String field,
                                javafx.scene.control.Control control) {
        if (!form.hasRule(field)) {
            return;
        }
        var error = form.error(field);
        support.registerValidator(control, false, (javafx.scene.control.Control c, Object value) ->
                org.controlsfx.validation.ValidationResult.fromErrorIf(c, error.get(), error.get() != null));
        javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();
        tip.textProperty().bind(error);
        error.addListener((o, was, now) -> {
            control.setTooltip(now == null ? null : tip);
            // AtlantaFX's :danger state: the theme's own red border, light or dark.
            control.pseudoClassStateChanged(DANGER, now != null);
        });
    }

    /** A validation support for a form: quiet until the form is evaluated, then following it. */
    public static org.controlsfx.validation.ValidationSupport validation(Form form) {
        var support = new org.controlsfx.validation.ValidationSupport();
        // Style classes rather than graphic overlays: overlays need the scene root and misplace inside scroll panes.
        support.setValidationDecorator(new org.controlsfx.validation.decoration.StyleClassValidationDecoration());
        form.revisionProperty().addListener((o, was, now) -> support.revalidate());
        return support;
    }

    /**
     * The wiring every write dialog shares: the provider's error line, submit (off while the write runs) and
     * cancel, and {@code first} focused when the window opens, so typing can start at once.
     */
    public static void writeButtons(WriteState state, Label error, javafx.scene.control.Button submit,
                                    javafx.scene.control.Button cancel, Runnable onSubmit, Node first) {
        errorLine(error, state.errorProperty());
        submit.disableProperty().bind(state.busyProperty());
        submit.setOnAction(e -> onSubmit.run());
        cancel.setOnAction(e -> close(cancel));
        focusOnOpen(first);
    }

    /** A form dialog's head: which connection it writes to, and the form's summary under the fields. */
    public static org.controlsfx.validation.ValidationSupport formLines(dev.roster.app.session.WriteDialogModel model,
                                                                       dev.roster.app.ui.Messages messages,
                                                                       Label connection, Label summary) {
        connection.setText(messages.get("dialog.connection", model.connectionName()));
        errorLine(summary, model.form().summary());
        return validation(model.form());
    }

    /** Focuses {@code node} once its window is showing (a request before that is lost). */
    public static void focusOnOpen(Node node) {
        node.sceneProperty().flatMap(javafx.scene.Scene::windowProperty).flatMap(javafx.stage.Window::showingProperty)
                .subscribe(showing -> {
                    if (Boolean.TRUE.equals(showing)) {
                        javafx.application.Platform.runLater(node::requestFocus);
                    }
                });
    }

    public static void close(Node anyNodeOfTheDialog) {
        if (anyNodeOfTheDialog.getScene() != null && anyNodeOfTheDialog.getScene().getWindow() instanceof Stage stage) {
            stage.close();
        }
    }
}
