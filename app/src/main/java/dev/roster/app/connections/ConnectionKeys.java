package dev.roster.app.connections;

import dev.roster.app.ui.action.ActionId;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The connections list's own keys: they act only while the list has the focus, so that Delete in the members
 * table, or a text field, keeps its meaning there.
 */
final class ConnectionKeys {
    private ConnectionKeys() {
    }

    /** The command for {@code key} on the list, or null. */
    static ActionId action(KeyEvent key) {
        if (key.isAltDown() && key.getCode() == KeyCode.UP) {
            return ActionId.MOVE_CONNECTION_UP;
        }
        if (key.isAltDown() && key.getCode() == KeyCode.DOWN) {
            return ActionId.MOVE_CONNECTION_DOWN;
        }
        if (key.isAltDown() || key.isShortcutDown()) {
            return null;
        }
        return switch (key.getCode()) {
            case DELETE -> ActionId.REMOVE_CONNECTION;
            case F2 -> ActionId.RENAME_CONNECTION;
            case ENTER -> ActionId.EDIT_CONNECTION;
            case INSERT -> ActionId.NEW_CONNECTION;
            default -> null;
        };
    }
}
