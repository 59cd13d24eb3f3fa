package dev.roster.app.activity;

import dev.roster.app.service.activity.ActivityEntry;
import dev.roster.app.ui.Formats;
import dev.roster.app.ui.Messages;
import java.util.function.Function;
import java.util.function.LongConsumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

/** The activity pane: the write log with a filter and links to the inspector. Wiring only. */
public final class ActivityView {
    private final ActivityViewModel viewModel;
    private final Messages messages;
    private final LongConsumer showExchange;
    @FXML private TextField filter;
    @FXML private TableView<ActivityEntry> table;
    @FXML private TableColumn<ActivityEntry, String> timeColumn;
    @FXML private TableColumn<ActivityEntry, String> connectionColumn;
    @FXML private TableColumn<ActivityEntry, String> operationColumn;
    @FXML private TableColumn<ActivityEntry, String> targetColumn;
    @FXML private TableColumn<ActivityEntry, String> outcomeColumn;
    @FXML private TableColumn<ActivityEntry, ActivityEntry> exchangeColumn;

    public ActivityView(ActivityViewModel viewModel, Messages messages, LongConsumer showExchange) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.showExchange = showExchange;
    }

    @FXML
    private void initialize() {
        filter.textProperty().bindBidirectional(viewModel.filterProperty());
        column(timeColumn, e -> Formats.seconds(e.time()));
        // Short values read whole or not at all: these columns grow to fit them, Target and Outcome take the rest.
        for (TableColumn<ActivityEntry, String> whole : java.util.List.of(timeColumn, connectionColumn, operationColumn)) {
            whole.setCellFactory(c -> new WholeTextCell());
        }
        column(connectionColumn, ActivityEntry::connection);
        column(operationColumn, ActivityEntry::operation);
        column(targetColumn, ActivityViewModel::target);
        column(outcomeColumn, viewModel::outcome);
        exchangeColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        exchangeColumn.setCellFactory(c -> new TableCell<>() {
            private final Hyperlink link = new Hyperlink();

            @Override
            protected void updateItem(ActivityEntry entry, boolean empty) {
                super.updateItem(entry, empty);
                ActivityViewModel.ExchangeLink kind = empty ? ActivityViewModel.ExchangeLink.NONE : viewModel.exchangeLink(entry);
                if (kind == ActivityViewModel.ExchangeLink.NONE) {
                    setGraphic(null);
                    return;
                }
                boolean current = kind == ActivityViewModel.ExchangeLink.CURRENT_SESSION;
                link.setText(messages.get(current ? "activity.exchange" : "activity.exchange.earlier", entry.exchange()));
                link.setDisable(!current);
                link.setOnAction(e -> {
                    if (viewModel.linksToExchange(entry)) {
                        showExchange.accept(entry.exchange());
                    }
                });
                setGraphic(link);
            }
        });
        table.setItems(viewModel.shown());
        viewModel.session().addListener((o, was, now) -> table.refresh());
    }

    /**
     * A cell that widens its column to fit its text (a time is read whole or not at all), measured in the
     * cell's own font, which the theme decides.
     */
    private static final class WholeTextCell extends TableCell<ActivityEntry, String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
        }

        /** Measured at layout, when the theme's font and padding are applied. */
        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            String text = getText();
            TableColumn<ActivityEntry, String> column = getTableColumn();
            if (text == null || text.isEmpty() || column == null) {
                return;
            }
            javafx.scene.text.Text probe = new javafx.scene.text.Text(text);
            probe.setFont(getFont());
            double needed = Math.ceil(probe.getLayoutBounds().getWidth() + snappedLeftInset() + snappedRightInset()) + 2;
            if (needed > column.getMinWidth()) {
                column.setMinWidth(needed);
                if (column.getWidth() < needed) {
                    column.setPrefWidth(needed);
                }
            }
        }
    }

    private static void column(TableColumn<ActivityEntry, String> column, Function<ActivityEntry, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    }
}
