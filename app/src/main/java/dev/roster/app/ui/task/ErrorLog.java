package dev.roster.app.ui.task;

import dev.roster.app.ui.Messages;
import dev.roster.connectors.DirectoryException;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place errors end up: the status bar shows the last one, whole (a tooltip and a wrapping label show
 * what does not fit). Touched on the UI thread only.
 */
public final class ErrorLog {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorLog.class);
    private final ReadOnlyStringWrapper lastError = new ReadOnlyStringWrapper(this, "lastError");
    private final Function<Throwable, String> describer;
    /** Who else hears each reported error (the trust prompt: an untrusted certificate is answered with a question). */
    private final java.util.List<java.util.function.Consumer<Throwable>> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Errors in the engine's English (tests that do not look at wording). */
    public ErrorLog() {
        this.describer = ErrorLog::describe;
    }

    /** Errors rendered from the console's bundle ({@link ErrorText}). */
    public ErrorLog(Messages messages) {
        this.describer = error -> ErrorText.describe(messages, error);
    }

    public void report(String during, Throwable error) {
        DirectoryException d = ErrorText.directory(error);
        // the window shows the sentence; the log keeps the detail (raw_response) and the English text
        LOG.warn("{}: {} raw_response: {}", during, describe(error), d == null ? "-" : d.rawResponse().orElse("-"),
                d == null ? error : null);
        lastError.set(during + ": " + describer.apply(error));
        listeners.forEach(l -> l.accept(error));
    }

    /** Hears every error reported after the status bar shows it, on the UI thread. Returns a handle that removes it. */
    public Runnable onReport(java.util.function.Consumer<Throwable> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** A problem that is not a task's failure (a write done but not logged), already worded for people. */
    public void warn(String text) {
        lastError.set(text);
    }

    public void clear() {
        lastError.set(null);
    }

    public ReadOnlyStringProperty lastErrorProperty() {
        return lastError.getReadOnlyProperty();
    }

    /** The engine's English sentence for directory errors, else the exception's own message. */
    public static String describe(Throwable error) {
        DirectoryException d = ErrorText.directory(error);
        if (d != null) {
            return d.getMessage() + (d.code().isPresent() ? "" : d.providerStatus().map(s -> " (status " + s + ")").orElse(""));
        }
        String message = error.getMessage();
        return message == null || message.isBlank() ? error.getClass().getSimpleName() : message;
    }
}
