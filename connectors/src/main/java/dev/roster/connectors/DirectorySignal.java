package dev.roster.connectors;

import java.time.Instant;

/**
 * What a connection's calls say about the connection, typed, for whoever shows its state (the console's
 * sidebar and status bar): it answered, a call failed (with its kind and its reason), or the provider
 * reported its rate-limit window. Nobody downstream reads wire details (HTTP statuses, LDAP result codes,
 * rate-limit headers) to work this out.
 */
public sealed interface DirectorySignal {

    /** A call succeeded: the connection works. */
    record Answered() implements DirectorySignal {
    }

    /** A call failed after validation: {@code error} has the kind and the reason (coded). */
    record Failed(DirectoryException error) implements DirectorySignal {
        public ErrorKind kind() {
            return error.kind();
        }
    }

    /** The provider's rate-limit window as its transport parsed it; any part may be unknown (null). */
    record RateLimited(Long limit, Long remaining, Instant resetAt) implements DirectorySignal {
        public boolean exhausted() {
            return remaining != null && remaining <= 0;
        }
    }
}
