package dev.roster.connectors.trace;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One request to a directory and its response, as the inspector and the debug format show it. For HTTP
 * {@code method} is the verb and {@code target} the URL; for LDAP, the operation (SEARCH, ADD, MODIFY ...)
 * and the DN with scope and filter. {@code status} is the HTTP status or LDAP result code, -1 when no
 * response came ({@code error} then says why).
 * <p>
 * Secrets are masked when an exchange is made: the public constructor applies {@link Redactor#DEFAULT}
 * (credential headers, secret keys in JSON and form bodies), and the {@link ExchangeLog} replaces the
 * connection's literal secret values when it records it. Each body is parsed once, here: numbering and
 * scrubbing make copies that do not parse again (a page body can be megabytes, and a walk has thousands).
 * Immutable; a class rather than a record so that those copies can skip the constructor's masking.
 */
public final class Exchange {
    public static final String HTTP = "HTTP";
    public static final String LDAP = "LDAP";

    private final long sequence;
    private final String connection;
    private final String protocol;
    private final String method;
    private final String target;
    private final Map<String, List<String>> requestHeaders;
    private final String requestBody;
    private final int status;
    private final String statusText;
    private final Map<String, List<String>> responseHeaders;
    private final String responseBody;
    private final Instant startedAt;
    private final Duration duration;
    private final String error;
    private final long responseSize;
    private final long retainedSize;

    public Exchange(long sequence, String connection, String protocol, String method, String target,
                    Map<String, List<String>> requestHeaders, String requestBody, int status, String statusText,
                    Map<String, List<String>> responseHeaders, String responseBody, Instant startedAt, Duration duration,
                    String error) {
        this(sequence, connection, protocol, method, Redactor.DEFAULT.text(target), Redactor.DEFAULT.headers(requestHeaders),
                Redactor.DEFAULT.body(requestBody), status, statusText, Redactor.DEFAULT.headers(responseHeaders),
                Redactor.DEFAULT.body(responseBody), startedAt, duration, error, Masked.YES);
    }

    /** Marks the constructor that takes its texts as already masked. */
    private enum Masked { YES }

    private Exchange(long sequence, String connection, String protocol, String method, String target,
                     Map<String, List<String>> requestHeaders, String requestBody, int status, String statusText,
                     Map<String, List<String>> responseHeaders, String responseBody, Instant startedAt, Duration duration,
                     String error, Masked masked) {
        this.sequence = sequence;
        this.connection = connection;
        this.protocol = protocol;
        this.method = method;
        this.target = target;
        this.requestHeaders = requestHeaders;
        this.requestBody = requestBody;
        this.status = status;
        this.statusText = statusText;
        this.responseHeaders = responseHeaders;
        this.responseBody = responseBody;
        this.startedAt = startedAt;
        this.duration = duration;
        this.error = error;
        this.responseSize = Utf8.length(responseBody);
        this.retainedSize = responseSize + Utf8.length(requestBody) + Utf8.length(target) + Utf8.length(error)
                + Utf8.length(requestHeaders) + Utf8.length(responseHeaders);
    }

    /** A copy of {@code other} with another number; sizes are copied, not measured again (bodies can be big). */
    private Exchange(Exchange other, long sequence) {
        this.sequence = sequence;
        this.connection = other.connection;
        this.protocol = other.protocol;
        this.method = other.method;
        this.target = other.target;
        this.requestHeaders = other.requestHeaders;
        this.requestBody = other.requestBody;
        this.status = other.status;
        this.statusText = other.statusText;
        this.responseHeaders = other.responseHeaders;
        this.responseBody = other.responseBody;
        this.startedAt = other.startedAt;
        this.duration = other.duration;
        this.error = other.error;
        this.responseSize = other.responseSize;
        this.retainedSize = other.retainedSize;
    }

    public long sequence() {
        return sequence;
    }

    public String connection() {
        return connection;
    }

    public String protocol() {
        return protocol;
    }

    public String method() {
        return method;
    }

    public String target() {
        return target;
    }

    public Map<String, List<String>> requestHeaders() {
        return requestHeaders;
    }

    public String requestBody() {
        return requestBody;
    }

    public int status() {
        return status;
    }

    public String statusText() {
        return statusText;
    }

    public Map<String, List<String>> responseHeaders() {
        return responseHeaders;
    }

    public String responseBody() {
        return responseBody;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Duration duration() {
        return duration;
    }

    public String error() {
        return error;
    }

    public boolean succeeded() {
        return error == null && status >= 0 && (HTTP.equals(protocol) ? status < 400 : status == 0);
    }

    /** Size of the response body in UTF-8 bytes, for lists and "too large to show" decisions; counted once. */
    public long responseSize() {
        return responseSize;
    }

    /** The UTF-8 size of everything this exchange holds as text: what {@link ExchangeLog}'s byte bound counts. */
    public long retainedSize() {
        return retainedSize;
    }

    /** The first value of a response header, case-insensitively. */
    public String responseHeader(String name) {
        return firstValue(responseHeaders, name);
    }

    static String firstValue(Map<String, List<String>> headers, String name) {
        if (headers == null) {
            return null;
        }
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                return e.getValue().getFirst();
            }
        }
        return null;
    }

    /**
     * The copy the log keeps, before it is numbered: the literal secrets {@code redactor} knows replaced.
     * Secret keys in bodies were masked when this exchange was made, so nothing is parsed again.
     */
    Exchange scrubbed(Redactor redactor) {
        return new Exchange(sequence, connection, protocol, method, redactor.text(target), redactor.headers(requestHeaders),
                redactor.text(requestBody), status, statusText, redactor.headers(responseHeaders), redactor.text(responseBody),
                startedAt, duration, redactor.text(error), Masked.YES);
    }

    /** The same exchange under the number the log gives it: cheap, so that it can be done under the log's lock. */
    Exchange numbered(long seq) {
        return new Exchange(this, seq);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Exchange e && sequence == e.sequence && status == e.status
                && Objects.equals(connection, e.connection) && Objects.equals(protocol, e.protocol)
                && Objects.equals(method, e.method) && Objects.equals(target, e.target)
                && Objects.equals(requestHeaders, e.requestHeaders) && Objects.equals(requestBody, e.requestBody)
                && Objects.equals(statusText, e.statusText) && Objects.equals(responseHeaders, e.responseHeaders)
                && Objects.equals(responseBody, e.responseBody) && Objects.equals(startedAt, e.startedAt)
                && Objects.equals(duration, e.duration) && Objects.equals(error, e.error);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sequence, connection, protocol, method, target, requestHeaders, requestBody, status, statusText,
                responseHeaders, responseBody, startedAt, duration, error);
    }

    /** Every field, as a record would print it: all of it is masked already. */
    @Override
    public String toString() {
        return "Exchange[sequence=" + sequence + ", connection=" + connection + ", protocol=" + protocol + ", method=" + method
                + ", target=" + target + ", requestHeaders=" + requestHeaders + ", requestBody=" + requestBody
                + ", status=" + status + ", statusText=" + statusText + ", responseHeaders=" + responseHeaders
                + ", responseBody=" + responseBody + ", startedAt=" + startedAt + ", duration=" + duration
                + ", error=" + error + "]";
    }

    /** UTF-8 lengths without encoding: a body is counted by walking its chars, not by copying it. */
    private static final class Utf8 {
        private Utf8() {
        }

        static long length(String s) {
            if (s == null) {
                return 0;
            }
            long n = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c < 0x80) {
                    n++;
                } else if (c < 0x800) {
                    n += 2;
                } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    n += 4;
                    i++;
                } else {
                    n += 3;
                }
            }
            return n;
        }

        static long length(Map<String, List<String>> headers) {
            if (headers == null) {
                return 0;
            }
            long n = 0;
            for (Map.Entry<String, List<String>> e : headers.entrySet()) {
                n += length(e.getKey());
                for (String v : e.getValue()) {
                    n += length(v);
                }
            }
            return n;
        }
    }
}
