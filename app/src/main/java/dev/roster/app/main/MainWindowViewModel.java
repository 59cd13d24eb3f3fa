package dev.roster.app.main;

import dev.roster.app.session.Session;
import dev.roster.app.ui.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;

/** The main window's own state: its title, whether the inspector dock is open, which browser shows. */
public final class MainWindowViewModel {
    private final StringBinding title;
    /** Collapsed to a strip until asked for, so that the tables get the height (remembered between runs). */
    private final BooleanProperty inspectorShown = new SimpleBooleanProperty(this, "inspectorShown", false);
    /** Where the divider above the inspector goes when it is expanded: the last one dragged, else the layout's. */
    private final javafx.beans.property.DoubleProperty dockPosition =
            new javafx.beans.property.SimpleDoubleProperty(this, "dockPosition", 0.58);

    /** Which browser the middle of the window shows: Users (true) or Groups (false, at start). */
    private final BooleanProperty usersShown = new SimpleBooleanProperty(this, "usersShown", false);

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

    public javafx.beans.property.DoubleProperty dockPositionProperty() {
        return dockPosition;
    }

    public BooleanProperty usersShownProperty() {
        return usersShown;
    }

    public void toggleInspector() {
        inspectorShown.set(!inspectorShown.get());
    }
}
