package dev.roster.app.main;

import dev.roster.app.ui.theme.Theme;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: the system context by default, or one a test hands in. */
public final class ConsoleApp extends Application {
    private final ConsoleContext context;
    private ConsoleWindow window;

    public ConsoleApp() {
        this(null);
    }

    public ConsoleApp(ConsoleContext context) {
        this.context = context;
    }

    /** Opens the console; returns when its window is closed. */
    public static void launch() {
        Application.launch(ConsoleApp.class);
    }

    @Override
    public void start(Stage stage) {
        Theme theme = new Theme();
        theme.install();
        window = new ConsoleWindow(stage, context != null ? context : ConsoleContext.system(), theme);
        window.show();
    }

    public ConsoleWindow window() {
        return window;
    }
}
