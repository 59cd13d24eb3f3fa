package dev.roster.app.ui.form;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.scene.control.PasswordField;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Password fields forget what was typed when their dialog closes (OK, Cancel, Esc, the window's close box),
 * so that a secret does not stay in a hidden window's scene graph for the rest of the session. JavaFX keeps a
 * field's text as a String, which cannot be overwritten; clearing drops the field's reference to it, the
 * most the toolkit allows. Read a field's characters with {@link #chars(PasswordField)} rather than getText.
 */
public final class SecretFields {
    private SecretFields() {
    }

    /** Clears {@code fields} when {@code window} (a dialog's stage) is hidden. */
    public static void clearOnClose(Window window, PasswordField... fields) {
        List<PasswordField> all = List.of(fields);
        window.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> clear(all));
    }

    /** Clears {@code fields} when {@code dialog} (an Alert, a Dialog) is hidden, whichever button closed it. */
    public static void clearOnClose(Dialog<?> dialog, PasswordField... fields) {
        List<PasswordField> all = List.of(fields);
        dialog.addEventHandler(DialogEvent.DIALOG_HIDDEN, e -> clear(all));
    }

    /**
     * For a view wired before its window exists (an FXML controller's initialize): clears {@code fields} when
     * the window {@code anyNodeOfTheDialog} ends up in is hidden.
     */
    public static void clearOnClose(Node anyNodeOfTheDialog, PasswordField... fields) {
        List<PasswordField> all = List.of(fields);
        anyNodeOfTheDialog.sceneProperty().flatMap(Scene::windowProperty).subscribe((was, now) -> {
            if (now != null) {
                now.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> clear(all));
            }
        });
    }

    /** The field's characters as a new array (the caller wipes it), without making another String of them. */
    public static char[] chars(PasswordField field) {
        CharSequence typed = field.getCharacters();
        char[] chars = new char[typed.length()];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = typed.charAt(i);
        }
        return chars;
    }

    private static void clear(List<PasswordField> fields) {
        fields.forEach(PasswordField::clear);
    }
}
