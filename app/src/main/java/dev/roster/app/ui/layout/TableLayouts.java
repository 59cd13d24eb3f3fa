package dev.roster.app.ui.layout;

import dev.roster.app.service.ConsoleSettings.Column;
import dev.roster.app.service.ConsoleSettings.SortKey;
import dev.roster.app.service.ConsoleSettings.TableLayout;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * A table's column order, widths, shown columns and sort, read from and given to what the console remembers.
 * Columns are known by their id (FXML's {@code fx:id} sets it): a remembered column the table no longer has is
 * skipped, and a new column keeps its place at the end, so a layout from an older Roster still applies.
 */
public final class TableLayouts {
    private TableLayouts() {
    }

    /** The table's layout as it is now (columns with an id only). */
    public static TableLayout of(TableView<?> table) {
        List<Column> columns = new ArrayList<>();
        for (TableColumn<?, ?> c : table.getColumns()) {
            if (c.getId() != null) {
                columns.add(new Column(c.getId(), c.getWidth() > 0 ? c.getWidth() : c.getPrefWidth(), c.isVisible()));
            }
        }
        List<SortKey> sort = new ArrayList<>();
        for (TableColumn<?, ?> c : table.getSortOrder()) {
            if (c.getId() != null) {
                sort.add(new SortKey(c.getId(), c.getSortType() == TableColumn.SortType.ASCENDING));
            }
        }
        return new TableLayout(columns, sort);
    }

    /** Puts the columns in the remembered order, width and visibility, and sorts as remembered. */
    public static <S> void apply(TableView<S> table, TableLayout layout) {
        Map<String, TableColumn<S, ?>> byId = new LinkedHashMap<>();
        table.getColumns().forEach(c -> {
            if (c.getId() != null) {
                byId.put(c.getId(), c);
            }
        });
        List<TableColumn<S, ?>> ordered = new ArrayList<>();
        for (Column remembered : layout.columns()) {
            TableColumn<S, ?> column = byId.remove(remembered.id());
            if (column == null) {
                continue;
            }
            if (remembered.width() > 0) {
                column.setPrefWidth(Math.max(column.getMinWidth(), Math.min(remembered.width(), column.getMaxWidth())));
            }
            column.setVisible(remembered.visible());
            ordered.add(column);
        }
        // columns the layout does not know (new ones, or without an id) keep their place after the known ones
        table.getColumns().stream().filter(c -> !ordered.contains(c)).forEach(ordered::add);
        table.getColumns().setAll(ordered);
        List<TableColumn<S, ?>> sort = new ArrayList<>();
        for (SortKey key : layout.sort()) {
            table.getColumns().stream().filter(c -> key.id().equals(c.getId()) && c.isSortable()).findFirst().ifPresent(c -> {
                c.setSortType(key.ascending() ? TableColumn.SortType.ASCENDING : TableColumn.SortType.DESCENDING);
                sort.add(c);
            });
        }
        table.getSortOrder().setAll(sort);
    }

    /** Restores {@code table} from {@code remembered} and hands each later change of its layout to {@code changed}. */
    public static <S> void remember(TableView<S> table, Optional<TableLayout> remembered, Consumer<TableLayout> changed) {
        remembered.ifPresent(layout -> apply(table, layout));
        InvalidationListener onChange = o -> changed.accept(of(table));
        table.getColumns().forEach(c -> follow(c, onChange));
        table.getColumns().addListener((ListChangeListener<TableColumn<S, ?>>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(c -> follow(c, onChange));
            }
            onChange.invalidated(table.getColumns());
        });
        table.getSortOrder().addListener(onChange);
    }

    private static void follow(TableColumn<?, ?> column, InvalidationListener onChange) {
        // a reorder removes and re-adds columns: follow each once
        if (column.getProperties().putIfAbsent(TableLayouts.class, Boolean.TRUE) != null) {
            return;
        }
        column.widthProperty().addListener(onChange);
        column.visibleProperty().addListener(onChange);
        column.sortTypeProperty().addListener(onChange);
    }
}
