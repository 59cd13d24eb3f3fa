package dev.roster.app.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.HashMap;
import java.util.Map;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads FXML with controllers built beforehand by the composition root (constructor injection): the
 * controller factory hands FXMLLoader the instance registered for the {@code fx:controller} class, also for
 * {@code fx:include}d files. Nothing is looked up statically.
 */
public final class Fxml {
    private final Messages messages;
    private final Map<Class<?>, Object> controllers = new HashMap<>();

    public Fxml(Messages messages) {
        this.messages = messages;
    }

    public Fxml controller(Object controller) {
        controllers.put(controller.getClass(), controller);
        return this;
    }

    /** Loads {@code resource} (relative to {@code dev/roster/app/}) with the registered controllers. */
    public Parent load(String resource) {
        URL url = Fxml.class.getResource("/dev/roster/app/" + resource);
        if (url == null) {
            throw new IllegalArgumentException("no FXML resource " + resource);
        }
        FXMLLoader loader = new FXMLLoader(url, messages.bundle());
        loader.setControllerFactory(type -> {
            Object controller = controllers.get(type);
            if (controller == null) {
                throw new IllegalStateException("no controller registered for " + type.getName() + " (" + resource + ")");
            }
            return controller;
        });
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + resource + ": " + e.getMessage(), e);
        }
    }
}
