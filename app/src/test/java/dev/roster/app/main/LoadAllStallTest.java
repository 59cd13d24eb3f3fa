package dev.roster.app.main;

import static dev.roster.app.testing.ConsoleFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.app.testing.ConsoleFixture;
import dev.roster.app.testing.FakeDirectory;
import dev.roster.connectors.ConnectorRegistry;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * "Load all" over 10,000 groups while the FX thread's pulses are timed: the longest gap between two pulses is
 * the longest stall a person would feel. It is printed, not asserted (timings depend on the machine; the
 * project forbids timing assertions). The directory is the in-memory stand-in: 10,000 groups is the point.
 */
class LoadAllStallTest extends FxRobot {
    static final int GROUPS = 10_000;
    @TempDir Path home;

    @Test
    void loadAllOfTenThousandGroupsKeepsTheFxThreadResponsive() throws Exception {
        ConsoleApp app = ConsoleFixture.start(home, ConnectorRegistry.of(List.of(FakeDirectory.provider("sandbox", GROUPS, 10))));
        try {
            var groups = app.window().groups();
            await(60, () -> !groups.loaded().isEmpty() && !groups.loadingProperty().get());
            AtomicLong last = new AtomicLong();
            AtomicLong longest = new AtomicLong();
            AtomicLong pulses = new AtomicLong();
            List<Long> gaps = new java.util.concurrent.CopyOnWriteArrayList<>();
            AtomicLong streaming = new AtomicLong();
            int firstPage = groups.loaded().size();
            AnimationTimer timer = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    long before = last.getAndSet(now);
                    if (before != 0) {
                        longest.accumulateAndGet(now - before, Math::max);
                        gaps.add(now - before);
                        if (groups.loaded().size() > firstPage) {
                            streaming.accumulateAndGet(now - before, Math::max);
                        }
                    }
                    pulses.incrementAndGet();
                }
            };
            interact(timer::start);
            long started = System.nanoTime();
            clickOn("#groups-load-all");
            await(300, () -> groups.loaded().size() == GROUPS && !groups.loadingProperty().get());
            long took = System.nanoTime() - started;
            interact(timer::stop);
            assertThat(groups.loaded()).hasSize(GROUPS);
            assertThat(lookup("#groups-count").queryLabeled().getText()).isEqualTo("10,000 loaded");
            List<Long> sorted = gaps.stream().sorted().toList();
            long p95 = sorted.isEmpty() ? 0 : sorted.get((int) Math.floor(0.95 * (sorted.size() - 1)));
            long median = sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
            System.out.printf("FX-thread stall during a %,d-group load all: longest pulse gap %.1f ms, 95th percentile %.1f ms,"
                    + " median %.1f ms over %d pulses; longest once pages were streaming in %.1f ms (load took %.0f ms;"
                    + " headless software rendering)%n", GROUPS, longest.get() / 1e6, p95 / 1e6, median / 1e6, pulses.get(),
                    streaming.get() / 1e6, took / 1e6);
        } finally {
            ConsoleFixture.stop(app);
        }
    }
}
