package dev.roster.connectors.http;

import dev.roster.connectors.trace.Redactor;
import java.util.List;
import java.util.Map;

/**
 * Masks the transport's own credentials and the log's known secrets in anything that leaves the
 * transport: recorded exchanges, exception messages, raw bodies. The transport does not rely on whoever
 * made the log having told it the token.
 */
final class Scrubber {
    private final Redactor own;
    private final Redactor log;

    Scrubber(List<String> ownSecrets, Redactor log) {
        this.own = Redactor.knowing(ownSecrets);
        this.log = log;
    }

    String text(String s) {
        return log.text(own.text(s));
    }

    Map<String, List<String>> headers(Map<String, List<String>> headers) {
        return log.headers(own.headers(headers));
    }
}
