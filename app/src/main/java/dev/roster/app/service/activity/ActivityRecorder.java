package dev.roster.app.service.activity;

import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.ItemResult;
import dev.roster.connectors.Operation;
import dev.roster.connectors.trace.Exchange;
import dev.roster.connectors.trace.ExchangeLog;
import dev.roster.connectors.trace.RequestIds;
import dev.roster.connectors.ErrorKind;
import dev.roster.connectors.model.Group;
import dev.roster.connectors.model.User;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/** Runs a write and logs it, success or failure, in the activity log. Shared by the console and the CLI. */
public final class ActivityRecorder {
    private final ActivityLog log;
    private final Clock clock;
    private final Consumer<NotLogged> warnings;

    /** A write that was (or may have been) done but has no entry: the CLI prints it, the console shows it. */
    public record NotLogged(Operation operation, String outcome, String reason) {
        public String text() {
            return operation.wireName() + (ActivityEntry.OK.equals(outcome) ? " was done" : " may have been done")
                    + ", but the activity log could not record it: " + reason;
        }
    }

    public ActivityRecorder(ActivityLog log, Clock clock) {
        this(log, clock, warning -> { });
    }

    /** {@code warnings} hears when a write was done but could not be logged; it is called on the writing thread. */
    public ActivityRecorder(ActivityLog log, Clock clock, Consumer<NotLogged> warnings) {
        this.log = log;
        this.clock = clock;
        this.warnings = warnings;
    }

    /**
     * Runs the write and logs it. A log that cannot be written refuses the write before anything is sent; a
     * log that fails after the write was done never turns the directory's success or refusal into another
     * outcome (the entry's loss is reported as a warning, or attached to the directory's error). A failure that
     * is not the directory's (a bug, a broken connection pool) is logged as an unknown outcome, since the write
     * may have been sent. The entry names the write's exchange in {@code trace} (the connection's exchange log,
     * or null): the one it succeeded on, else the last one this thread recorded during the write (a refusal's).
     */
    public <T> ItemResult<T> record(String connection, ExchangeLog trace, Operation operation, Map<String, String> target,
                                    Supplier<ItemResult<T>> write) {
        try {
            log.ensureWritable();
        } catch (UncheckedIOException e) {
            throw DirectoryException.invalid(ErrorCode.ACTIVITY_LOG_UNWRITABLE, e.getMessage());
        }
        Thread writer = Thread.currentThread();
        AtomicReference<Exchange> lastOnThisThread = new AtomicReference<>();
        Runnable unsubscribe = trace == null ? () -> { } : trace.subscribe(e -> {
            if (Thread.currentThread() == writer) {
                lastOnThisThread.set(e);
            }
        });
        ItemResult<T> result;
        try {
            result = write.get();
        } catch (DirectoryException e) {
            if (e.kind() != ErrorKind.VALIDATION) {
                String outcome = e.kind() == ErrorKind.UNKNOWN_OUTCOME ? ActivityEntry.UNKNOWN : ActivityEntry.FAILED;
                failed(connection, operation, target, outcome, e.getMessage(), e.kind().name().toLowerCase(Locale.ROOT),
                        e.requestId().orElse(null), lastOnThisThread.get(), e);
            }
            throw e;
        } catch (RuntimeException | Error e) {
            String message = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
            failed(connection, operation, target, ActivityEntry.UNKNOWN, message,
                    ErrorKind.UNKNOWN_OUTCOME.name().toLowerCase(Locale.ROOT), null, lastOnThisThread.get(), e);
            throw e;
        } finally {
            unsubscribe.run();
        }
        Exchange exchange = result.provider() != null && result.provider().exchange() != null
                ? result.provider().exchange() : lastOnThisThread.get();
        try {
            log.append(new ActivityEntry(clock.instant(), connection, operation.wireName(), withCreatedId(target, result.item()),
                    ActivityEntry.OK, null, null, requestId(exchange), exchange == null ? null : exchange.sequence()));
        } catch (RuntimeException logFailure) { // any failure of the log, not only I/O: the write is done all the same
            warnings.accept(new NotLogged(operation, ActivityEntry.OK, reason(logFailure)));
        }
        return result;
    }

    private void failed(String connection, Operation operation, Map<String, String> target, String outcome, String error,
                        String errorKind, String requestId, Exchange exchange, Throwable failure) {
        try {
            log.append(new ActivityEntry(clock.instant(), connection, operation.wireName(), target, outcome, error, errorKind,
                    requestId != null ? requestId : requestId(exchange), exchange == null ? null : exchange.sequence()));
        } catch (RuntimeException logFailure) {
            failure.addSuppressed(logFailure);
            if (ActivityEntry.UNKNOWN.equals(outcome)) {
                warnings.accept(new NotLogged(operation, outcome, reason(logFailure)));
            }
        }
    }

    private static String reason(RuntimeException logFailure) {
        return logFailure.getMessage() == null || logFailure.getMessage().isBlank()
                ? logFailure.getClass().getSimpleName() : logFailure.getMessage();
    }

    /** A create's target is what was asked for; the entry also names what was made. */
    private static Map<String, String> withCreatedId(Map<String, String> target, Object item) {
        String id = item instanceof Group g ? g.id() : item instanceof User u ? u.id() : null;
        if (id == null || target.containsKey("group_id") || target.containsKey("user_id")) {
            return target;
        }
        Map<String, String> withId = new LinkedHashMap<>(target);
        withId.put(item instanceof Group ? "group_id" : "user_id", id);
        return withId;
    }

    static String requestId(Exchange exchange) {
        return RequestIds.of(exchange).orElse(null);
    }
}
