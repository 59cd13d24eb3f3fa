package dev.roster.connectors.trace;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One request to a directory and its response, as the inspector and the debug format show it. For HTTP
 * {@code method} is the verb and {@code target} the URL; for LDAP, the operation (SEARCH, ADD, MODIFY ...)
 * and the DN with scope and filter. {@code status} is the HTTP status or LDAP result code, -1 when no
 * response came ({@code error} then says why).
 * <p>
 * Secrets are masked when an exchange is made, by {@link Redactor#DEFAULT} in the constructor and by the
 * {@link ExchangeLog}'s own redactor (which also knows the connection's secret values) when recorded.
 */
public record Exchange(
        long sequence,
        String connection,
        String protocol,
        String method,
        String target,
        Map<String, List<String>> requestHeaders,
        String requestBody,
        int status,
        String statusText,
        Map<String, List<String>> responseHeaders,
        String responseBody,
        Instant startedAt,
        Duration duration,
        String error) {

    public static final String HTTP = "HTTP";
    public static final String LDAP = "LDAP";

    public Exchange {
        requestHeaders = Redactor.DEFAULT.headers(requestHeaders);
        responseHeaders = Redactor.DEFAULT.headers(responseHeaders);
        requestBody = Redactor.DEFAULT.body(requestBody);
        responseBody = Redactor.DEFAULT.body(responseBody);
        target = Redactor.DEFAULT.text(target);
    }

    public boolean succeeded() {
        return error == null && status >= 0 && (HTTP.equals(protocol) ? status < 400 : status == 0);
    }

    /** Size of the response body in UTF-8 bytes, for lists and "too large to show" decisions. */
    public long responseSize() {
        return responseBody == null ? 0 : responseBody.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
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

    Exchange withSequence(long seq) {
        return new Exchange(seq, connection, protocol, method, target, requestHeaders, requestBody, status,
                statusText, responseHeaders, responseBody, startedAt, duration, error);
    }

    Exchange scrubbed(Redactor redactor) {
        return new Exchange(sequence, connection, protocol, method, redactor.text(target),
                redactor.headers(requestHeaders), redactor.body(requestBody), status, statusText,
                redactor.headers(responseHeaders), redactor.body(responseBody), startedAt, duration,
                redactor.text(error));
    }
}
