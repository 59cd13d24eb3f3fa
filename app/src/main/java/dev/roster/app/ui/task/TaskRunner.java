package dev.roster.app.ui.task;

/**
 * Runs slow work off the UI thread and brings results back to it. The console uses {@link FxTaskRunner};
 * view-model tests pass a same-thread runner so that they need neither a stage nor a toolkit.
 */
public interface TaskRunner {

    /** Starts the task; its callbacks run on the UI thread. */
    <T> TaskHandle run(BackgroundTask<T> task);

    /** Runs {@code action} on the UI thread: later from a worker, at once when already there. */
    void onUi(Runnable action);
}
