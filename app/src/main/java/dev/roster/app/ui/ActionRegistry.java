package dev.roster.app.ui;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;

/**
 * What each {@link ActionId} does now and when it is disabled. Views register the handlers they own; every
 * menu item, button and shortcut goes through {@link #execute}, so all of them behave alike.
 */
public final class ActionRegistry {
    private record Command(Runnable handler, ObservableValue<Boolean> disabled) {
    }

    private final Map<ActionId, Command> commands = new EnumMap<>(ActionId.class);

    public void register(ActionId id, Runnable handler, ObservableBooleanValue disabled) {
        commands.put(id, new Command(handler, disabled));
    }

    public void register(ActionId id, Runnable handler) {
        register(id, handler, Bindings.createBooleanBinding(() -> false));
    }

    public boolean isRegistered(ActionId id) {
        return commands.containsKey(id);
    }

    /** Runs the command unless it is disabled; unregistered commands do nothing. */
    public void execute(ActionId id) {
        Command command = commands.get(id);
        if (command != null && !Boolean.TRUE.equals(command.disabled().getValue())) {
            command.handler().run();
        }
    }

    public ObservableValue<Boolean> disabled(ActionId id) {
        Command command = commands.get(id);
        return command == null ? Bindings.createBooleanBinding(() -> true) : command.disabled();
    }
}
