package dev.roster.app.ui.theme;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseEvent;

/**
 * Keeps a split pane's dividers where the person put them across window resizes. A narrow window pushes
 * dividers aside to honour the panes' minimum widths, and SplitPane keeps the pushed positions: widened
 * again, the panes stayed as narrow as at 900 px, their labels cut. Here the positions last chosen (the
 * layout's, where a divider was dragged to, or those remembered from the last run, {@link #choose}) are put
 * back after each width change; the panes' minimum widths still apply. {@link #onChosen} hears each drag's
 * positions, which is what the console remembers.
 */
public final class SplitPositions {
    private static final String KEY = SplitPositions.class.getName();

    private SplitPositions() {
    }

    /** What one split pane keeps: the positions wanted and who hears a new choice. */
    private static final class Kept {
        double[] wanted;
        boolean dragging;
        final List<Consumer<double[]>> listeners = new CopyOnWriteArrayList<>();
    }

    public static void keep(SplitPane split) {
        Kept kept = new Kept();
        kept.wanted = split.getDividerPositions().clone();
        split.getProperties().put(KEY, kept);
        split.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> kept.dragging = true);
        split.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            boolean dragged = kept.dragging;
            kept.dragging = false;
            if (dragged) {
                double[] chosen = kept.wanted.clone();
                kept.listeners.forEach(l -> l.accept(chosen));
            }
        });
        for (int i = 0; i < split.getDividers().size(); i++) {
            int index = i;
            // Only a drag is a choice; a position pushed by a narrow window is not.
            split.getDividers().get(i).positionProperty().addListener((o, was, now) -> {
                if (kept.dragging && index < kept.wanted.length) {
                    kept.wanted[index] = now.doubleValue();
                }
            });
        }
        split.widthProperty().addListener((o, was, now) -> Platform.runLater(() -> split.setDividerPositions(kept.wanted)));
    }

    /**
     * Puts the dividers at {@code positions} (remembered from the last run) and keeps them there as if dragged;
     * ignored when their number is not the pane's (a layout that changed since).
     */
    public static void choose(SplitPane split, double[] positions) {
        Kept kept = kept(split);
        if (positions.length != split.getDividers().size()) {
            return;
        }
        kept.wanted = positions.clone();
        split.setDividerPositions(positions);
    }

    /** Hears the positions after each drag of a divider. */
    public static void onChosen(SplitPane split, Consumer<double[]> listener) {
        kept(split).listeners.add(listener);
    }

    private static Kept kept(SplitPane split) {
        if (!(split.getProperties().get(KEY) instanceof Kept kept)) {
            throw new IllegalStateException("SplitPositions.keep was not called on this split pane");
        }
        return kept;
    }
}
