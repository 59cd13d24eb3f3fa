package dev.roster.connectors.http;

import java.time.Duration;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * How long to wait before a retry: what the server asked for when it said, else exponential backoff,
 * capped, with jitter so that clients throttled together do not come back together.
 */
final class RetryDelays {
    private final RetryPolicy policy;
    private final DoubleSupplier random;

    /** {@code random} gives values in [0, 1). */
    RetryDelays(RetryPolicy policy, DoubleSupplier random) {
        this.policy = policy;
        this.random = random;
    }

    /**
     * @param retryNumber 1 for the first retry
     * @param serverDelay the server's Retry-After or rate-limit reset, if it gave one
     */
    Duration before(int retryNumber, Optional<Duration> serverDelay) {
        Duration delay = serverDelay.orElseGet(() -> backoff(retryNumber));
        // A reset already past (clocks differ) or "Retry-After: 0" must not turn into a tight loop.
        return delay.compareTo(policy.baseDelay()) < 0 ? policy.baseDelay() : delay;
    }

    /** base * 2^(n-1), capped at maxDelay, then scaled into [75%, 100%] as stripe-java does. */
    Duration backoff(int retryNumber) {
        long base = policy.baseDelay().toMillis();
        long exponential = base << Math.min(Math.max(retryNumber - 1, 0), 20);
        long capped = Math.min(exponential, policy.maxDelay().toMillis());
        double jitter = 0.75 + 0.25 * random.getAsDouble();
        return Duration.ofMillis(Math.max(base, (long) (capped * jitter)));
    }
}
