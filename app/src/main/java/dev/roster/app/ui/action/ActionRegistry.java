package dev.roster.app.ui.action;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;

/**
 * What each {@link ActionId} does now and when it is disabled. Every menu item, button and shortcut goes
 * through {@link #execute}, so all of them behave alike. Controls may be made before the handlers are
 * registered (FXML loads first): each action's "disabled" is one property from the start, off-until-registered,
 * then bound to the condition given at registration.
 */
public final class ActionRegistry {
    private final Map<ActionId, Runnable> handlers = new EnumMap<>(ActionId.class);
    private final Map<ActionId, BooleanProperty> disabled = new EnumMap<>(ActionId.class);

    public ActionRegistry() {
        for (ActionId id : ActionId.values()) {
            disabled.put(id, new SimpleBooleanProperty(this, id.name(), true));
        }
    }

    public void register(ActionId id, Runnable handler, ObservableBooleanValue whenDisabled) {
        handlers.put(id, handler);
        disabled.get(id).bind(whenDisabled);
    }

    public void register(ActionId id, Runnable handler) {
        handlers.put(id, handler);
        disabled.get(id).unbind();
        disabled.get(id).set(false);
    }

    /**
     * Wraps what a registered command does ({@code around} gets the handler so far), keeping when it is
     * disabled: a view that shares a command (F5, Ctrl+F) adds its own case without owning the rest.
     */
    public void decorate(ActionId id, java.util.function.UnaryOperator<Runnable> around) {
        Runnable before = handlers.getOrDefault(id, () -> { });
        handlers.put(id, around.apply(before));
    }

    public boolean isRegistered(ActionId id) {
        return handlers.containsKey(id);
    }

    /** Runs the command unless it is disabled; unregistered commands do nothing. */
    public void execute(ActionId id) {
        Runnable handler = handlers.get(id);
        if (handler != null && !disabled.get(id).get()) {
            handler.run();
        }
    }

    public ReadOnlyBooleanProperty disabled(ActionId id) {
        return disabled.get(id);
    }
}
