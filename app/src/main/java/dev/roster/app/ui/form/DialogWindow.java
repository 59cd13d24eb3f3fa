package dev.roster.app.ui.form;

import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A modal window for a dialog's FXML: owned by the main window, closed by Esc, and sized to its content
 * as that content changes (a validation summary or a provider's error appearing makes the window taller,
 * so nothing is pushed out of view; its going away gives the room back).
 */
public final class DialogWindow {
    private DialogWindow() {
    }

    public static Stage open(Window owner, Parent root, String title) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(title);
        Scene scene = new Scene(root);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                stage.close();
            }
        });
        stage.setScene(scene);
        followContentHeight(stage, root);
        stage.show();
        overOwner(stage, owner);
        return stage;
    }

    /**
     * After each layout pass, changes the window's height by as much as the content's preferred height
     * changed: a height the person chose by resizing is kept, plus or minus what the content needs. Never
     * taller than the screen the window is on (the dialogs' long parts scroll).
     */
    static void followContentHeight(Stage stage, Parent root) {
        double[] last = {Double.NaN};
        root.getScene().addPostLayoutPulseListener(() -> {
            if (!stage.isShowing()) {
                return;
            }
            double pref = root.prefHeight(root.getScene().getWidth());
            if (Double.isNaN(last[0])) {
                last[0] = pref;
                return;
            }
            double delta = pref - last[0];
            if (Math.abs(delta) < 0.5) {
                return;
            }
            last[0] = pref;
            double chrome = stage.getHeight() - root.getScene().getHeight();
            double wanted = Math.max(root.getScene().getHeight() + delta, root.minHeight(root.getScene().getWidth()));
            Rectangle2D bounds = screenBounds(stage);
            double height = Math.min(wanted + chrome, bounds.getHeight());
            stage.setHeight(height);
            // grown past the screen's bottom edge (its buttons out of reach): move up, never above the top
            if (stage.getY() + height > bounds.getMaxY()) {
                stage.setY(Math.max(bounds.getMinY(), bounds.getMaxY() - height));
            }
        });
    }

    /** Centred over the main window, and kept on its screen: a dialog is read next to what it acts on. */
    private static void overOwner(Stage stage, Window owner) {
        if (owner == null) {
            return;
        }
        var screens = Screen.getScreensForRectangle(owner.getX(), owner.getY(), Math.max(1, owner.getWidth()), Math.max(1, owner.getHeight()));
        Rectangle2D bounds = (screens.isEmpty() ? Screen.getPrimary() : screens.getFirst()).getVisualBounds();
        double height = Math.min(stage.getHeight(), bounds.getHeight());
        stage.setHeight(height);
        stage.setX(clamp(owner.getX() + (owner.getWidth() - stage.getWidth()) / 2, bounds.getMinX(), bounds.getMaxX() - stage.getWidth()));
        stage.setY(clamp(owner.getY() + (owner.getHeight() - height) / 3, bounds.getMinY(), bounds.getMaxY() - height));
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(value, Math.max(min, max)));
    }

    private static Rectangle2D screenBounds(Stage stage) {
        var screens = Screen.getScreensForRectangle(stage.getX(), stage.getY(), Math.max(1, stage.getWidth()), Math.max(1, stage.getHeight()));
        return (screens.isEmpty() ? Screen.getPrimary() : screens.getFirst()).getVisualBounds();
    }
}
