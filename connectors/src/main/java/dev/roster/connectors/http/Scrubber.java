package dev.roster.connectors.http;

import dev.roster.connectors.trace.Redactor;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Masks the transport's own credentials and the log's known secrets in anything that leaves the
 * transport: recorded exchanges, exception messages, raw bodies. The transport does not rely on whoever
 * made the log having told it the token.
 */
final class Scrubber {
    private final Supplier<List<String>> ownSecrets;
    private final Redactor log;
    /** The redactor for the secrets last seen: a renewed token changes them, a static one never does. */
    private volatile Known own = new Known(List.of(), Redactor.knowing(List.of()));

    Scrubber(Supplier<List<String>> ownSecrets, Redactor log) {
        this.ownSecrets = ownSecrets;
        this.log = log;
    }

    String text(String s) {
        return log.text(own().text(s));
    }

    Map<String, List<String>> headers(Map<String, List<String>> headers) {
        return log.headers(own().headers(headers));
    }

    private Redactor own() {
        List<String> secrets = ownSecrets.get();
        Known known = own;
        if (!known.secrets().equals(secrets)) {
            known = new Known(List.copyOf(secrets), Redactor.knowing(secrets));
            own = known;
        }
        return known.redactor();
    }

    private record Known(List<String> secrets, Redactor redactor) {
    }
}
