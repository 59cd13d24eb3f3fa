package dev.roster.app.session;

import dev.roster.app.ui.task.BackgroundTask;
import dev.roster.connectors.Capabilities;
import dev.roster.connectors.UnifiedDirectory;
import dev.roster.connectors.trace.ExchangeLog;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The connection being browsed: its open directory and what the console learnt during this session
 * (results by exchange, for the inspector's format tabs). Replaced, and closed, when another is selected.
 */
public final class Session implements AutoCloseable {
    private final String name;
    private final UnifiedDirectory directory;
    private final ResultMemory results = new ResultMemory();
    private final CountDownLatch closedLatch = new CountDownLatch(1);
    private int users;
    private boolean closeRequested;
    private boolean closed;

    public Session(String name, UnifiedDirectory directory) {
        this.name = name;
        this.directory = directory;
    }

    public String name() {
        return name;
    }

    public UnifiedDirectory directory() {
        return directory;
    }

    public Capabilities capabilities() {
        return directory.capabilities();
    }

    public ExchangeLog exchanges() {
        return directory.exchanges();
    }

    public String providerId() {
        return directory.provider().id();
    }

    public ResultMemory results() {
        return results;
    }

    /**
     * Wraps a task's work so that the session stays open until it ends: the hold is taken now (on the UI
     * thread, when the task is started), so a switch of connection made while it runs closes the session only
     * after it (a write already sent is not cut off, nor does it fail with "connection is closed").
     */
    public <T> BackgroundTask.Work<T> held(BackgroundTask.Work<T> work) {
        retain();
        return ctx -> {
            try {
                return work.call(ctx);
            } finally {
                release();
            }
        };
    }

    synchronized void retain() {
        users++;
    }

    void release() {
        boolean closeNow;
        synchronized (this) {
            users--;
            closeNow = users == 0 && closeRequested && !closed;
            closed |= closeNow;
        }
        if (closeNow) {
            closeDirectory();
        }
    }

    /** Closes now when no held work is running, else as soon as the last one ends. */
    public void closeWhenIdle() {
        boolean closeNow;
        synchronized (this) {
            closeRequested = true;
            closeNow = users == 0 && !closed;
            closed |= closeNow;
        }
        if (closeNow) {
            closeDirectory();
        }
    }

    /** Closes at once, whatever runs (held work still running then fails with "connection is closed"). */
    @Override
    public void close() {
        boolean already;
        synchronized (this) {
            already = closed;
            closeRequested = true;
            closed = true;
        }
        if (!already) {
            closeDirectory();
        }
    }

    /** Waits, at most {@code bound}, until the directory has been closed; true when it has. */
    public boolean awaitClosed(Duration bound) throws InterruptedException {
        return closedLatch.await(bound.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void closeDirectory() {
        try {
            directory.close();
        } finally {
            closedLatch.countDown();
        }
    }
}
