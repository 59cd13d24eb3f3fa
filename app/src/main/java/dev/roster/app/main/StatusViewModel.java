package dev.roster.app.main;

import dev.roster.app.session.Session;
import dev.roster.app.ui.task.ErrorLog;
import dev.roster.app.ui.Formats;
import dev.roster.app.ui.Messages;
import dev.roster.app.ui.task.RunningTask;
import dev.roster.app.ui.task.TaskRunner;
import dev.roster.connectors.DirectorySignal;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;

/**
 * The status bar: what is running (with progress), the last error (cleared when another connection opens),
 * and the provider's rate-limit state as the connection signals it (remaining / reset), when it reports one.
 */
public final class StatusViewModel {
    private final ObservableList<RunningTask> running;
    private final ErrorLog errors;
    private final Messages messages;
    private final ReadOnlyStringWrapper rateLimit = new ReadOnlyStringWrapper(this, "rateLimit", "");
    private final StringBinding text;
    private Runnable unsubscribe = () -> { };

    public StatusViewModel(ObservableValue<Session> session, ObservableList<RunningTask> running, ErrorLog errors,
                           TaskRunner runner, Messages messages) {
        this.running = running;
        this.errors = errors;
        this.messages = messages;
        this.text = Bindings.createStringBinding(this::describe, running, errors.lastErrorProperty());
        follow(session.getValue(), runner);
        session.addListener((o, was, now) -> {
            // another connection: the last one's error is not about it (a failure to open arrives after this)
            errors.clear();
            follow(now, runner);
        });
    }

    /**
     * Shows {@code now}'s rate-limit state: what it already reported (opening it made calls), then each new
     * signal. Only the typed state: nothing here reads headers or statuses.
     */
    private void follow(Session now, TaskRunner runner) {
        unsubscribe.run();
        rateLimit.set("");
        if (now == null) {
            unsubscribe = () -> { };
            return;
        }
        unsubscribe = now.directory().signals(signal -> {
            if (signal instanceof DirectorySignal.RateLimited limit) {
                runner.onUi(() -> rateLimit(limit).ifPresent(rateLimit::set));
            }
        });
        now.directory().rateLimit().flatMap(this::rateLimit).ifPresent(rateLimit::set);
    }

    public ObservableList<RunningTask> running() {
        return running;
    }

    public StringBinding textProperty() {
        return text;
    }

    public ReadOnlyStringProperty rateLimitProperty() {
        return rateLimit.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lastErrorProperty() {
        return errors.lastErrorProperty();
    }

    public void clearError() {
        errors.clear();
    }

    private String describe() {
        if (!running.isEmpty()) {
            RunningTask first = running.getFirst();
            return running.size() == 1 ? first.title() : messages.get("status.running", first.title(), running.size() - 1);
        }
        String error = errors.lastErrorProperty().get();
        return error != null ? error : messages.get("status.ready");
    }

    /**
     * "Rate limit: N of M left, resets HH:mm:ss" from the connection's typed state, each part only when the
     * provider reported it; nothing when it did not say how many calls are left.
     */
    java.util.Optional<String> rateLimit(DirectorySignal.RateLimited limit) {
        if (limit.remaining() == null) {
            return java.util.Optional.empty();
        }
        String left = limit.limit() == null ? messages.get("status.rateLimitLeft", limit.remaining())
                : messages.get("status.rateLimitLeftOf", limit.remaining(), limit.limit());
        return java.util.Optional.of(limit.resetAt() == null ? messages.get("status.rateLimit", left)
                : messages.get("status.rateLimitReset", left, Formats.time(limit.resetAt())));
    }
}
