package dev.roster.app.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.text.Text;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Small look-ups the console's TestFX tests share: rows by item, whether a dialog shows, what a window says. */
public final class Ui {
    private Ui() {
    }

    /** The table row (in {@code table}, a query such as {@code #groups-table}) that shows {@code item}. */
    public static Node row(FxRobot robot, String table, Object item) {
        return robot.lookup(table + " .table-row-cell").match(r -> item.equals(((TableRow<?>) r).getItem())).queryAs(Node.class);
    }

    /** Scrolls {@code table} to the first item {@code which} accepts and clicks its row; returns the item. */
    public static <T> T clickRow(FxRobot robot, String table, java.util.function.Predicate<T> which) {
        @SuppressWarnings("unchecked")
        javafx.scene.control.TableView<T> view = robot.lookup(table).queryAs(javafx.scene.control.TableView.class);
        T item = view.getItems().stream().filter(which).findFirst()
                .orElseThrow(() -> new AssertionError("no such row in " + table));
        fx(() -> view.scrollTo(item));
        robot.clickOn(row(robot, table, item));
        return item;
    }

    /** Whether a node matching {@code query} is in a window that is showing. */
    public static boolean showing(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery()
                .map(n -> n.getScene() != null && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing())
                .orElse(false);
    }

    /** Every text a person can read under {@code root}: labels, buttons, text nodes, fields and areas. */
    public static String texts(Node root) {
        AtomicReference<String> all = new AtomicReference<>();
        WaitForAsyncUtils.waitForAsyncFx(TimeUnit.SECONDS.toMillis(10), () -> {
            List<String> found = new ArrayList<>();
            collect(root, found);
            all.set(String.join("\n", found));
        });
        return all.get();
    }

    private static void collect(Node node, List<String> found) {
        if (node instanceof Labeled l && l.getText() != null) {
            found.add(l.getText());
        } else if (node instanceof Text t && t.getText() != null) {
            found.add(t.getText());
        } else if (node instanceof TextInputControl t && t.getText() != null) {
            found.add(t.getText());
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, found));
        }
    }

    /**
     * Scrolls {@code pane} so that {@code node} sits in the middle of its viewport, and says whether it now lies
     * wholly inside it (layout runs in pulses: call it from an await until it does).
     */
    public static boolean scrolledIntoView(ScrollPane pane, Node node) {
        AtomicBoolean inside = new AtomicBoolean();
        fx(() -> {
            pane.layout();
            Bounds inContent = pane.getContent().sceneToLocal(node.localToScene(node.getLayoutBounds()));
            double viewport = pane.getViewportBounds().getHeight();
            double scrollable = pane.getContent().getLayoutBounds().getHeight() - viewport;
            if (scrollable > 0) {
                double top = inContent.getMinY() + inContent.getHeight() / 2 - viewport / 2;
                pane.setVvalue(pane.getVmin() + (pane.getVmax() - pane.getVmin()) * Math.clamp(top / scrollable, 0.0, 1.0));
            }
            pane.layout();
            inside.set(pane.localToScene(pane.getLayoutBounds()).contains(node.localToScene(node.getLayoutBounds())));
        });
        return inside.get();
    }

    /** Runs {@code work} on the FX thread and waits for it, at most 10 s (TestFX's own interact() has no bound). */
    public static void fx(Runnable work) {
        WaitForAsyncUtils.waitForAsyncFx(TimeUnit.SECONDS.toMillis(10), work);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Empties the clipboard, so that what a test reads afterwards was put there by the console. */
    public static void clearClipboard() {
        WaitForAsyncUtils.waitForAsyncFx(TimeUnit.SECONDS.toMillis(10), () -> Clipboard.getSystemClipboard().clear());
    }

    /** The system clipboard's text, read on the FX thread. */
    public static String clipboard() {
        AtomicReference<String> text = new AtomicReference<>();
        WaitForAsyncUtils.waitForAsyncFx(TimeUnit.SECONDS.toMillis(10), () -> text.set(Clipboard.getSystemClipboard().getString()));
        return text.get();
    }
}
