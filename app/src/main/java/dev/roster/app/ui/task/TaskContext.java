package dev.roster.app.ui.task;

/** What a task's work sees of its runner: cancellation, progress, and a way to hand partial results to the UI. */
public interface TaskContext {

    boolean isCancelled();

    /** {@code total} below 0 means "unknown" (an indeterminate bar). */
    void progress(long done, long total);

    void message(String message);

    /** Runs {@code action} on the UI thread unless the task has been cancelled by then. */
    void ui(Runnable action);
}
