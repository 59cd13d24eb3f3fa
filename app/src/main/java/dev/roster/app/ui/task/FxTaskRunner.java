package dev.roster.app.ui.task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/**
 * The console's runner: each {@link BackgroundTask} becomes a {@link Task} on a daemon worker; while it runs
 * it is listed in {@link #running()} (the status bar). Cancel is cooperative (no interrupt), so a connector
 * is never cut off mid-request: the work stops at its next {@link TaskContext#isCancelled()} check.
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

    @Override
    public <T> TaskHandle run(BackgroundTask<T> background) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                Task<T> self = this;
                return background.work().call(new TaskContext() {
                    @Override
                    public boolean isCancelled() {
                        return self.isCancelled();
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
                            if (!self.isCancelled()) {
                                action.run();
                            }
                        });
                    }
                });
            }
        };
        RunningTask entry = new RunningTask(background.title(), task.progressProperty(), task.messageProperty(),
                () -> task.cancel(false));
        task.setOnSucceeded(e -> {
            running.remove(entry);
            background.succeeded(task.getValue());
        });
        task.setOnFailed(e -> {
            running.remove(entry);
            if (background.reportFailures()) {
                errors.report(background.title(), task.getException());
            }
            background.failed(task.getException());
        });
        task.setOnCancelled(e -> {
            running.remove(entry);
            background.cancelled();
        });
        running.add(entry);
        workers.execute(task);
        return new TaskHandle() {
            @Override
            public void cancel() {
                task.cancel(false);
            }

            @Override
            public boolean isDone() {
                return task.isDone();
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

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
