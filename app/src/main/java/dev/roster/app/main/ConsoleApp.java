package dev.roster.app.main;

import dev.roster.app.ui.Messages;
import dev.roster.app.ui.task.ErrorLog;
import dev.roster.app.ui.theme.Theme;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The JavaFX application. The window shows at once; the system context (keychain probe, connector discovery,
 * folders created) is built on a worker and the console fills the window when it is ready. A test hands in a
 * context it has built (off the FX thread) or a supplier of one.
 */
public final class ConsoleApp extends Application {
    private final Supplier<ConsoleContext> contexts;
    private final ConsoleContext ready;
    private volatile ConsoleWindow window;

    /** The real process: the system context, on the home handed to {@link #launch(Path)} if any. */
    public ConsoleApp() {
        this.contexts = null;
        this.ready = null;
    }

    public ConsoleApp(ConsoleContext context) {
        this.contexts = null;
        this.ready = context;
    }

    /** Builds the context with {@code contexts} on a worker thread once the window shows. */
    public ConsoleApp(Supplier<ConsoleContext> contexts) {
        this.contexts = contexts;
        this.ready = null;
    }

    private static final String HOME_PARAMETER = "--home=";

    /** Opens the console on {@code home} (null: ROSTER_HOME or the platform folders); returns when its window is closed. */
    public static void launch(Path home) {
        if (home == null) {
            Application.launch(ConsoleApp.class);
        } else {
            Application.launch(ConsoleApp.class, HOME_PARAMETER + home);
        }
    }

    /** The home handed to {@link #launch(Path)}, from the application's raw parameters; null when none was. */
    public static Path homeParameter(List<String> raw) {
        return raw.stream().filter(p -> p.startsWith(HOME_PARAMETER)).findFirst()
                .map(p -> Path.of(p.substring(HOME_PARAMETER.length()))).orElse(null);
    }

    @Override
    public void start(Stage stage) {
        Theme theme = new Theme();
        theme.install();
        if (ready != null) {
            open(stage, ready, theme);
            return;
        }
        Messages messages = Messages.load(Locale.getDefault());
        Label status = new Label(messages.get("main.starting"));
        status.setId("startup-status");
        status.setWrapText(true);
        VBox placeholder = new VBox(12, new ProgressIndicator(), status);
        placeholder.setAlignment(javafx.geometry.Pos.CENTER);
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        stage.setScene(new Scene(placeholder, Math.min(1440, screen.getWidth()), Math.min(900, screen.getHeight())));
        stage.setTitle(messages.get("main.title"));
        stage.show();
        Thread building = new Thread(() -> {
            try {
                ConsoleContext context = contexts != null ? contexts.get()
                        : ConsoleContext.system(homeParameter(getParameters().getRaw()));
                Platform.runLater(() -> {
                    // Closed while starting: there is nothing to open.
                    if (stage.isShowing()) {
                        open(stage, context, theme);
                    }
                });
            } catch (RuntimeException | Error e) {
                Platform.runLater(() -> status.setText(messages.get("main.startFailed", ErrorLog.describe(e))));
            }
        }, "roster-start");
        building.setDaemon(true);
        building.start();
    }

    private void open(Stage stage, ConsoleContext context, Theme theme) {
        window = new ConsoleWindow(stage, context, theme);
        window.show();
    }

    /** The application ends (last window closed, Platform.exit): the secrets held in memory are overwritten. */
    @Override
    public void stop() {
        ConsoleWindow shown = window;
        if (shown != null) {
            shown.context().secrets().close();
        }
    }

    /** The console's window once its context is ready, else null. */
    public ConsoleWindow window() {
        return window;
    }
}
