package dev.roster.connectors.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.ErrorKind;
import dev.roster.connectors.model.Json;
import dev.roster.connectors.trace.Exchange;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RetryTest {
    @RegisterExtension
    static WireMockExtension wm = StubServer.create();

    private final TestTransports t = new TestTransports(wm);

    @Test
    void retriesAGetAfter429HonouringRetryAfterThenSucceeds() {
        inSequence(() -> get("/groups"),
                aResponse().withStatus(429).withHeader("Retry-After", "2").withBody(Fixtures.read("graph/error-throttled.json")),
                okJson(Fixtures.read("graph/groups-page-2.json")));

        try (HttpTransport transport = t.bearer()) {
            ApiResponse r = transport.send(ApiRequest.get(url("/groups")));

            assertThat(r.jsonObject().path("value")).hasSize(1);
        }
        assertThat(t.sleeps).containsExactly(Duration.ofSeconds(2));
        assertThat(t.log.snapshot()).extracting(Exchange::status).containsExactly(429, 200);
        wm.verify(2, getRequestedFor(urlPathEqualTo("/groups")));
    }

    @Test
    void givesUpAfterTheBoundWithRateLimitedAndRetryAfter() {
        wm.stubFor(get("/groups").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")
                .withHeader("request-id", "94fb3b52").withBody(Fixtures.read("graph/error-throttled.json"))));

        try (HttpTransport transport = t.bearer()) {
            assertThatThrownBy(() -> transport.send(ApiRequest.get(url("/groups"))))
                    .isInstanceOfSatisfying(DirectoryException.class, e -> {
                        assertThat(e.kind()).isEqualTo(ErrorKind.RATE_LIMITED);
                        assertThat(e.retryAfter()).contains(Duration.ofSeconds(1));
                        assertThat(e.providerStatus()).contains(429);
                        assertThat(e.toJson().path("retry_after_seconds").asLong()).isEqualTo(1);
                    });
        }
        assertThat(t.sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1));
        wm.verify(4, getRequestedFor(urlPathEqualTo("/groups")));
    }

    @Test
    void doesNotWaitLongerThanTheTotalBoundAndReportsWhatTheServerAskedFor() {
        wm.stubFor(get("/groups").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "120")));

        try (HttpTransport transport = t.bearer()) {
            assertThatThrownBy(() -> transport.send(ApiRequest.get(url("/groups"))))
                    .isInstanceOfSatisfying(DirectoryException.class, e -> {
                        assertThat(e.kind()).isEqualTo(ErrorKind.RATE_LIMITED);
                        assertThat(e.retryAfter()).contains(Duration.ofSeconds(120));
                    });
        }
        assertThat(t.sleeps).isEmpty();
        wm.verify(1, getRequestedFor(urlPathEqualTo("/groups")));
    }

    @Test
    void waitsUntilOktasRateLimitWindowResets() {
        long reset = TestTransports.NOW.getEpochSecond() + 3;
        inSequence(() -> get("/api/v1/groups"),
                aResponse().withStatus(429).withHeader("Content-Type", "application/json")
                        .withHeader("X-Rate-Limit-Limit", "600").withHeader("X-Rate-Limit-Remaining", "0")
                        .withHeader("X-Rate-Limit-Reset", String.valueOf(reset)).withBody(Fixtures.read("okta/error-rate-limit.json")),
                okJson("[]").withHeader("X-Rate-Limit-Limit", "600").withHeader("X-Rate-Limit-Remaining", "599")
                        .withHeader("X-Rate-Limit-Reset", String.valueOf(reset + 60)));

        try (HttpTransport transport = t.okta()) {
            transport.send(ApiRequest.get(url("/api/v1/groups")));

            assertThat(transport.rateLimit()).contains(new RateLimitStatus(600L, 599L, TestTransports.NOW.plusSeconds(63)));
        }
        assertThat(t.sleeps).containsExactly(Duration.ofSeconds(3));
    }

    @Test
    void retries503WithBackoffWhenTheServerNamesNoDelay() {
        inSequence(() -> get("/Groups"),
                aResponse().withStatus(503).withBody("<html>Service Unavailable</html>"),
                aResponse().withStatus(503),
                okJson(Fixtures.read("scim/groups-page-2.json")));

        try (HttpTransport transport = t.bearer()) {
            assertThat(transport.send(ApiRequest.get(url("/Groups"))).status()).isEqualTo(200);
        }
        // random() is 0 in tests: the lowest jitter, 75% of 500 ms floored at the base, then 75% of 1 s
        assertThat(t.sleeps).containsExactly(Duration.ofMillis(500), Duration.ofMillis(750));
    }

    @Test
    void retriesGraphStyleGatewayThrottlingOnAnIdempotentDelete() {
        inSequence(() -> delete("/groups/g1/members/u1/$ref"),
                aResponse().withStatus(504).withHeader("Retry-After", "1"),
                aResponse().withStatus(204));

        try (HttpTransport transport = t.bearer()) {
            assertThat(transport.send(ApiRequest.delete(url("/groups/g1/members/u1/$ref"))).status()).isEqualTo(204);
        }
        assertThat(t.sleeps).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void retriesGooglesQuota403WithBackoff() {
        inSequence(() -> get("/admin/directory/v1/groups"),
                aResponse().withStatus(403).withHeader("Content-Type", "application/json").withBody(Fixtures.read("google/error-rate-limit.json")),
                okJson(Fixtures.read("google/groups-page-2.json")));

        try (HttpTransport transport = t.bearer()) {
            transport.send(ApiRequest.get(url("/admin/directory/v1/groups")));
        }
        assertThat(t.sleeps).containsExactly(Duration.ofMillis(500));
    }

    @Test
    void neverRetriesAPostThatGot429ButReportsTheWait() {
        wm.stubFor(post("/groups").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "5")
                .withBody(Fixtures.read("graph/error-throttled.json"))));

        try (HttpTransport transport = t.bearer()) {
            assertThatThrownBy(() -> transport.send(ApiRequest.post(url("/groups"), group())))
                    .isInstanceOfSatisfying(DirectoryException.class, e -> {
                        assertThat(e.kind()).isEqualTo(ErrorKind.RATE_LIMITED);
                        assertThat(e.retryAfter()).contains(Duration.ofSeconds(5));
                        assertThat(e.requestId()).contains("94fb3b52-452a-4535-a601-69e0a90e3aa2");
                    });
        }
        wm.verify(1, postRequestedFor(urlPathEqualTo("/groups")));
        assertThat(t.sleeps).isEmpty();
    }

    @Test
    void aPostRateLimitedWithoutAHintStillSaysWhenToTryAgain() {
        wm.stubFor(post("/admin/directory/v1/groups/sales/members").willReturn(aResponse().withStatus(403)
                .withBody(Fixtures.read("google/error-user-rate-limit.json"))));

        try (HttpTransport transport = t.bearer()) {
            assertThatThrownBy(() -> transport.send(ApiRequest.post(url("/admin/directory/v1/groups/sales/members"), group())))
                    .isInstanceOfSatisfying(DirectoryException.class, e -> {
                        assertThat(e.kind()).isEqualTo(ErrorKind.RATE_LIMITED);
                        assertThat(e.retryAfter()).contains(Duration.ofMillis(500));
                        // the console says a refusal from its bundle: giving up must not drop the code
                        assertThat(e.code()).contains(ErrorCode.HTTP_REFUSED);
                    });
        }
        wm.verify(1, postRequestedFor(urlPathEqualTo("/admin/directory/v1/groups/sales/members")));
    }

    @Test
    void neverRetriesAPostThatGot503() {
        wm.stubFor(post("/groups").willReturn(aResponse().withStatus(503).withHeader("Retry-After", "1")));

        try (HttpTransport transport = t.bearer()) {
            assertThatThrownBy(() -> transport.send(ApiRequest.post(url("/groups"), group())))
                    .isInstanceOfSatisfying(DirectoryException.class, e -> {
                        assertThat(e.kind()).isEqualTo(ErrorKind.REMOTE);
                        assertThat(e.providerStatus()).contains(503);
                        assertThat(e.retryAfter()).contains(Duration.ofSeconds(1));
                    });
        }
        wm.verify(1, postRequestedFor(urlPathEqualTo("/groups")));
    }

    @Test
    void aGatewayTimeoutOnACreateIsAnUnknownOutcome() {
        wm.stubFor(post("/groups").willReturn(aResponse().withStatus(504).withBody("upstream timed out")));

        try (HttpTransport transport = t.bearer()) {
            assertThatThrownBy(() -> transport.send(ApiRequest.post(url("/groups"), group())))
                    .isInstanceOfSatisfying(DirectoryException.class, e -> {
                        assertThat(e.kind()).isEqualTo(ErrorKind.UNKNOWN_OUTCOME);
                        assertThat(e.getMessage()).contains("may or may not", "check before retrying");
                        assertThat(e.rawResponse()).contains("upstream timed out");
                    });
        }
        wm.verify(1, postRequestedFor(urlPathEqualTo("/groups")));
    }

    @Test
    void aCancelledWaitStopsRetryingAndKeepsTheInterrupt() {
        wm.stubFor(get("/groups").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")));
        AtomicInteger sleeps = new AtomicInteger();

        try (HttpTransport transport = t.builder(Auth.bearer(TestTransports.TOKEN)).sleeper(d -> {
            sleeps.incrementAndGet();
            throw new InterruptedException();
        }).build()) {
            assertThatThrownBy(() -> transport.send(ApiRequest.get(url("/groups"))))
                    .isInstanceOfSatisfying(DirectoryException.class, e -> {
                        assertThat(e.kind()).isEqualTo(ErrorKind.TRANSPORT);
                        assertThat(e.getMessage()).startsWith("cancelled while waiting to retry");
                        assertThat(e.code()).contains(ErrorCode.RETRY_CANCELLED);
                        assertThat(e.providerStatus()).contains(429);
                    });
            assertThat(Thread.interrupted()).isTrue();
        }
        assertThat(sleeps).hasValue(1);
        wm.verify(1, getRequestedFor(urlPathEqualTo("/groups")));
    }

    /** One stub per response, chained by scenario state; the last one keeps answering. */
    private static void inSequence(Supplier<MappingBuilder> request, ResponseDefinitionBuilder... responses) {
        String state = STARTED;
        for (int i = 0; i < responses.length; i++) {
            String next = i == responses.length - 1 ? state : "step-" + (i + 1);
            wm.stubFor(request.get().inScenario("sequence").whenScenarioStateIs(state).willReturn(responses[i]).willSetStateTo(next));
            state = next;
        }
    }

    private static ObjectNode group() {
        return Json.mapper().createObjectNode().put("displayName", "Sales");
    }

    private static URI url(String pathAndQuery) {
        return StubServer.url(wm, pathAndQuery);
    }
}
