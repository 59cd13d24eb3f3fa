package dev.roster.app.ui.task;

import dev.roster.connectors.DirectoryException;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The one place errors end up: the status bar shows the last one. Touched on the UI thread only. */
public final class ErrorLog {
    private final ReadOnlyStringWrapper lastError = new ReadOnlyStringWrapper(this, "lastError");

    public void report(String during, Throwable error) {
        lastError.set(during + ": " + describe(error));
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

    /** What to tell a person: the provider's message for directory errors, else the exception's own. */
    public static String describe(Throwable error) {
        Throwable e = error;
        while (!(e instanceof DirectoryException) && e.getCause() != null && e.getCause() != e) {
            e = e.getCause();
        }
        if (e instanceof DirectoryException d) {
            return d.getMessage() + d.providerStatus().map(s -> " (status " + s + ")").orElse("");
        }
        String message = error.getMessage();
        return message == null || message.isBlank() ? error.getClass().getSimpleName() : message;
    }
}
