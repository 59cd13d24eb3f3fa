package dev.roster.app.connections.editor;

import dev.roster.app.ui.Messages;
import dev.roster.connectors.ConnectionReport;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The editor's view of a test report: one line per check, an icon for its outcome, the aspect and its
 * summary. Deliberately small and alone, so that a richer test dialog can take its place.
 */
public final class TestResultView {
    private TestResultView() {
    }

    /** Fills {@code box} with {@code report}'s checks (empties it for null). */
    public static void show(VBox box, ConnectionReport report, Messages messages) {
        box.getChildren().clear();
        if (report == null) {
            return;
        }
        Label head = new Label(messages.get(report.ok() ? "connections.editor.test.ok" : "connections.editor.test.failed", report.connection()));
        head.getStyleClass().add(report.ok() ? "success-text" : "error-text");
        head.setId("editor-test-head");
        box.getChildren().add(head);
        for (ConnectionReport.Check check : report.checks()) {
            Label line = new Label(check.aspect() + ": " + check.summary(), new FontIcon(icon(check.outcome())));
            line.setWrapText(true);
            line.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            line.getStyleClass().add("test-check");
            line.getStyleClass().add(check.outcome() == ConnectionReport.Outcome.FAILED ? "error-text"
                    : check.outcome() == ConnectionReport.Outcome.WARNING ? "warning-text" : "secondary");
            box.getChildren().add(line);
        }
    }

    private static Ikon icon(ConnectionReport.Outcome outcome) {
        return switch (outcome) {
            case OK -> Feather.CHECK_CIRCLE;
            case WARNING -> Feather.ALERT_TRIANGLE;
            case FAILED -> Feather.X_CIRCLE;
            case NOT_CHECKED -> Feather.MINUS_CIRCLE;
        };
    }
}
