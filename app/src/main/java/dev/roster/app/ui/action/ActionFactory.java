package dev.roster.app.ui.action;

import dev.roster.app.ui.Messages;

import javafx.scene.control.ButtonBase;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;

/** Makes menu items and buttons from the registry: label, icon, shortcut and enabled state in one place. */
public final class ActionFactory {
    private final Messages messages;
    private final ActionRegistry registry;

    public ActionFactory(Messages messages, ActionRegistry registry) {
        this.messages = messages;
        this.registry = registry;
    }

    /** A menu item; its accelerator is the action's shortcut, active wherever the menu is in the scene. */
    public MenuItem menuItem(ActionId id) {
        MenuItem item = new MenuItem(messages.get(id.labelKey()), new FontIcon(id.icon()));
        item.setId("menu-" + id.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        item.setAccelerator(id.shortcut());
        item.setOnAction(e -> registry.execute(id));
        item.disableProperty().bind(registry.disabled(id));
        return item;
    }

    /** The same command on a context menu: shows the shortcut but does not register it a second time. */
    public MenuItem contextItem(ActionId id) {
        MenuItem item = menuItem(id);
        item.setAccelerator(null);
        if (id.shortcut() != null) {
            item.setText(item.getText() + "\t" + id.shortcut().getDisplayText());
        }
        return item;
    }

    /** Configures a button declared in FXML: icon, tooltip with the shortcut, command, enabled state. */
    public <B extends ButtonBase> B configure(B button, ActionId id, boolean withText) {
        button.setGraphic(new FontIcon(id.icon()));
        String label = messages.get(id.labelKey());
        button.setText(withText ? label : null);
        button.setTooltip(new Tooltip(id.shortcut() == null ? label : label + " (" + id.shortcut().getDisplayText() + ")"));
        button.setOnAction(e -> registry.execute(id));
        button.disableProperty().bind(registry.disabled(id));
        return button;
    }
}
