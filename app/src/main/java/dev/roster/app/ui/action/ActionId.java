package dev.roster.app.ui.action;

import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/**
 * Every command of the console with its label key, icon and shortcut: menus, toolbars and context menus
 * are all made from here, so a shortcut is declared once. {@code Shortcut} is Ctrl, or Cmd on macOS.
 */
public enum ActionId {
    REFRESH("action.refresh", Feather.REFRESH_CW, "F5"),
    NEW_USER("action.newUser", Feather.USER_PLUS, "Shortcut+N"),
    NEW_GROUP("action.newGroup", Feather.FOLDER_PLUS, "Shortcut+G"),
    ADD_MEMBER("action.addMember", Feather.USER_CHECK, "Shortcut+M"),
    REMOVE_MEMBER("action.removeMember", Feather.USER_MINUS, "Delete"),
    EXPORT("action.export", Feather.SAVE, "Shortcut+E"),
    INSPECTOR("action.inspector", Feather.ACTIVITY, "Shortcut+I"),
    FILTER("action.filter", Feather.FILTER, "Shortcut+F"),
    COPY_ROWS("action.copyRows", Feather.COPY, "Shortcut+C"),
    LOAD_MORE("action.loadMore", Feather.CHEVRONS_DOWN, null),
    LOAD_ALL("action.loadAll", Feather.DOWNLOAD_CLOUD, null),
    CANCEL_LOAD("action.cancelLoad", Feather.X_CIRCLE, null),
    // users browser: the Groups | Users switch, and what the user detail pane does
    SHOW_GROUPS("action.showGroups", Feather.FOLDER, "Shortcut+1"),
    SHOW_USERS("action.showUsers", Feather.USERS, "Shortcut+2"),
    ADD_TO_GROUP("action.addToGroup", Feather.USER_PLUS, "Shortcut+Shift+M"),
    REMOVE_FROM_GROUP("action.removeFromGroup", Feather.USER_X, "Shift+Delete"),
    USERS_LOAD_MORE("action.loadMore", Feather.CHEVRONS_DOWN, null),
    THEME_SYSTEM("action.themeSystem", Feather.MONITOR, null),
    THEME_LIGHT("action.themeLight", Feather.SUN, null),
    THEME_DARK("action.themeDark", Feather.MOON, null),
    QUIT("action.quit", Feather.LOG_OUT, "Shortcut+Q"),
    // feature: editor (the list's own keys, Delete, F2, Enter, Alt+Up/Down, act on the focused connections list only)
    NEW_CONNECTION("action.newConnection", Feather.PLUS, null),
    EDIT_CONNECTION("action.editConnection", Feather.EDIT_2, null),
    DUPLICATE_CONNECTION("action.duplicateConnection", Feather.COPY, null),
    RENAME_CONNECTION("action.renameConnection", Feather.TYPE, null),
    REMOVE_CONNECTION("action.removeConnection", Feather.TRASH_2, null),
    MOVE_CONNECTION_UP("action.moveConnectionUp", Feather.ARROW_UP, null),
    MOVE_CONNECTION_DOWN("action.moveConnectionDown", Feather.ARROW_DOWN, null),
    IMPORT_CONNECTIONS("action.importConnections", Feather.UPLOAD, null),
    EXPORT_CONNECTIONS("action.exportConnections", Feather.DOWNLOAD, null);

    private final String labelKey;
    private final Ikon icon;
    private final String shortcut;

    ActionId(String labelKey, Ikon icon, String shortcut) {
        this.labelKey = labelKey;
        this.icon = icon;
        this.shortcut = shortcut;
    }

    public String labelKey() {
        return labelKey;
    }

    public Ikon icon() {
        return icon;
    }

    /** Null when the command has no shortcut. */
    public KeyCombination shortcut() {
        return shortcut == null ? null : KeyCombination.valueOf(shortcut);
    }
}
