package dev.roster.connectors.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorKind;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    private static final URI URL = URI.create("https://acme.okta.com/api/v1/groups");
    private static final RetryPolicy POLICY = RetryPolicy.DEFAULT;
    private static final ApiRequest GET = ApiRequest.get(URL);
    private static final ApiRequest POST = ApiRequest.post(URL, JsonNodeFactory.instance.objectNode());

    @ParameterizedTest
    @ValueSource(ints = {429, 502, 503, 504})
    void retriesThrottlingAndGatewayStatusesOfIdempotentCalls(int status) {
        assertThat(POLICY.shouldRetry(GET, 0, answered(status))).isTrue();
        assertThat(POLICY.shouldRetry(ApiRequest.delete(URL), 0, answered(status))).isTrue();
        assertThat(POLICY.shouldRetry(ApiRequest.put(URL), 2, answered(status))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 403, 404, 409, 500, 501})
    void doesNotRetryWhatAnotherTryWouldNotChange(int status) {
        assertThat(POLICY.shouldRetry(GET, 0, answered(status))).isFalse();
    }

    @Test
    void retriesARateLimitTheBodyRevealed() {
        DirectoryException googleQuota = DirectoryException.remote(ErrorKind.RATE_LIMITED, "Rate Limit Exceeded", 403, "{}", null, null);

        assertThat(POLICY.shouldRetry(GET, 0, googleQuota)).isTrue();
    }

    @Test
    void neverRetriesAPostWhateverHappened() {
        assertThat(POLICY.shouldRetry(POST, 0, answered(429))).isFalse();
        assertThat(POLICY.shouldRetry(POST, 0, answered(503))).isFalse();
        assertThat(POLICY.shouldRetry(POST, 0, failed(new ConnectException("refused")))).isFalse();
        assertThat(POLICY.shouldRetry(ApiRequest.patch(URL, JsonNodeFactory.instance.objectNode()), 0, answered(503))).isFalse();
    }

    @Test
    void retriesANonIdempotentCallOnlyWhenMarkedSafe() {
        ApiRequest scimRemove = ApiRequest.patch(URL, JsonNodeFactory.instance.objectNode()).markedIdempotent();

        assertThat(POLICY.shouldRetry(scimRemove, 0, answered(503))).isTrue();
    }

    @Test
    void stopsAtTheBound() {
        assertThat(POLICY.shouldRetry(GET, 3, answered(429))).isFalse();
        assertThat(RetryPolicy.NEVER.shouldRetry(GET, 0, answered(429))).isFalse();
    }

    @Test
    void retriesRefusedAndResetConnectionsButNotRequestTimeouts() {
        assertThat(POLICY.shouldRetry(GET, 0, failed(new ConnectException("Connection refused")))).isTrue();
        assertThat(POLICY.shouldRetry(GET, 0, failed(new IOException("Connection reset")))).isTrue();
        assertThat(POLICY.shouldRetry(GET, 0, failed(new HttpTimeoutException("request timed out")))).isFalse();
        assertThat(POLICY.shouldRetry(GET, 0, failed(new InterruptedException()))).isFalse();
    }

    /** A connect timeout is a subclass of the request timeout, but nothing was sent: like a refused connection. */
    @Test
    void retriesAConnectTimeoutOfAnIdempotentCall() {
        assertThat(POLICY.shouldRetry(GET, 0, failed(new HttpConnectTimeoutException("HTTP connect timed out")))).isTrue();
        assertThat(POLICY.shouldRetry(GET, 0, failed(new IOException("connect failed", new HttpConnectTimeoutException("timed out")))))
                .isTrue();
        assertThat(POLICY.shouldRetry(ApiRequest.put(URL), 2, failed(new HttpConnectTimeoutException("HTTP connect timed out")))).isTrue();
    }

    @Test
    void refusesInconsistentBounds() {
        assertThatThrownBy(() -> new RetryPolicy(-1, Duration.ZERO, Duration.ZERO, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(1, Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static DirectoryException answered(int status) {
        return DirectoryException.remote(HttpStatuses.kindOf(status), "status " + status, status, "", null, null);
    }

    private static DirectoryException failed(Throwable cause) {
        return DirectoryException.of(ErrorKind.TRANSPORT, "failed", cause);
    }
}
