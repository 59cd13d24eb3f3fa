package dev.roster.app.ui.task;

/** A started task, so that whoever started it can stop it. */
public interface TaskHandle {
    TaskHandle DONE = new TaskHandle() {
        @Override public void cancel() { }
        @Override public boolean isDone() { return true; }
    };

    /**
     * Asks the work to stop at its next check. Once it has returned (not before), onCancelled and onFinished run
     * instead of onSuccess; UI actions it handed over and not yet run are dropped. A failure stays a failure.
     */
    void cancel();

    boolean isDone();
}
