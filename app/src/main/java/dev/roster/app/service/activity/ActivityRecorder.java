package dev.roster.app.service.activity;

import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ItemResult;
import dev.roster.connectors.Operation;
import dev.roster.connectors.trace.Exchange;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Runs a write and logs it, success or failure, in the activity log. Shared by the console and the CLI. */
public final class ActivityRecorder {
    private static final List<String> REQUEST_ID_HEADERS = List.of("x-okta-request-id", "request-id", "x-request-id",
            "client-request-id", "x-ms-request-id", "x-goog-request-id");

    private final ActivityLog log;
    private final Clock clock;

    public ActivityRecorder(ActivityLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    public <T> ItemResult<T> record(String connection, Operation operation, Map<String, String> target, Supplier<ItemResult<T>> write) {
        try {
            ItemResult<T> result = write.get();
            Exchange exchange = result.provider().exchange();
            log.append(new ActivityEntry(clock.instant(), connection, operation.wireName(), target, ActivityEntry.OK, null,
                    null, requestId(exchange), exchange == null ? null : exchange.sequence()));
            return result;
        } catch (DirectoryException e) {
            if (e.kind() != dev.roster.connectors.ErrorKind.VALIDATION) {
                String outcome = e.kind() == dev.roster.connectors.ErrorKind.UNKNOWN_OUTCOME ? ActivityEntry.UNKNOWN : ActivityEntry.FAILED;
                log.append(new ActivityEntry(clock.instant(), connection, operation.wireName(), target, outcome,
                        e.getMessage(), e.kind().name().toLowerCase(java.util.Locale.ROOT), e.requestId().orElse(null), null));
            }
            throw e;
        }
    }

    static String requestId(Exchange exchange) {
        if (exchange == null) {
            return null;
        }
        for (String header : REQUEST_ID_HEADERS) {
            String value = exchange.responseHeader(header);
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
