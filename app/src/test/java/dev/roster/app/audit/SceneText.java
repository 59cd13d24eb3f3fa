package dev.roster.app.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Everything a screenshot of the console could show, as text: for every open window (the main one and any
 * dialog) its title, and under its scene every label, button, text node, field and area, tooltip, tab, menu
 * item, list item and the value of every cell of every table (all rows, not only those drawn: a scrolled
 * screenshot could show any). Read on the FX thread.
 */
public final class SceneText {
    private SceneText() {
    }

    /** The text of every showing window, one entry per window. */
    public static List<String> windows() {
        AtomicReference<List<String>> all = new AtomicReference<>();
        WaitForAsyncUtils.waitForAsyncFx(TimeUnit.SECONDS.toMillis(20), () -> {
            List<String> out = new ArrayList<>();
            for (Window w : List.copyOf(Window.getWindows())) {
                if (!w.isShowing() || w.getScene() == null) {
                    continue;
                }
                List<String> found = new ArrayList<>();
                if (w instanceof Stage s && s.getTitle() != null) {
                    found.add(s.getTitle());
                }
                collect(w.getScene().getRoot(), found);
                out.add(String.join("\n", found));
            }
            all.set(out);
        });
        return all.get();
    }

    /** The system clipboard's text, or "" (read on the FX thread). */
    public static String clipboard() {
        AtomicReference<String> text = new AtomicReference<>("");
        WaitForAsyncUtils.waitForAsyncFx(TimeUnit.SECONDS.toMillis(10), () -> {
            String s = Clipboard.getSystemClipboard().getString();
            text.set(s == null ? "" : s);
        });
        return text.get();
    }

    private static void collect(Node node, List<String> found) {
        switch (node) {
            case Labeled l -> add(found, l.getText());
            case Text t -> add(found, t.getText());
            case TextInputControl t -> {
                add(found, t.getText());
                add(found, t.getPromptText());
            }
            default -> {
            }
        }
        if (node instanceof Control c && c.getTooltip() != null) {
            add(found, c.getTooltip().getText());
        }
        if (node instanceof ComboBoxBase<?> box && box.getValue() != null) {
            add(found, String.valueOf(box.getValue()));
        }
        if (node instanceof TableView<?> table) {
            cells(table, found);
        }
        if (node instanceof ListView<?> list) {
            list.getItems().forEach(i -> add(found, String.valueOf(i)));
        }
        if (node instanceof TabPane tabs) {
            for (Tab tab : tabs.getTabs()) {
                add(found, tab.getText());
                if (tab.getContent() != null && tab.getContent().getParent() == null) {
                    collect(tab.getContent(), found); // a tab not selected: its content is not in the scene
                }
            }
        }
        if (node instanceof MenuBar bar) {
            bar.getMenus().forEach(m -> menu(m, found));
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, found);
            }
        }
    }

    private static void menu(MenuItem item, List<String> found) {
        add(found, item.getText());
        if (item instanceof Menu m) {
            m.getItems().forEach(i -> menu(i, found));
        }
    }

    private static <S> void cells(TableView<S> table, List<String> found) {
        List<TableColumn<S, ?>> leaves = new ArrayList<>();
        table.getColumns().forEach(c -> leaves(c, leaves));
        for (TableColumn<S, ?> column : leaves) {
            add(found, column.getText());
            for (S item : List.copyOf(table.getItems())) {
                Object value = column.getCellData(item);
                if (value != null) {
                    add(found, String.valueOf(value));
                }
            }
        }
    }

    private static <S> void leaves(TableColumn<S, ?> column, List<TableColumn<S, ?>> out) {
        if (column.getColumns().isEmpty()) {
            out.add(column);
        } else {
            column.getColumns().forEach(c -> leaves(c, out));
        }
    }

    private static void add(List<String> found, String text) {
        if (text != null && !text.isEmpty()) {
            found.add(text);
        }
    }
}
