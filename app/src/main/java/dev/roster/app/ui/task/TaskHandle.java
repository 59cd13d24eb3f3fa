package dev.roster.app.ui.task;

/** A started task, so that whoever started it can stop it. */
public interface TaskHandle {
    TaskHandle DONE = new TaskHandle() {
        @Override public void cancel() { }
        @Override public boolean isDone() { return true; }
    };

    /** Asks the work to stop at its next check; callbacks other than onCancelled no longer run. */
    void cancel();

    boolean isDone();
}
