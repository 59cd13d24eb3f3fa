package dev.roster.app.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.app.ui.task.BackgroundTask;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The test runner keeps the console runner's outcomes (see FxTaskRunnerTest), so view-model tests can rely on them. */
class SameThreadRunnerTest {
    private final SameThreadRunner runner = new SameThreadRunner();
    private final List<String> events = new ArrayList<>();

    private <T> BackgroundTask<T> observed(BackgroundTask<T> task) {
        return task.onSuccess(r -> events.add("succeeded " + r)).onFailure(e -> events.add("failed " + e.getMessage()))
                .onCancelled(() -> events.add("cancelled")).onFinished(() -> events.add("finished"));
    }

    @Test
    void aTaskCancelledWhileItRunsReportsCancelledNotSucceeded() {
        runner.cancelAfterProgress(1);
        runner.run(observed(BackgroundTask.of("walk", ctx -> {
            ctx.progress(1, 3);
            ctx.ui(() -> events.add("ui after cancel"));
            return ctx.isCancelled() ? "stopped" : "all";
        })));
        assertThat(events).containsExactly("cancelled", "finished");
    }

    @Test
    void withoutACancelItSucceedsAndAFailureIsReported() {
        runner.run(observed(BackgroundTask.of("list", ctx -> {
            ctx.ui(() -> events.add("ui"));
            return "page";
        })));
        runner.run(observed(BackgroundTask.of("write", ctx -> {
            throw new IllegalStateException("refused");
        })));
        assertThat(events).containsExactly("ui", "succeeded page", "finished", "failed refused", "finished");
        assertThat(runner.errors.lastErrorProperty().get()).isEqualTo("write: refused");
    }
}
