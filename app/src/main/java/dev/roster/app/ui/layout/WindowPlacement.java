package dev.roster.app.ui.layout;

import dev.roster.app.service.ConsoleSettings.Bounds;
import java.util.List;
import javafx.geometry.Rectangle2D;

/**
 * Where a remembered window goes on the screens there are now. A screen unplugged since, a resolution
 * lowered, or a hand-edited file must not put the window where nobody can reach it: the window is kept on the
 * screen it overlaps most, no larger than that screen and wholly on it; one that overlaps no screen (or too
 * little of one to grab its title bar) goes to the middle of the primary screen.
 */
public final class WindowPlacement {
    /** How much of the window's top must show on a screen for it to count as reachable there. */
    static final double GRAB = 48;
    /** The smallest window the console is usable in. */
    public static final double MIN_WIDTH = 640;
    public static final double MIN_HEIGHT = 400;

    private WindowPlacement() {
    }

    public static Bounds place(Bounds saved, List<Rectangle2D> screens, Rectangle2D primary) {
        Rectangle2D best = null;
        double bestArea = 0;
        Rectangle2D titleBar = new Rectangle2D(saved.x(), saved.y(), Math.max(1, saved.width()), GRAB);
        for (Rectangle2D screen : screens) {
            double area = overlap(titleBar, screen);
            if (area > bestArea) {
                bestArea = area;
                best = screen;
            }
        }
        boolean reachable = best != null && bestArea >= Math.min(GRAB * GRAB, titleBar.getWidth() * GRAB);
        Rectangle2D screen = reachable ? best : primary;
        double width = clamp(saved.width(), Math.min(MIN_WIDTH, screen.getWidth()), screen.getWidth());
        double height = clamp(saved.height(), Math.min(MIN_HEIGHT, screen.getHeight()), screen.getHeight());
        double x;
        double y;
        if (reachable) {
            x = clamp(saved.x(), screen.getMinX(), screen.getMaxX() - width);
            y = clamp(saved.y(), screen.getMinY(), screen.getMaxY() - height);
        } else {
            x = screen.getMinX() + (screen.getWidth() - width) / 2;
            y = screen.getMinY() + (screen.getHeight() - height) / 2;
        }
        return new Bounds(x, y, width, height, saved.maximized());
    }

    private static double overlap(Rectangle2D a, Rectangle2D b) {
        double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return w > 0 && h > 0 ? w * h : 0;
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(value, max));
    }
}
