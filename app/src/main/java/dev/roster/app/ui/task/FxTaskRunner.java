package dev.roster.app.ui.task;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/**
 * The console's runner: each {@link BackgroundTask} becomes a {@link Task} on a daemon worker; while it runs
 * it is listed in {@link #running()} (the status bar). Cancel is cooperative: it only raises a flag that the
 * work sees at its next {@link TaskContext#isCancelled()} check, so a connector is never cut off mid-request.
 * JavaFX's own {@code Task.cancel} is not used: it reports the task cancelled (and the UI idle) at once, while
 * the worker is still running. Here the task stays listed, and its callbacks wait, until the worker returns.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private final ExecutorService workers;
    private final ObservableList<RunningTask> running = FXCollections.observableArrayList();
    private final ErrorLog errors;

    public FxTaskRunner(ErrorLog errors) {
        this.errors = errors;
        AtomicInteger count = new AtomicInteger();
        this.workers = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "roster-task-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    public ObservableList<RunningTask> running() {
        return running;
    }

    /** What the worker returned, and whether a cancel had been asked for by then (decided on the worker). */
    private record Ended<T>(T value, boolean cancelled) {
    }

    @Override
    public <T> TaskHandle run(BackgroundTask<T> background) {
        AtomicBoolean cancelRequested = new AtomicBoolean();
        Task<Ended<T>> task = new Task<>() {
            @Override
            protected Ended<T> call() throws Exception {
                T value = background.work().call(new TaskContext() {
                    @Override
                    public boolean isCancelled() {
                        return cancelRequested.get();
                    }

                    @Override
                    public void progress(long done, long total) {
                        updateProgress(done, total < 0 ? -1 : total);
                    }

                    @Override
                    public void message(String message) {
                        updateMessage(message);
                    }

                    @Override
                    public void ui(Runnable action) {
                        Platform.runLater(() -> {
                            if (!cancelRequested.get()) {
                                action.run();
                            }
                        });
                    }
                });
                return new Ended<>(value, cancelRequested.get());
            }
        };
        RunningTask entry = new RunningTask(background.title(), task.progressProperty(), task.messageProperty(),
                () -> cancelRequested.set(true));
        AtomicBoolean done = new AtomicBoolean();
        task.setOnSucceeded(e -> {
            done.set(true);
            running.remove(entry);
            Ended<T> ended = task.getValue();
            background.finish(ended.value(), null, ended.cancelled(), errors);
        });
        task.setOnFailed(e -> {
            done.set(true);
            running.remove(entry);
            background.finish(null, task.getException(), cancelRequested.get(), errors);
        });
        running.add(entry);
        try {
            workers.execute(task);
        } catch (RejectedExecutionException closed) {
            // The window is closing: work started from a late callback is not run.
            running.remove(entry);
            background.cancelled();
            return TaskHandle.DONE;
        }
        // The handle holds two flags, not the task: a view model keeps its last handle, and the task's work holds
        // its session (with all its exchanges) that must not outlive the task.
        return new TaskHandle() {
            @Override
            public void cancel() {
                cancelRequested.set(true);
            }

            @Override
            public boolean isDone() {
                return done.get();
            }
        };
    }

    @Override
    public void onUi(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    /**
     * Stops taking work and asks what runs to stop at its next check; nothing is interrupted, so a write in
     * flight is finished (or times out) rather than cut off with its outcome unknown. Call on the UI thread.
     */
    @Override
    public void close() {
        List.copyOf(running).forEach(t -> t.cancel().run());
        workers.shutdown();
    }
}
