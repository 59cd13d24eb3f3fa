package dev.roster.connectors.http;

import dev.roster.connectors.DirectoryException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Set;

/**
 * Whether a failed call is tried again, and the bounds of it. How long to wait is {@link RetryDelays}'
 * business: the two are kept apart so that each can be read, and tested, on its own.
 *
 * @param maxRetries   tries after the first
 * @param maxTotalWait the most time spent waiting across all retries of one call; a server asking for
 *                     more than what is left is not waited for, its delay is reported instead
 * @param baseDelay    first backoff step, and the shortest wait ever
 * @param maxDelay     cap of one backoff step
 */
public record RetryPolicy(int maxRetries, Duration maxTotalWait, Duration baseDelay, Duration maxDelay) {
    /** A minute of waiting in all: Okta's and most per-minute windows reset within it. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(3, Duration.ofSeconds(60), Duration.ofMillis(500), Duration.ofSeconds(8));
    public static final RetryPolicy NEVER = new RetryPolicy(0, Duration.ZERO, Duration.ZERO, Duration.ZERO);

    /** Graph also throttles with 503 and 504; 502 is what its gateways answer under the same load. */
    private static final Set<Integer> RETRYABLE_STATUSES = Set.of(429, 502, 503, 504);

    public RetryPolicy {
        if (maxRetries < 0 || maxTotalWait.isNegative() || baseDelay.isNegative() || maxDelay.compareTo(baseDelay) < 0) {
            throw new IllegalArgumentException("retry bounds must be non-negative and maxDelay >= baseDelay");
        }
    }

    /**
     * Only idempotent calls are retried: repeating a create after a lost answer can create twice. A
     * request timeout is not retried either: the directory is slow for this request (Okta advises a
     * smaller page), and trying again only multiplies the wait. Refused and reset connections are, since
     * a pooled connection the server has closed fails exactly this way, and so is a connect timeout: the
     * JDK makes it a subclass of the request timeout, but nothing was sent (see {@link TransportFailures}).
     */
    public boolean shouldRetry(ApiRequest request, int retriesDone, DirectoryException failure) {
        if (retriesDone >= maxRetries || !request.idempotent()) {
            return false;
        }
        return switch (failure.kind()) {
            case RATE_LIMITED -> true;
            case REMOTE -> failure.providerStatus().map(RETRYABLE_STATUSES::contains).orElse(false);
            case TRANSPORT -> retryableTransportFailure(failure.getCause());
            default -> false;
        };
    }

    private static boolean retryableTransportFailure(Throwable cause) {
        if (cause == null || cause instanceof InterruptedException) {
            return false;
        }
        return TransportFailures.neverSent(cause) || !(cause instanceof HttpTimeoutException);
    }
}
