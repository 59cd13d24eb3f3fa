package dev.roster.app.testing;

import dev.roster.app.main.ConsoleApp;
import dev.roster.app.main.ConsoleWindow;
import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableRow;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * A console of its own for each test, on a fresh home whose {@code sandbox} is a {@link FakeSandbox}:
 * the TestFX tests of one view start from here and share nothing.
 */
public abstract class ConsoleRobot extends FxRobot {
    @TempDir protected Path home;
    protected ConsoleApp app;

    protected void start(FakeSandbox sandbox) throws Exception {
        app = ConsoleFixture.start(home, sandbox.registry());
        ConsoleFixture.await(30, () -> window().connections().session() != null);
        ConsoleFixture.await(30, () -> !window().groups().loadingProperty().get() && !window().groups().loaded().isEmpty());
        // the inspector starts collapsed to a strip; these tests were written with it expanded, as Ctrl+I leaves it
        Ui.fx(window()::showInspector);
    }

    @AfterEach
    void stopConsole() throws Exception {
        ConsoleFixture.stop(app);
    }

    protected ConsoleWindow window() {
        return app.window();
    }

    protected <T extends Node> T node(String query, Class<T> type) {
        return lookup(query).queryAs(type);
    }

    protected boolean showing(String query) {
        return lookup(query).tryQuery().map(n -> n.getScene() != null && n.getScene().getWindow().isShowing()).orElse(false);
    }

    protected Node row(String table, Object item) {
        return lookup(table + " .table-row-cell").match(r -> ((TableRow<?>) r).getItem() == item).queryAs(Node.class);
    }

    /**
     * Gives the dialog's window the keyboard the way a person's window manager does, by clicking its title
     * line (a label, which takes no focus): Monocle leaves keys with the main window otherwise. What has the
     * focus inside the dialog stays as the dialog set it.
     */
    protected void keyboardTo(String dialog) {
        clickOn(lookup(dialog + " .dialog-title").queryAs(Node.class));
    }

    protected void resize(double width, double height) throws Exception {
        interact(() -> {
            window().stage().setWidth(width);
            window().stage().setHeight(height);
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    /** True when the whole of {@code node} lies inside its window's scene (nothing pushed out of view). */
    public static boolean insideItsWindow(Node node) {
        Bounds b = node.localToScene(node.getBoundsInLocal());
        return node.isVisible() && b.getMinY() >= 0 && b.getMaxY() <= node.getScene().getHeight() + 0.5
                && b.getMinX() >= 0 && b.getMaxX() <= node.getScene().getWidth() + 0.5;
    }

    /** What a labeled control actually draws: its text, or the text cut with an ellipsis when it has no room. */
    public static String drawn(Labeled labeled) {
        Node text = labeled.lookup(".text");
        return text instanceof Text t ? t.getText() : labeled.getText();
    }
}
