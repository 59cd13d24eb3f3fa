package dev.roster.app.connections.test;

import dev.roster.app.ui.Messages;
import dev.roster.app.ui.task.BackgroundTask;
import dev.roster.app.ui.task.ErrorText;
import dev.roster.app.ui.task.TaskHandle;
import dev.roster.app.ui.task.TaskRunner;
import dev.roster.connectors.ConnectionReport;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

// feature: connection-check
/**
 * The "Test connection" report as the dialog shows it: runs the test through the task runner (off the FX thread),
 * with a busy state and cancel, and turns the report into rows (outcome, aspect, summary, details). No Node here.
 */
public final class ConnectionTestViewModel {

    /** One check as shown: {@code details} is one "name: value" line per fact. */
    public record Row(ConnectionReport.Outcome outcome, String aspect, String summary, String details) {
    }

    /** What the dialog says overall. */
    public enum Verdict { RUNNING, OK, WARNINGS, FAILED, ERROR, CANCELLED }

    private final TaskRunner runner;
    private final Messages messages;
    private final String connection;
    private final Supplier<ConnectionReport> test;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyObjectWrapper<Verdict> verdict = new ReadOnlyObjectWrapper<>(this, "verdict");
    private final ReadOnlyObjectWrapper<ConnectionReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private TaskHandle handle = TaskHandle.DONE;

    public ConnectionTestViewModel(TaskRunner runner, Messages messages, String connection, Supplier<ConnectionReport> test) {
        this.runner = runner;
        this.messages = messages;
        this.connection = connection;
        this.test = test;
    }

    /** Starts (or restarts) the test; a test already running is cancelled first. */
    public void start() {
        handle.cancel();
        rows.clear();
        report.set(null);
        running.set(true);
        verdict.set(Verdict.RUNNING);
        status.set(messages.get("connections.test.running", connection));
        handle = runner.run(BackgroundTask.of(messages.get("connections.test.task", connection), context -> test.get())
                .onSuccess(this::show)
                .onFailure(error -> {
                    // a setting that cannot work (an unset variable, a PEM file gone): nothing was sent
                    verdict.set(Verdict.ERROR);
                    status.set(ErrorText.describe(messages, error));
                })
                .onCancelled(() -> {
                    verdict.set(Verdict.CANCELLED);
                    status.set(messages.get("connections.test.cancelled"));
                })
                .onFinished(() -> running.set(false))
                .handledLocally());
    }

    /**
     * Asks the test to stop. The runner cancels cooperatively: the call under way ends at its own timeout (or its
     * answer), then the report is dropped and the dialog says "Cancelled".
     */
    public void cancel() {
        if (running.get()) {
            handle.cancel();
            status.set(messages.get("connections.test.cancelling"));
        }
    }

    private void show(ConnectionReport result) {
        report.set(result);
        result.checks().forEach(c -> rows.add(new Row(c.outcome(), aspect(c.aspect()), c.summary(), details(c.details()))));
        boolean warnings = result.checks().stream().anyMatch(c -> c.outcome() == ConnectionReport.Outcome.WARNING);
        if (!result.ok()) {
            verdict.set(Verdict.FAILED);
            status.set(messages.get("connections.test.failed", result.firstFailure().map(c -> aspect(c.aspect())).orElse("")));
        } else {
            verdict.set(warnings ? Verdict.WARNINGS : Verdict.OK);
            status.set(messages.get(warnings ? "connections.test.okWithWarnings" : "connections.test.ok"));
        }
    }

    /** The aspect's label from the bundle; an aspect the console does not know (a newer connector's) as it is. */
    private String aspect(String aspect) {
        String key = switch (aspect) {
            case ConnectionReport.REACHABLE -> "connections.test.aspect.reachable";
            case ConnectionReport.TLS -> "connections.test.aspect.tls";
            case ConnectionReport.AUTHENTICATED -> "connections.test.aspect.authenticated";
            case ConnectionReport.PERMISSIONS -> "connections.test.aspect.permissions";
            case ConnectionReport.GROUPS -> "connections.test.aspect.groups";
            case ConnectionReport.USERS -> "connections.test.aspect.users";
            case ConnectionReport.RATE_LIMIT -> "connections.test.aspect.rate_limit";
            default -> null;
        };
        return key == null ? aspect : messages.get(key);
    }

    private static String details(Map<String, String> details) {
        return details.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("\n"));
    }

    public String connection() {
        return connection;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Verdict> verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ConnectionReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** The outcome's label ("OK", "Warning", "Failed", "Not checked") from the bundle. */
    public String outcome(ConnectionReport.Outcome outcome) {
        return messages.get(switch (outcome) {
            case OK -> "connections.test.outcome.ok";
            case WARNING -> "connections.test.outcome.warning";
            case FAILED -> "connections.test.outcome.failed";
            case NOT_CHECKED -> "connections.test.outcome.not_checked";
        });
    }
}
