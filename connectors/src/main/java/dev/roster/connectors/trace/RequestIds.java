package dev.roster.connectors.trace;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The response headers a provider names its request id in, most specific first: the error parser and the
 * activity log both read them here, so an error and the log entry of the same write carry the same id.
 * {@code client-request-id} is last: Graph only echoes the client's own id in it.
 */
public final class RequestIds {
    public static final List<String> HEADERS = List.of("x-okta-request-id", "request-id", "x-request-id",
            "x-ms-request-id", "x-goog-request-id", "client-request-id");

    private RequestIds() {
    }

    /** The first non-blank value among {@link #HEADERS}, looked up case-insensitively by {@code header}. */
    public static Optional<String> first(Function<String, Optional<String>> header) {
        return HEADERS.stream().map(header).flatMap(Optional::stream).filter(v -> !v.isBlank()).findFirst();
    }

    /** The request id of an answered exchange, if its provider sent one. */
    public static Optional<String> of(Exchange exchange) {
        return exchange == null ? Optional.empty() : first(name -> Optional.ofNullable(exchange.responseHeader(name)));
    }
}
