package dev.roster.app.connections.test;

import dev.roster.app.main.ConsoleContext;
import dev.roster.app.ui.Fxml;
import dev.roster.app.ui.Messages;
import dev.roster.app.ui.form.DialogWindow;
import dev.roster.app.ui.task.ErrorLog;
import dev.roster.app.ui.task.FxTaskRunner;
import dev.roster.app.ui.task.TaskRunner;
import dev.roster.connectors.ConnectionReport;
import java.util.function.Supplier;
import javafx.stage.Stage;
import javafx.stage.Window;

// feature: connection-check
/**
 * Opens the "Test connection" dialog and starts the test at once. For the sidebar's context menu and the connection
 * editor's Test button: {@code test} is {@code () -> connections.test(name)} for a saved connection, or
 * {@code () -> connections.test(draft, typedSecrets)} for the editor's draft. It runs off the FX thread.
 */
public final class ConnectionTestDialog {
    private ConnectionTestDialog() {
    }

    /** With the caller's task runner (its running tasks feed the status bar). */
    public static Stage show(Window owner, Messages messages, TaskRunner runner, String connection, Supplier<ConnectionReport> test) {
        ConnectionTestViewModel viewModel = new ConnectionTestViewModel(runner, messages, connection, test);
        Stage stage = DialogWindow.open(owner, new Fxml(messages).controller(new ConnectionTestView(viewModel))
                .load("connections/test/ConnectionTest.fxml"), messages.get("connections.test.title", connection));
        // closing the window (Esc, the title bar) stops a test still running
        stage.setOnHidden(e -> viewModel.cancel());
        viewModel.start();
        return stage;
    }

    /** With a task runner of its own: for callers that have only the console's context. */
    public static Stage show(Window owner, ConsoleContext context, String connection, Supplier<ConnectionReport> test) {
        FxTaskRunner runner = new FxTaskRunner(new ErrorLog());
        Stage stage = show(owner, context.messages(), runner, connection, test);
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> runner.close());
        return stage;
    }

    /** A saved connection of the console's home, by name. */
    public static Stage show(Window owner, ConsoleContext context, String connection) {
        return show(owner, context, connection, () -> context.connections().test(connection));
    }
}
