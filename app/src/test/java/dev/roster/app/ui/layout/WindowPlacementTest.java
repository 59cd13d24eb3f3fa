package dev.roster.app.ui.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.app.service.ConsoleSettings.Bounds;
import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class WindowPlacementTest {
    /** A 1920x1080 laptop screen (its visual bounds below a 40 px top bar) and a 1280x1024 screen to its right. */
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 40, 1920, 1040);
    private static final Rectangle2D RIGHT = new Rectangle2D(1920, 0, 1280, 1024);

    @Test
    void aWindowOnAScreenStaysWhereItWas() {
        Bounds saved = new Bounds(100, 80, 1200, 800, false);
        assertThat(WindowPlacement.place(saved, List.of(LAPTOP, RIGHT), LAPTOP)).isEqualTo(saved);
    }

    @Test
    void aWindowOnTheSecondScreenStaysThere() {
        Bounds saved = new Bounds(2000, 100, 1000, 700, true);
        assertThat(WindowPlacement.place(saved, List.of(LAPTOP, RIGHT), LAPTOP)).isEqualTo(saved);
    }

    @Test
    void aWindowOnAScreenUnpluggedSinceComesToTheMiddleOfThePrimaryScreen() {
        Bounds saved = new Bounds(2000, 100, 1000, 700, false);
        assertThat(WindowPlacement.place(saved, List.of(LAPTOP), LAPTOP))
                .isEqualTo(new Bounds((1920 - 1000) / 2.0, 40 + (1040 - 700) / 2.0, 1000, 700, false));
    }

    @Test
    void aWindowLargerThanItsScreenIsShrunkToItAndPutOnIt() {
        Bounds saved = new Bounds(10, 50, 2560, 1440, false);
        assertThat(WindowPlacement.place(saved, List.of(LAPTOP), LAPTOP)).isEqualTo(new Bounds(0, 40, 1920, 1040, false));
    }

    @Test
    void aWindowHangingOffTheEdgeIsPulledBackWhole() {
        // most of it below and right of the screen, its title bar still on it
        Bounds saved = new Bounds(1500, 900, 1000, 700, false);
        assertThat(WindowPlacement.place(saved, List.of(LAPTOP), LAPTOP)).isEqualTo(new Bounds(920, 380, 1000, 700, false));
    }

    @Test
    void aWindowWhoseTitleBarIsAboveEveryScreenIsNotLeftThere() {
        // only its lower part overlaps: the title bar (the part one drags) would be out of reach
        Bounds saved = new Bounds(200, -600, 1000, 700, false);
        assertThat(WindowPlacement.place(saved, List.of(LAPTOP), LAPTOP))
                .isEqualTo(new Bounds(460, 210, 1000, 700, false));
    }

    @Test
    void aTinyRememberedWindowGrowsToAUsableSize() {
        Bounds saved = new Bounds(100, 100, 50, 20, false);
        assertThat(WindowPlacement.place(saved, List.of(LAPTOP), LAPTOP)).isEqualTo(new Bounds(100, 100, 640, 400, false));
    }
}
