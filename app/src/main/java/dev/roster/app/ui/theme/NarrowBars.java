package dev.roster.app.ui.theme;

import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/**
 * A pane's button bar when the pane is narrow (the console at 900×600): the buttons show only their icons,
 * with their text as a tooltip, instead of text cut to "Load …" or "Add …"; as soon as there is room again
 * (after resizing back) the text returns. Buttons without an icon keep their text.
 */
public final class NarrowBars {
    private static final String FULL_WIDTH = "roster.fullWidth";

    private NarrowBars() {
    }

    public static void iconsWhenNarrow(HBox bar) {
        bar.widthProperty().addListener((o, was, now) -> fit(bar));
        bar.needsLayoutProperty().addListener((o, was, now) -> {
            if (!now) {
                fit(bar);
            }
        });
    }

    private static void fit(HBox bar) {
        double needed = bar.snappedLeftInset() + bar.snappedRightInset();
        int shown = 0;
        for (Node child : bar.getChildren()) {
            if (!child.isManaged()) {
                continue;
            }
            needed += textWidth(child);
            shown++;
        }
        needed += bar.getSpacing() * Math.max(0, shown - 1);
        boolean narrow = needed > bar.getWidth() + 0.5;
        for (Node child : bar.getChildren()) {
            if (child instanceof ButtonBase button && button.getGraphic() != null) {
                ContentDisplay wanted = narrow ? ContentDisplay.GRAPHIC_ONLY : ContentDisplay.LEFT;
                if (button.getContentDisplay() != wanted) {
                    button.setContentDisplay(wanted);
                    if (narrow && button.getTooltip() == null) {
                        button.setTooltip(new Tooltip(button.getText()));
                    }
                }
            }
        }
    }

    /** The width a child takes with its text shown: measured while it shows it, remembered while it does not. */
    private static double textWidth(Node child) {
        if (child instanceof ButtonBase button && button.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY) {
            Object full = button.getProperties().get(FULL_WIDTH);
            return full instanceof Double d ? d : button.prefWidth(-1);
        }
        double width = child.prefWidth(-1);
        if (child instanceof ButtonBase button && button.getSkin() != null) {
            button.getProperties().put(FULL_WIDTH, width);
        }
        return width;
    }
}
