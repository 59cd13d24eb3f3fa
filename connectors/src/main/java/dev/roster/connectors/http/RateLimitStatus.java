package dev.roster.connectors.http;

import dev.roster.connectors.DirectorySignal;
import java.time.Instant;

/**
 * What the directory last said about its rate limit, for the console's status bar. Each part is null
 * when the provider did not say: Google sends no such headers at all.
 */
public record RateLimitStatus(Long limit, Long remaining, Instant resetAt) {

    public boolean exhausted() {
        return remaining != null && remaining <= 0;
    }

    /** The same state as the connection's typed signal, which is all the app and the debug envelope read. */
    public DirectorySignal.RateLimited signal() {
        return new DirectorySignal.RateLimited(limit, remaining, resetAt);
    }
}
