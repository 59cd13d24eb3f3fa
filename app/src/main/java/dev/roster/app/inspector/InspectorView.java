package dev.roster.app.inspector;

import dev.roster.app.ui.Formats;
import dev.roster.app.ui.Messages;
import dev.roster.app.ui.SaveDialog;
import dev.roster.connectors.query.ResponseFormat;
import dev.roster.connectors.trace.Exchange;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/** The inspector pane: exchange list and the selected exchange's details. Wiring only. */
public final class InspectorView {
    private final InspectorViewModel viewModel;
    private final Messages messages;
    private final SaveDialog saveDialog;
    @FXML private TableView<Exchange> table;
    @FXML private TableColumn<Exchange, Long> sequenceColumn;
    @FXML private TableColumn<Exchange, String> methodColumn;
    @FXML private TableColumn<Exchange, String> targetColumn;
    @FXML private TableColumn<Exchange, Integer> statusColumn;
    @FXML private TableColumn<Exchange, java.time.Duration> durationColumn;
    @FXML private TableColumn<Exchange, Long> sizeColumn;
    @FXML private Label summary;
    @FXML private ToggleButton pretty;
    @FXML private TextField search;
    @FXML private Button copyCurl;
    @FXML private Button save;
    @FXML private Label tooLarge;
    @FXML private TabPane tabs;
    @FXML private TextArea requestHeaders;
    @FXML private TextArea requestBody;
    @FXML private TextArea responseHeaders;
    @FXML private TextArea responseBody;
    @FXML private TextArea unified;
    @FXML private TextArea normalized;
    @FXML private TextArea raw;
    @FXML private TextArea debug;

    public InspectorView(InspectorViewModel viewModel, Messages messages, SaveDialog saveDialog) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.saveDialog = saveDialog;
    }

    @FXML
    private void initialize() {
        column(sequenceColumn, Exchange::sequence);
        column(methodColumn, Exchange::method);
        column(targetColumn, Exchange::target);
        column(statusColumn, Exchange::status);
        column(durationColumn, Exchange::duration);
        durationColumn.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(java.time.Duration duration, boolean empty) {
                super.updateItem(duration, empty);
                setText(empty ? null : Formats.duration(duration));
            }
        });
        // Sorted by bytes, shown formatted; the size is computed once per exchange by the view model.
        column(sizeColumn, viewModel::responseSize);
        sizeColumn.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Long bytes, boolean empty) {
                super.updateItem(bytes, empty);
                setText(empty || bytes == null ? null : Formats.size(bytes));
            }
        });
        // Sorting reorders this view of the list, never the view model's own (newest first, trimmed at the end).
        viewModel.sorted().comparatorProperty().bind(table.comparatorProperty());
        table.setItems(viewModel.sorted());
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> viewModel.selectedProperty().set(now));
        viewModel.selectedProperty().addListener((o, was, now) -> {
            if (now != null && table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
                table.scrollTo(now);
            }
        });
        summary.textProperty().bind(viewModel.summaryProperty());
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(viewModel.summaryProperty());
        summary.setTooltip(whole);
        pretty.selectedProperty().bindBidirectional(viewModel.prettyProperty());
        requestHeaders.textProperty().bind(viewModel.requestHeadersProperty());
        requestBody.textProperty().bind(viewModel.requestBodyProperty());
        responseHeaders.textProperty().bind(viewModel.responseHeadersProperty());
        responseBody.textProperty().bind(viewModel.responseBodyProperty());
        unified.textProperty().bind(viewModel.formattedProperty(ResponseFormat.UNIFIED));
        normalized.textProperty().bind(viewModel.formattedProperty(ResponseFormat.NORMALIZED));
        raw.textProperty().bind(viewModel.formattedProperty(ResponseFormat.RAW));
        debug.textProperty().bind(viewModel.formattedProperty(ResponseFormat.DEBUG));
        tooLarge.visibleProperty().bind(viewModel.tooLargeProperty());
        tooLarge.managedProperty().bind(tooLarge.visibleProperty());
        copyCurl.disableProperty().bind(viewModel.curlUnavailableProperty().isNotNull());
        copyCurl.textProperty().bind(viewModel.commandLabelProperty());
        viewModel.curlUnavailableProperty().addListener((o, was, now) ->
                copyCurl.setTooltip(new Tooltip(now == null ? messages.get("inspector.curl.tooltip") : now)));
        copyCurl.setOnAction(e -> {
            String command = viewModel.curl();
            if (command != null) {
                ClipboardContent content = new ClipboardContent();
                content.putString(command);
                Clipboard.getSystemClipboard().setContent(content);
            }
        });
        save.disableProperty().bind(viewModel.selectedProperty().isNull());
        save.setOnAction(e -> saveExchange());
        search.setOnAction(e -> TextSearch.next(visibleText(), search.getText()));
        search.textProperty().addListener((o, was, now) -> TextSearch.from(visibleText(), now, 0));
    }

    private void saveExchange() {
        Exchange e = viewModel.selectedProperty().get();
        if (e == null) {
            return;
        }
        saveDialog.ask(table.getScene().getWindow(), messages.get("inspector.save"), "exchange-" + e.sequence() + ".txt")
                .ifPresent(viewModel::save);
    }

    /** The text area of the selected tab (the first one of a request/response tab). */
    private TextArea visibleText() {
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        return switch (tab.getId()) {
            case "tab-request" -> requestBody.getText().isEmpty() ? requestHeaders : requestBody;
            case "tab-response" -> responseBody;
            case "tab-normalized" -> normalized;
            case "tab-raw" -> raw;
            case "tab-debug" -> debug;
            default -> unified;
        };
    }

    public void focusTable() {
        table.requestFocus();
    }

    private static <T> void column(TableColumn<Exchange, T> column, Function<Exchange, T> value) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    }
}
