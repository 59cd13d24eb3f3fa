package dev.roster.app.service.activity;

import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ItemResult;
import dev.roster.connectors.Operation;
import dev.roster.connectors.trace.Exchange;
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
import java.util.function.Supplier;

/** Runs a write and logs it, success or failure, in the activity log. Shared by the console and the CLI. */
public final class ActivityRecorder {
    private final ActivityLog log;
    private final Clock clock;
    private final Consumer<String> warnings;

    public ActivityRecorder(ActivityLog log, Clock clock) {
        this(log, clock, message -> { });
    }

    /** {@code warnings} hears when a write was done but could not be logged (the CLI prints it on stderr). */
    public ActivityRecorder(ActivityLog log, Clock clock, Consumer<String> warnings) {
        this.log = log;
        this.clock = clock;
        this.warnings = warnings;
    }

    /**
     * Runs the write and logs it. A log that cannot be written refuses the write before anything is sent; a
     * log that fails after the write was done never turns the directory's success or refusal into another
     * outcome (the entry's loss is reported as a warning, or attached to the directory's error).
     */
    public <T> ItemResult<T> record(String connection, Operation operation, Map<String, String> target, Supplier<ItemResult<T>> write) {
        try {
            log.ensureWritable();
        } catch (UncheckedIOException e) {
            throw DirectoryException.validation(e.getMessage() + "; nothing was sent, fix the activity log first");
        }
        ItemResult<T> result;
        try {
            result = write.get();
        } catch (DirectoryException e) {
            if (e.kind() != ErrorKind.VALIDATION) {
                String outcome = e.kind() == ErrorKind.UNKNOWN_OUTCOME ? ActivityEntry.UNKNOWN : ActivityEntry.FAILED;
                try {
                    log.append(new ActivityEntry(clock.instant(), connection, operation.wireName(), target, outcome,
                            e.getMessage(), e.kind().name().toLowerCase(Locale.ROOT), e.requestId().orElse(null), null));
                } catch (UncheckedIOException logFailure) {
                    e.addSuppressed(logFailure);
                }
            }
            throw e;
        }
        Exchange exchange = result.provider().exchange();
        try {
            log.append(new ActivityEntry(clock.instant(), connection, operation.wireName(), withCreatedId(target, result.item()),
                    ActivityEntry.OK, null, null, requestId(exchange), exchange == null ? null : exchange.sequence()));
        } catch (UncheckedIOException logFailure) {
            warnings.accept(operation.wireName() + " was done, but the activity log could not record it: " + logFailure.getMessage());
        }
        return result;
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
