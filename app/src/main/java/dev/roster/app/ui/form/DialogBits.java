package dev.roster.app.ui.form;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** Small wiring shared by the write dialogs: required marks, error lines, closing. */
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

    public static void close(Node anyNodeOfTheDialog) {
        if (anyNodeOfTheDialog.getScene() != null && anyNodeOfTheDialog.getScene().getWindow() instanceof Stage stage) {
            stage.close();
        }
    }
}
