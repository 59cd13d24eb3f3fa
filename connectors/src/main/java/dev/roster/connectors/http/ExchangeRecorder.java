package dev.roster.connectors.http;

import dev.roster.connectors.trace.Exchange;
import dev.roster.connectors.trace.ExchangeLog;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/** Writes each attempt to the connection's trace, answered or not; the stored (masked) copy comes back. */
final class ExchangeRecorder {
    private final String connection;
    private final ExchangeLog log;
    private final Scrubber scrubber;

    ExchangeRecorder(String connection, ExchangeLog log, Scrubber scrubber) {
        this.connection = connection;
        this.log = log;
        this.scrubber = scrubber;
    }

    Exchange answered(HttpRequest sent, String requestBody, HttpResponse<String> response, Instant startedAt, Duration took) {
        return log.record(new Exchange(0, connection, Exchange.HTTP, sent.method(), scrubber.text(sent.uri().toString()),
                scrubber.headers(sent.headers().map()), scrubber.text(requestBody), response.statusCode(),
                HttpStatuses.reason(response.statusCode()), scrubber.headers(response.headers().map()),
                scrubber.text(response.body()), startedAt, took, null));
    }

    /** No response: status -1 and {@code error} say why. */
    Exchange failed(HttpRequest sent, String requestBody, Throwable failure, Instant startedAt, Duration took) {
        return log.record(new Exchange(0, connection, Exchange.HTTP, sent.method(), scrubber.text(sent.uri().toString()),
                scrubber.headers(sent.headers().map()), scrubber.text(requestBody), -1, "", null, null, startedAt, took,
                scrubber.text(TransportFailures.describe(failure))));
    }
}
