package dev.roster.app.ui.task;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * A unit of slow work and what to do with its outcome, described without any threading so that a test
 * runner can execute it in place. Callbacks run on the UI thread; a failure goes to the runner's
 * {@link ErrorLog} as well as to {@code onFailure}, so that no error is silently lost.
 */
public final class BackgroundTask<T> {

    @FunctionalInterface
    public interface Work<T> {
        T call(TaskContext context) throws Exception;
    }

    private final String title;
    private final Work<T> work;
    private Consumer<? super T> onSuccess = result -> { };
    private Consumer<Throwable> onFailure = error -> { };
    private Runnable onCancelled = () -> { };
    private Runnable onFinished = () -> { };
    private boolean reportFailures = true;

    private BackgroundTask(String title, Work<T> work) {
        this.title = Objects.requireNonNull(title);
        this.work = Objects.requireNonNull(work);
    }

    public static <T> BackgroundTask<T> of(String title, Work<T> work) {
        return new BackgroundTask<>(title, work);
    }

    public BackgroundTask<T> onSuccess(Consumer<? super T> action) {
        this.onSuccess = action;
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<Throwable> action) {
        this.onFailure = action;
        return this;
    }

    public BackgroundTask<T> onCancelled(Runnable action) {
        this.onCancelled = action;
        return this;
    }

    /** Runs after success, failure or cancel: the place to clear a "busy" flag. */
    public BackgroundTask<T> onFinished(Runnable action) {
        this.onFinished = action;
        return this;
    }

    /**
     * For failures the caller shows where they happened (a dialog's own error line): they are then not
     * also put in the status bar as "the last error".
     */
    public BackgroundTask<T> handledLocally() {
        this.reportFailures = false;
        return this;
    }

    public String title() {
        return title;
    }

    public Work<T> work() {
        return work;
    }

    public void succeeded(T result) {
        try {
            onSuccess.accept(result);
        } finally {
            onFinished.run();
        }
    }

    public void failed(Throwable error) {
        try {
            onFailure.accept(error);
        } finally {
            onFinished.run();
        }
    }

    public void cancelled() {
        try {
            onCancelled.run();
        } finally {
            onFinished.run();
        }
    }

    public boolean reportFailures() {
        return reportFailures;
    }

    /**
     * Reports how the work ended, once it has really ended (every runner calls this on the UI thread after its
     * worker returned): a failure is a failure, reported to {@code errors} unless handled locally, even when a
     * cancel was asked for; else a cancel asked for before the work returned makes it cancelled, not succeeded.
     */
    public void finish(T result, Throwable failure, boolean cancelRequested, ErrorLog errors) {
        if (failure != null) {
            if (reportFailures) {
                errors.report(title, failure);
            }
            failed(failure);
        } else if (cancelRequested) {
            cancelled();
        } else {
            succeeded(result);
        }
    }
}
