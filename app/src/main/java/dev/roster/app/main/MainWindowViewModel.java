package dev.roster.app.main;

import dev.roster.app.session.Session;
import dev.roster.app.ui.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;

/** The main window's own state: its title and whether the inspector dock is open. */
public final class MainWindowViewModel {
    private final StringBinding title;
    private final BooleanProperty inspectorShown = new SimpleBooleanProperty(this, "inspectorShown", true);

    public MainWindowViewModel(ObservableValue<Session> session, Messages messages) {
        title = Bindings.createStringBinding(() -> session.getValue() == null ? messages.get("main.title")
                : messages.get("main.title.connection", session.getValue().name()), session);
    }

    public StringBinding titleProperty() {
        return title;
    }

    public BooleanProperty inspectorShownProperty() {
        return inspectorShown;
    }

    /** Which browser the middle of the window shows: Users (true) or Groups (false, at start). */
    private final BooleanProperty usersShown = new SimpleBooleanProperty(this, "usersShown", false);

    public BooleanProperty usersShownProperty() {
        return usersShown;
    }

    public void toggleInspector() {
        inspectorShown.set(!inspectorShown.get());
    }
}
