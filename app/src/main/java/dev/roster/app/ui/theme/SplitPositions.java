package dev.roster.app.ui.theme;

import javafx.application.Platform;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseEvent;

/**
 * Keeps a split pane's dividers where the person put them across window resizes. A narrow window pushes
 * dividers aside to honour the panes' minimum widths, and SplitPane keeps the pushed positions: widened
 * again, the panes stayed as narrow as at 900 px, their labels cut. Here the positions last chosen (the
 * layout's, or where a divider was dragged to) are put back after each width change; the panes' minimum
 * widths still apply.
 */
public final class SplitPositions {
    private SplitPositions() {
    }

    public static void keep(SplitPane split) {
        double[] wanted = split.getDividerPositions().clone();
        boolean[] dragging = {false};
        split.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> dragging[0] = true);
        split.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> dragging[0] = false);
        for (int i = 0; i < split.getDividers().size(); i++) {
            int index = i;
            // Only a drag is a choice; a position pushed by a narrow window is not.
            split.getDividers().get(i).positionProperty().addListener((o, was, now) -> {
                if (dragging[0]) {
                    wanted[index] = now.doubleValue();
                }
            });
        }
        split.widthProperty().addListener((o, was, now) -> Platform.runLater(() -> split.setDividerPositions(wanted)));
    }
}
