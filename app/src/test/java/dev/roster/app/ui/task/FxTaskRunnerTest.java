package dev.roster.app.ui.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The console's runner on a real FX thread: cancel and close wait for the worker instead of pretending. */
class FxTaskRunnerTest {
    private final ErrorLog errors = new ErrorLog();
    private final List<String> events = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    /** Work that signals it started, then runs until {@code release} opens, then checks for a cancel. */
    private BackgroundTask<String> blocking(CountDownLatch started, CountDownLatch release, boolean[] sawCancel) {
        return BackgroundTask.of("walk", ctx -> {
            started.countDown();
            if (!release.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
            sawCancel[0] = ctx.isCancelled();
            events.add("worker returned");
            return "done";
        }).onSuccess(r -> events.add("succeeded"))
                .onFailure(e -> events.add("failed: " + e.getMessage()))
                .onCancelled(() -> events.add("cancelled"))
                .onFinished(() -> events.add("finished"));
    }

    @Test
    void aCancelIsReportedOnlyOnceTheWorkerHasReturned() throws Exception {
        FxTaskRunner runner = onFx(() -> new FxTaskRunner(errors));
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        boolean[] sawCancel = {false};
        TaskHandle handle = onFx(() -> runner.run(blocking(started, release, sawCancel)));
        assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
        onFx(() -> {
            handle.cancel();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        // The worker is still running: nothing may say the task is over, and the status bar still lists it.
        assertThat(events).isEmpty();
        assertThat(handle.isDone()).isFalse();
        assertThat(onFx(() -> runner.running().size())).isEqualTo(1);
        release.countDown();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> events.contains("finished"));
        assertThat(sawCancel[0]).isTrue();
        assertThat(events).containsExactly("worker returned", "cancelled", "finished");
        assertThat(onFx(() -> runner.running().size())).isZero();
        assertThat(errors.lastErrorProperty().get()).isNull();
    }

    @Test
    void closeAsksRunningWorkToStopButNeverInterruptsIt() throws Exception {
        FxTaskRunner runner = onFx(() -> new FxTaskRunner(errors));
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        boolean[] interrupted = {false};
        boolean[] sawCancel = {false};
        onFx(() -> runner.run(BackgroundTask.of("write", ctx -> {
            started.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                interrupted[0] = true;
            }
            sawCancel[0] = ctx.isCancelled();
            events.add("worker returned");
            return null;
        }).onFinished(() -> events.add("finished"))));
        assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
        onFx(() -> {
            runner.close();
            return null;
        });
        release.countDown();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> events.contains("finished"));
        assertThat(interrupted[0]).isFalse();
        assertThat(sawCancel[0]).isTrue();
        assertThat(events).containsExactly("worker returned", "finished");
    }

    @Test
    void aFailureAfterACancelIsStillAFailure() throws Exception {
        FxTaskRunner runner = onFx(() -> new FxTaskRunner(errors));
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        TaskHandle handle = onFx(() -> runner.run(BackgroundTask.<String>of("write", ctx -> {
            started.countDown();
            release.await(30, TimeUnit.SECONDS);
            throw new IllegalStateException("refused");
        }).onFailure(e -> events.add("failed: " + e.getMessage())).onCancelled(() -> events.add("cancelled"))
                .onFinished(() -> events.add("finished"))));
        assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
        handle.cancel();
        release.countDown();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> events.contains("finished"));
        assertThat(events).containsExactly("failed: refused", "finished");
        assertThat(onFx(() -> errors.lastErrorProperty().get())).isEqualTo("write: refused");
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> action) throws Exception {
        if (Platform.isFxApplicationThread()) {
            return action.call();
        }
        return WaitForAsyncUtils.asyncFx(action).get(30, TimeUnit.SECONDS);
    }
}
