package dev.roster.connectors.http;

import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.ErrorKind;
import dev.roster.connectors.trace.Exchange;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * A non-2xx answer as a typed error. The raw body kept in the exception is the recorded one, so a secret
 * the provider echoed back is masked there as everywhere else.
 */
final class ResponseErrors {
    private final ProviderErrorParser parser;
    private final Scrubber scrubber;

    ResponseErrors(ProviderErrorParser parser, Scrubber scrubber) {
        this.parser = parser;
        this.scrubber = scrubber;
    }

    DirectoryException toException(ApiRequest request, HttpResponse<String> response, Exchange stored, Optional<Duration> serverDelay) {
        int status = response.statusCode();
        ProviderError error = parse(status, response);
        ErrorKind kind = error.kindFor(status);
        String what = request.method() + " " + stored.target();
        String answer = status + (HttpStatuses.reason(status).isEmpty() ? "" : " " + HttpStatuses.reason(status));
        DirectoryException coded;
        // A gateway that gave up on a create cannot tell whether the directory behind it made the object.
        if (!request.idempotent() && kind == ErrorKind.REMOTE && (status == 502 || status == 504)) {
            coded = DirectoryException.coded(ErrorKind.UNKNOWN_OUTCOME, ErrorCode.HTTP_UNKNOWN_OUTCOME, what, answer,
                    detail(error, status, response));
        } else if (error.message() != null && !error.message().isBlank()) {
            coded = DirectoryException.coded(kind, ErrorCode.HTTP_REFUSED, what, answer,
                    error.message() + (error.code() == null ? "" : " (" + error.code() + ")"));
        } else if (status >= 300 && status < 400) {
            coded = DirectoryException.coded(kind, ErrorCode.HTTP_REDIRECTED, what, answer,
                    response.headers().firstValue("location").orElse("another address"));
        } else {
            coded = DirectoryException.coded(kind, ErrorCode.HTTP_ANSWERED, what, answer + (error.code() == null ? "" : " (" + error.code() + ")"));
        }
        return new DirectoryException(coded.kind(), coded.getMessage(), status, stored.responseBody(), serverDelay.orElse(null),
                scrubber.text(error.requestId()), null).recoded(coded).scrubbed(scrubber::text);
    }

    private ProviderError parse(int status, HttpResponse<String> response) {
        try {
            return parser.parse(status, response.headers(), response.body());
        } catch (RuntimeException parserBug) {
            // A connector's parser tripping over an odd body must not hide the directory's answer.
            return ProviderError.none();
        }
    }

    private static String detail(ProviderError error, int status, HttpResponse<String> response) {
        if (error.message() != null && !error.message().isBlank()) {
            return ": " + error.message() + (error.code() == null ? "" : " (" + error.code() + ")");
        }
        if (status >= 300 && status < 400) {
            return response.headers().firstValue("location").map(l -> ": redirected to " + l + "; check the base URL")
                    .orElse(": a redirect; check the base URL");
        }
        return error.code() == null ? "" : " (" + error.code() + ")";
    }
}
