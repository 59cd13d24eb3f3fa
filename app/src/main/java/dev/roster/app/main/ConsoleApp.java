package dev.roster.app.main;

import dev.roster.app.ui.theme.Theme;
import java.nio.file.Path;
import java.util.List;
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
        window = new ConsoleWindow(stage, context != null ? context : ConsoleContext.system(homeParameter(getParameters().getRaw())), theme);
        window.show();
    }

    public ConsoleWindow window() {
        return window;
    }
}
