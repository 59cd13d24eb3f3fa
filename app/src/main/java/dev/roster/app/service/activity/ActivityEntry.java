package dev.roster.app.service.activity;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Map;

/**
 * One write to a directory, as the activity log keeps it: when, which connection, which operation on
 * which targets, how it ended, and the provider's request id when it sent one. {@code exchange} is the
 * sequence number of the exchange in this session's log (the console links to it while the session lasts).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ActivityEntry(Instant time, String connection, String operation, Map<String, String> target,
                            String outcome, String error, String errorKind, String requestId, Long exchange) {
    public static final String OK = "ok";
    public static final String FAILED = "failed";
    /** The directory may or may not have done it (a create that timed out after it was sent). */
    public static final String UNKNOWN = "unknown";

    public ActivityEntry {
        target = target == null ? Map.of() : Map.copyOf(target);
    }

    public boolean succeeded() {
        return OK.equals(outcome);
    }
}
