package dev.roster.app.bench;

import dev.roster.app.main.ConsoleContext;
import dev.roster.app.main.ConsoleWindow;
import dev.roster.app.service.RosterHome;
import dev.roster.app.service.secret.NoKeychainSecretStore;
import dev.roster.app.testing.FakeDirectory;
import dev.roster.app.ui.theme.Theme;
import dev.roster.connectors.ConnectorRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.stage.Stage;

/**
 * How long the FX thread stalls while "Load all" streams 10,000 groups into the console, held against a bare
 * reference in the same JVM: a plain JavaFX window whose TableView gets the same 10,000 rows in pages of 500
 * from a background thread, at the pace the console got them, with nothing else on the FX thread. Both are timed the same way (the gaps between
 * pulses, seen by an {@link AnimationTimer}); the figure is the ratio, so the machine's speed mostly cancels.
 * Headless (Monocle, software rendering), as the UI tests run. The directory is the in-memory
 * {@link FakeDirectory}: the Sandbox has only 250 groups. Run by the {@code bench} profile (docs/benchmarks.md).
 */
public final class FxStallBenchmark {
    static final int GROUPS = 10_000;
    /** The console shows a first page of 100, then "Load all" walks the rest in pages of 500. */
    static final int FIRST_PAGE = 100;
    static final int WALK_PAGE = 500;

    private FxStallBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        headless();
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
        Platform.setImplicitExit(false);
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        for (int round = 1; round <= rounds; round++) {
            Gaps console = console(Files.createTempDirectory("roster-bench-stall"));
            Gaps bare = bare((long) console.tookMs());
            report(round, bare, console);
        }
        Platform.exit();
    }

    private static void headless() {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        System.setProperty("headless.geometry", "1600x1000-32");
        System.setProperty("java.awt.headless", "true");
    }

    /**
     * The reference: a plain window, its table filled page by page from a background thread, the pages spread
     * over {@code durationMs} (as long as the console's load took), so both are watched for as many pulses.
     */
    private static Gaps bare(long durationMs) throws Exception {
        int pages = GROUPS / WALK_PAGE;
        ObservableList<String> rows = FXCollections.observableArrayList();
        Stage stage = fx(() -> {
            TableView<String> table = new TableView<>(rows);
            TableColumn<String, String> name = new TableColumn<>("Name");
            name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue()));
            table.getColumns().add(name);
            Stage s = new Stage();
            s.setScene(new Scene(table, 1440, 900));
            s.show();
            return s;
        });
        Gaps gaps = Gaps.start();
        long t0 = System.nanoTime();
        for (int page = 0; page < pages; page++) {
            Thread.sleep(durationMs / pages);
            List<String> next = new ArrayList<>(WALK_PAGE);
            for (int i = 0; i < WALK_PAGE; i++) {
                next.add("Group " + (page * WALK_PAGE + i));
            }
            CompletableFuture<Void> added = new CompletableFuture<>();
            Platform.runLater(() -> {
                rows.addAll(next);
                added.complete(null);
            });
            added.get(30, TimeUnit.SECONDS);
        }
        gaps.stop(System.nanoTime() - t0);
        fx(() -> {
            stage.close();
            return null;
        });
        return gaps;
    }

    /** The console on a fresh home whose {@code sandbox} connection is the 10,000-group stand-in: Load all. */
    private static Gaps console(Path home) throws Exception {
        ConsoleContext context = new ConsoleContext(RosterHome.of(home), () -> new NoKeychainSecretStore("benchmark"),
                ConnectorRegistry.of(List.of(FakeDirectory.provider("sandbox", GROUPS, 10))), Map.of(), Clock.systemUTC(),
                Locale.ROOT);
        Stage stage = fx(() -> {
            Stage s = new Stage();
            Theme theme = new Theme();
            theme.install();
            new ConsoleWindow(s, context, theme).show();
            return s;
        });
        waitFor(60, () -> count(stage).equals(FIRST_PAGE + " loaded, more available"));
        Gaps gaps = Gaps.start();
        long t0 = System.nanoTime();
        fx(() -> {
            ((Button) stage.getScene().lookup("#groups-load-all")).fire();
            return null;
        });
        String done = String.format(Locale.ROOT, "%,d loaded", GROUPS);
        waitFor(300, () -> count(stage).equals(done));
        gaps.stop(System.nanoTime() - t0);
        fx(() -> {
            stage.close();
            return null;
        });
        return gaps;
    }

    private static String count(Stage stage) {
        return ((Label) stage.getScene().lookup("#groups-count")).getText();
    }

    private static void report(int round, Gaps bare, Gaps console) {
        System.out.println(String.format(Locale.ROOT, "BENCH | FX stall, round %d | %-7s | longest %6.1f ms | p95 %6.1f ms | median %5.1f ms"
                + " | %4d pulses | %6.0f ms for %,d rows", round, "bare", bare.longest(), bare.p95(), bare.median(), bare.count(),
                bare.tookMs(), GROUPS));
        System.out.println(String.format(Locale.ROOT, "BENCH | FX stall, round %d | %-7s | longest %6.1f ms | p95 %6.1f ms | median %5.1f ms"
                + " | %4d pulses | %6.0f ms for %,d rows", round, "console", console.longest(), console.p95(), console.median(),
                console.count(), console.tookMs(), GROUPS));
        System.out.println(String.format(Locale.ROOT, "BENCH | FX stall, round %d | console / bare: longest gap x%.1f, p95 x%.1f,"
                + " median x%.1f", round, console.longest() / bare.longest(), console.p95() / bare.p95(),
                console.median() / bare.median()));
    }

    private static <T> T fx(Supplier<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }

    private static void waitFor(int seconds, Supplier<Boolean> onFx) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!fx(onFx)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not done within " + seconds + " s");
            }
            Thread.sleep(20);
        }
    }

    /** Gaps between FX pulses while something runs, in milliseconds. */
    private static final class Gaps {
        private final List<Double> gaps = Collections.synchronizedList(new ArrayList<>());
        private AnimationTimer timer;
        private double tookMs;

        static Gaps start() throws Exception {
            Gaps g = new Gaps();
            fx(() -> {
                g.timer = new AnimationTimer() {
                    private long last;

                    @Override
                    public void handle(long now) {
                        if (last != 0) {
                            g.gaps.add((now - last) / 1e6);
                        }
                        last = now;
                    }
                };
                g.timer.start();
                return null;
            });
            return g;
        }

        void stop(long tookNanos) throws Exception {
            fx(() -> {
                timer.stop();
                return null;
            });
            tookMs = tookNanos / 1e6;
        }

        private List<Double> sorted() {
            synchronized (gaps) {
                List<Double> copy = new ArrayList<>(gaps);
                Collections.sort(copy);
                return copy.isEmpty() ? List.of(0.0) : copy;
            }
        }

        double longest() {
            return sorted().getLast();
        }

        double p95() {
            List<Double> s = sorted();
            return s.get((int) Math.floor(0.95 * (s.size() - 1)));
        }

        double median() {
            List<Double> s = sorted();
            return s.get(s.size() / 2);
        }

        int count() {
            return gaps.size();
        }

        double tookMs() {
            return tookMs;
        }
    }
}
