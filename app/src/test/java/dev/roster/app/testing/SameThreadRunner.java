package dev.roster.app.testing;

import dev.roster.app.ui.task.BackgroundTask;
import dev.roster.app.ui.task.ErrorLog;
import dev.roster.app.ui.task.TaskContext;
import dev.roster.app.ui.task.TaskHandle;
import dev.roster.app.ui.task.TaskRunner;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs each task in place, on the calling thread: view-model tests need neither a toolkit nor waiting. Its
 * outcomes follow the console's runner: a task whose cancel was asked for while it ran reports cancelled (not
 * succeeded) when its work returns, UI actions handed over after the cancel are dropped, a failure is a failure.
 * {@link #cancelAfterProgress(int)} cancels mid-run, as the status bar's Cancel would.
 */
public final class SameThreadRunner implements TaskRunner {
    public final ErrorLog errors = new ErrorLog();
    public final List<String> titles = new ArrayList<>();
    private int cancelAfterProgress = -1;

    /** The next task started is cancelled once it has reported progress {@code reports} times. */
    public void cancelAfterProgress(int reports) {
        this.cancelAfterProgress = reports;
    }

    @Override
    public <T> TaskHandle run(BackgroundTask<T> task) {
        titles.add(task.title());
        int cancelAt = cancelAfterProgress;
        cancelAfterProgress = -1;
        boolean[] state = {false, false}; // cancel requested, done
        int[] progressReports = {0};
        TaskHandle handle = new TaskHandle() {
            @Override public void cancel() { state[0] = true; }
            @Override public boolean isDone() { return state[1]; }
        };
        T result = null;
        Throwable failure = null;
        try {
            result = task.work().call(new TaskContext() {
                @Override public boolean isCancelled() { return state[0]; }

                @Override public void progress(long done, long total) {
                    if (++progressReports[0] == cancelAt) {
                        handle.cancel();
                    }
                }

                @Override public void message(String message) { }

                @Override public void ui(Runnable action) {
                    if (!state[0]) {
                        action.run();
                    }
                }
            });
        } catch (Exception e) {
            failure = e;
        }
        state[1] = true;
        task.finish(result, failure, state[0], errors);
        return handle;
    }

    @Override
    public void onUi(Runnable action) {
        action.run();
    }
}
