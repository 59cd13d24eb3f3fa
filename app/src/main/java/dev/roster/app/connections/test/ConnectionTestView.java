package dev.roster.app.connections.test;

import dev.roster.connectors.ConnectionReport;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

// feature: connection-check
/** The "Test connection" dialog: one row per check (an icon per outcome, aspect, summary, details). Wiring only. */
public final class ConnectionTestView {
    private final ConnectionTestViewModel viewModel;
    @FXML private Label title;
    @FXML private ProgressIndicator progress;
    @FXML private Label status;
    @FXML private VBox checks;
    @FXML private Button cancel;
    @FXML private Button again;
    @FXML private Button close;

    public ConnectionTestView(ConnectionTestViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        title.setText(viewModel.connection());
        progress.visibleProperty().bind(viewModel.runningProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        status.textProperty().bind(viewModel.statusProperty());
        viewModel.verdictProperty().addListener((o, was, now) -> {
            for (ConnectionTestViewModel.Verdict v : ConnectionTestViewModel.Verdict.values()) {
                status.pseudoClassStateChanged(PseudoClass.getPseudoClass(v.name().toLowerCase(java.util.Locale.ROOT)), v == now);
            }
        });
        cancel.visibleProperty().bind(viewModel.runningProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        again.disableProperty().bind(viewModel.runningProperty());
        viewModel.rows().addListener((ListChangeListener<ConnectionTestViewModel.Row>) change -> render());
        render();
    }

    private void render() {
        checks.getChildren().setAll(viewModel.rows().stream().map(this::row).toList());
    }

    private HBox row(ConnectionTestViewModel.Row row) {
        FontIcon icon = new FontIcon(icon(row.outcome()));
        icon.getStyleClass().addAll("check-icon", "check-" + row.outcome().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        Label aspect = new Label(row.aspect());
        aspect.getStyleClass().add("check-aspect");
        Label outcome = new Label(viewModel.outcome(row.outcome()));
        outcome.getStyleClass().add("secondary");
        Label summary = new Label(row.summary());
        summary.setWrapText(true);
        summary.setMinHeight(Label.USE_PREF_SIZE);
        VBox text = new VBox(2, new HBox(8, aspect, outcome), summary);
        if (!row.details().isEmpty()) {
            Label details = new Label(row.details());
            details.setWrapText(true);
            details.setMinHeight(Label.USE_PREF_SIZE);
            details.getStyleClass().addAll("secondary", "check-details");
            text.getChildren().add(details);
        }
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox box = new HBox(10, icon, text);
        box.getStyleClass().add("check-row");
        box.setId("check-" + row.outcome().name().toLowerCase(java.util.Locale.ROOT) + "-" + checks.getChildren().size());
        return box;
    }

    static Ikon icon(ConnectionReport.Outcome outcome) {
        return switch (outcome) {
            case OK -> Feather.CHECK_CIRCLE;
            case WARNING -> Feather.ALERT_TRIANGLE;
            case FAILED -> Feather.X_CIRCLE;
            case NOT_CHECKED -> Feather.MINUS_CIRCLE;
        };
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }

    @FXML
    private void again() {
        viewModel.start();
    }

    @FXML
    private void close() {
        viewModel.cancel();
        Window window = close.getScene().getWindow();
        window.hide();
    }
}
