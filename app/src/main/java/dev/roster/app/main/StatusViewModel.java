package dev.roster.app.main;

import dev.roster.app.session.Session;
import dev.roster.app.ui.task.ErrorLog;
import dev.roster.app.ui.Formats;
import dev.roster.app.ui.Messages;
import dev.roster.app.ui.task.RunningTask;
import dev.roster.app.ui.task.TaskRunner;
import dev.roster.connectors.trace.Exchange;
import java.time.Instant;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;

/**
 * The status bar: what is running (with progress), the last error, and the provider's rate-limit state as
 * its last response headers told it (remaining / reset), when it reports one.
 */
public final class StatusViewModel {
    private static final List<String> REMAINING = List.of("x-rate-limit-remaining", "x-ratelimit-remaining", "ratelimit-remaining");
    private static final List<String> RESET = List.of("x-rate-limit-reset", "x-ratelimit-reset", "ratelimit-reset");

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
        session.addListener((o, was, now) -> {
            unsubscribe.run();
            rateLimit.set("");
            unsubscribe = now == null ? () -> { }
                    : now.exchanges().subscribe(e -> runner.onUi(() -> rateLimit(e).ifPresent(rateLimit::set)));
        });
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

    /** "Rate limit: N left, resets HH:mm:ss" from the exchange's headers, when it carries them. */
    java.util.Optional<String> rateLimit(Exchange e) {
        String remaining = first(e, REMAINING);
        if (remaining == null) {
            return java.util.Optional.empty();
        }
        String reset = first(e, RESET);
        String when = "";
        if (reset != null) {
            try {
                long value = Long.parseLong(reset.strip());
                // Okta and GitHub send an epoch second; the IETF draft header sends seconds from now.
                Instant at = value > 1_000_000_000L ? Instant.ofEpochSecond(value) : e.startedAt().plusSeconds(value);
                when = Formats.time(at);
            } catch (NumberFormatException | NullPointerException ignored) {
                when = reset;
            }
        }
        return java.util.Optional.of(when.isEmpty() ? messages.get("status.rateLimit", remaining)
                : messages.get("status.rateLimitReset", remaining, when));
    }

    private static String first(Exchange e, List<String> names) {
        return names.stream().map(e::responseHeader).filter(v -> v != null && !v.isBlank()).findFirst().orElse(null);
    }
}
