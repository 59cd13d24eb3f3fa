package dev.roster.connectors;

import dev.roster.connectors.ConnectionReport.Check;
import java.util.LinkedHashMap;
import java.util.Map;

// feature: connection-check
/** The rate-limit aspect of a report, from the provider's last rate-limit signal on the connection. */
final class RateLimitCheck {
    /** Below this share of the window left, the report warns: a bulk job now would be throttled. */
    private static final double LOW = 0.1;

    private RateLimitCheck() {
    }

    static Check of(DirectorySignal.RateLimited limit) {
        Map<String, String> details = new LinkedHashMap<>();
        if (limit.remaining() != null) {
            details.put("remaining", Long.toString(limit.remaining()));
        }
        if (limit.limit() != null) {
            details.put("limit", Long.toString(limit.limit()));
        }
        if (limit.resetAt() != null) {
            details.put("reset", limit.resetAt().toString());
        }
        String left = limit.remaining() == null ? "the provider reported its window"
                : limit.remaining() + (limit.limit() == null ? "" : " of " + limit.limit()) + " requests left";
        String summary = left + (limit.resetAt() == null ? "" : ", the window resets at " + limit.resetAt());
        if (limit.exhausted()) {
            return Check.warning(ConnectionReport.RATE_LIMIT, "rate limited: " + summary, details);
        }
        boolean low = limit.remaining() != null && limit.limit() != null && limit.limit() > 0
                && limit.remaining() < limit.limit() * LOW;
        return low ? Check.warning(ConnectionReport.RATE_LIMIT, "nearly rate limited: " + summary, details)
                : Check.ok(ConnectionReport.RATE_LIMIT, summary, details);
    }
}
