package dev.roster.app.main;

import dev.roster.app.session.Session;
import java.time.Duration;

/**
 * Closes the console's last session when its window closes, off the FX thread: the Sandbox writes and syncs its
 * snapshot on close, and a write still running is let finish first (it is never interrupted). A non-daemon thread
 * waits for that, so that the process ends only once the session is closed; the wait is bounded, after which the
 * session is closed at once (a write still running then is cut off, as the process exit would cut it).
 */
final class SessionCloser {
    /** How long running writes may take to finish once the window has closed. */
    static final Duration WRITES_BOUND = Duration.ofSeconds(20);
    /** How long the close itself may take (a snapshot write, an unbind) before the process ends anyway. */
    static final Duration CLOSE_BOUND = Duration.ofSeconds(10);

    private SessionCloser() {
    }

    /** Starts closing {@code session}; the returned thread ends when it is closed or the bounds have passed. */
    static Thread close(Session session) {
        Thread waiting = new Thread(() -> {
            daemon(session::closeWhenIdle, "roster-close");
            try {
                if (!session.awaitClosed(WRITES_BOUND)) {
                    daemon(session::close, "roster-close-now");
                    session.awaitClosed(CLOSE_BOUND);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "roster-exit");
        waiting.setDaemon(false);
        waiting.start();
        return waiting;
    }

    /** The close itself runs on a daemon thread, so that a hung close cannot keep the process alive past the bound. */
    private static void daemon(Runnable action, String name) {
        Thread t = new Thread(action, name);
        t.setDaemon(true);
        t.start();
    }
}
