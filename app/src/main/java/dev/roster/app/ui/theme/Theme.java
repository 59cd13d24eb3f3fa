package dev.roster.app.ui.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import javafx.application.Application;
import javafx.application.ColorScheme;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * Light or dark: AtlantaFX Primer as the user-agent sheet plus Roster's own sheet on every window, whose
 * looked-up colours switch on the root's {@code :dark} pseudo-class. {@link Mode#SYSTEM} follows the OS
 * colour scheme where JavaFX can read it (and follows it live when it changes).
 */
public final class Theme {
    public enum Mode { SYSTEM, LIGHT, DARK }

    private static final PseudoClass DARK = PseudoClass.getPseudoClass("dark");
    private static final String STYLESHEET = Theme.class.getResource("/dev/roster/app/ui/theme/roster.css").toExternalForm();

    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(this, "mode", Mode.SYSTEM);
    private final ReadOnlyBooleanWrapper dark = new ReadOnlyBooleanWrapper(this, "dark");
    /** Windows whose scene changes are already followed (weakly: a closed window is not kept). */
    private final Set<Window> followed = Collections.newSetFromMap(new WeakHashMap<>());

    /** Call on the FX thread once the toolkit runs; styles every window, present and future. */
    public void install() {
        mode.addListener((o, was, now) -> apply());
        Platform.getPreferences().colorSchemeProperty().addListener((o, was, now) -> apply());
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(this::style);
            }
        });
        apply();
    }

    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    public ReadOnlyBooleanProperty darkProperty() {
        return dark.getReadOnlyProperty();
    }

    private void apply() {
        boolean isDark = switch (mode.get()) {
            case DARK -> true;
            case LIGHT -> false;
            case SYSTEM -> Platform.getPreferences().getColorScheme() == ColorScheme.DARK;
        };
        dark.set(isDark);
        Application.setUserAgentStylesheet(isDark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        Window.getWindows().forEach(this::style);
    }

    /** Adds the sheet and the pseudo-class to a window's scene (and to scenes set on it later). */
    public void style(Window window) {
        if (window.getScene() != null) {
            style(window.getScene());
        }
        if (followed.add(window)) {
            window.sceneProperty().addListener((o, was, now) -> {
                if (now != null) {
                    style(now);
                }
            });
        }
    }

    public void style(Scene scene) {
        if (!scene.getStylesheets().contains(STYLESHEET)) {
            scene.getStylesheets().add(STYLESHEET);
        }
        if (scene.getRoot() != null) {
            scene.getRoot().pseudoClassStateChanged(DARK, dark.get());
        }
    }
}
