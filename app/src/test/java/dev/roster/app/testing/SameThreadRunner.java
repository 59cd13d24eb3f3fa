package dev.roster.app.testing;

import dev.roster.app.ui.task.BackgroundTask;
import dev.roster.app.ui.task.ErrorLog;
import dev.roster.app.ui.task.TaskContext;
import dev.roster.app.ui.task.TaskHandle;
import dev.roster.app.ui.task.TaskRunner;
import java.util.ArrayList;
import java.util.List;

/** Runs each task in place, on the calling thread: view-model tests need neither a toolkit nor waiting. */
public final class SameThreadRunner implements TaskRunner {
    public final ErrorLog errors = new ErrorLog();
    public final List<String> titles = new ArrayList<>();

    @Override
    public <T> TaskHandle run(BackgroundTask<T> task) {
        titles.add(task.title());
        boolean[] cancelled = {false};
        TaskHandle handle = new TaskHandle() {
            @Override public void cancel() { cancelled[0] = true; }
            @Override public boolean isDone() { return true; }
        };
        T result;
        try {
            result = task.work().call(new TaskContext() {
                @Override public boolean isCancelled() { return cancelled[0]; }
                @Override public void progress(long done, long total) { }
                @Override public void message(String message) { }
                @Override public void ui(Runnable action) { action.run(); }
            });
        } catch (Exception e) {
            if (task.reportFailures()) {
                errors.report(task.title(), e);
            }
            task.failed(e);
            return handle;
        }
        task.succeeded(result);
        return handle;
    }

    @Override
    public void onUi(Runnable action) {
        action.run();
    }
}
