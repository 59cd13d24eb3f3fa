package dev.roster.app.main;

import dev.roster.app.ui.Messages;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The thin strip below the tables that stands for the inspector and the activity log while they are collapsed:
 * a handle that expands (and, expanded, collapses) them, as Ctrl+I does, and one that opens the activity tab.
 */
final class InspectorStrip {
    private InspectorStrip() {
    }

    static void build(HBox strip, BooleanProperty expanded, Messages messages, Runnable toggle, Runnable activity) {
        FontIcon chevron = new FontIcon();
        Button handle = new Button(messages.get("inspector.title"), chevron);
        handle.setId("inspector-handle");
        handle.getStyleClass().add("flat");
        handle.setOnAction(e -> toggle.run());
        Tooltip tip = new Tooltip();
        handle.setTooltip(tip);
        Button activityHandle = new Button(messages.get("activity.title"), new FontIcon(Feather.LIST));
        activityHandle.setId("inspector-handle-activity");
        activityHandle.getStyleClass().add("flat");
        activityHandle.setOnAction(e -> activity.run());
        strip.getChildren().setAll(handle, activityHandle);
        Runnable paint = () -> {
            boolean now = expanded.get();
            chevron.setIconCode(now ? Feather.CHEVRON_DOWN : Feather.CHEVRON_UP);
            tip.setText(messages.get(now ? "inspector.strip.hide" : "inspector.strip.show"));
            strip.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("expanded"), now);
        };
        expanded.addListener((o, was, now) -> paint.run());
        paint.run();
    }
}
