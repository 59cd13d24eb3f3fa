package dev.roster.connectors.trace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.connectors.http.GenericErrorParser;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The provider's request id is found in the same headers whether an error is parsed or an exchange is
 * logged: the activity log and the error carry the same id.
 */
class RequestIdsTest {

    /** Okta, Microsoft Graph (and Azure front doors), the de-facto generic header, Google. */
    @ParameterizedTest
    @ValueSource(strings = {"X-Okta-Request-Id", "request-id", "x-request-id", "client-request-id", "x-ms-request-id",
            "x-goog-request-id"})
    void theErrorParserAndTheTraceReadTheSameHeader(String header) {
        Map<String, List<String>> headers = Map.of(header, List.of("req-42"));

        assertThat(GenericErrorParser.INSTANCE.parse(500, HttpHeaders.of(headers, (k, v) -> true), "{}").requestId())
                .isEqualTo("req-42");
        assertThat(RequestIds.of(answered(headers))).contains("req-42");
    }

    @ParameterizedTest
    @ValueSource(strings = {"request-id", "x-okta-request-id"})
    void theProvidersOwnIdWinsOverTheEchoOfTheClientsId(String providerHeader) {
        Map<String, List<String>> headers = Map.of("client-request-id", List.of("mine"), providerHeader, List.of("theirs"));

        assertThat(RequestIds.of(answered(headers))).contains("theirs");
    }

    private static Exchange answered(Map<String, List<String>> responseHeaders) {
        return new Exchange(1, "c", Exchange.HTTP, "GET", "https://example.com/x", Map.of(), null, 500, "Internal Server Error",
                responseHeaders, "{}", Instant.EPOCH, Duration.ZERO, null);
    }
}
