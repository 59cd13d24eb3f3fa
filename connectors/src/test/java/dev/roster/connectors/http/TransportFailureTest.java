package dev.roster.connectors.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.moreThanOrExactly;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorKind;
import dev.roster.connectors.model.Json;
import dev.roster.connectors.trace.Exchange;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TransportFailureTest {
    @RegisterExtension
    static WireMockExtension wm = StubServer.create();

    private final TestTransports t = new TestTransports(wm);

    @ParameterizedTest
    @EnumSource(value = Fault.class, names = {"CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE", "RANDOM_DATA_THEN_CLOSE", "MALFORMED_RESPONSE_CHUNK"})
    void aPostWhoseConnectionBreaksIsAnUnknownOutcomeAndIsNotRetried(Fault fault) {
        wm.stubFor(post(urlPathEqualTo("/api/v1/users")).willReturn(aResponse().withFault(fault)));

        try (HttpTransport transport = t.okta()) {
            assertThatThrownBy(() -> transport.send(ApiRequest.post(url("/api/v1/users?activate=false"), user())))
                    .isInstanceOfSatisfying(DirectoryException.class, e -> {
                        assertThat(e.kind()).isEqualTo(ErrorKind.UNKNOWN_OUTCOME);
                        assertThat(e.getMessage()).contains("POST " + wm.baseUrl() + "/api/v1/users?activate=false",
                                "may or may not have done it", "check before retrying");
                        assertThat(e.providerStatus()).isEmpty();
                    });
        }
        wm.verify(1, postRequestedFor(urlPathEqualTo("/api/v1/users")));
        Exchange recorded = t.log.snapshot().getFirst();
        assertThat(recorded.status()).isEqualTo(-1);
        assertThat(recorded.error()).isNotBlank();
        assertThat(recorded.requestBody()).contains("zoe@example.com");
        assertThat(recorded.succeeded()).isFalse();
        assertThat(t.sleeps).isEmpty();
    }

    @Test
    void aPostThatTimesOutIsAnUnknownOutcome() {
        wm.stubFor(post("/groups").willReturn(okJson("{\"id\":\"g1\"}").withFixedDelay(3_000)));

        try (HttpTransport transport = shortTimeout()) {
            assertThatThrownBy(() -> transport.send(ApiRequest.post(url("/groups"), user())))
                    .isInstanceOfSatisfying(DirectoryException.class, e -> {
                        assertThat(e.kind()).isEqualTo(ErrorKind.UNKNOWN_OUTCOME);
                        assertThat(e.getMessage()).contains("no answer within 1s");
                    });
        }
        wm.verify(1, postRequestedFor(urlPathEqualTo("/groups")));
        assertThat(t.log.snapshot()).singleElement().satisfies(e -> {
            assertThat(e.status()).isEqualTo(-1);
            assertThat(e.error()).contains("HttpTimeoutException");
        });
    }

    @Test
    void aGetThatTimesOutIsATransportErrorAndIsNotRepeated() {
        wm.stubFor(get("/api/v1/groups").willReturn(okJson("[]").withFixedDelay(3_000)));

        try (HttpTransport transport = shortTimeout()) {
            assertThatThrownBy(() -> transport.send(ApiRequest.get(url("/api/v1/groups"))))
                    .isInstanceOfSatisfying(DirectoryException.class, e -> {
                        assertThat(e.kind()).isEqualTo(ErrorKind.TRANSPORT);
                        assertThat(e.getMessage()).contains("no answer within 1s");
                    });
        }
        wm.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/groups")));
        assertThat(t.sleeps).isEmpty();
    }

    @Test
    void aGetWhoseConnectionIsResetIsRetriedUntilItAnswers() {
        // The JDK client itself quietly repeats an idempotent request once when a connection dies without
        // an answer, so two resets are needed before Roster's own retry is the one that recovers.
        wm.stubFor(get("/api/v1/groups").inScenario("reset").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("reset again"));
        wm.stubFor(get("/api/v1/groups").inScenario("reset").whenScenarioStateIs("reset again")
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("recovered"));
        wm.stubFor(get("/api/v1/groups").inScenario("reset").whenScenarioStateIs("recovered").willReturn(okJson("[]")));

        try (HttpTransport transport = t.okta()) {
            assertThat(transport.send(ApiRequest.get(url("/api/v1/groups"))).jsonArray()).isEmpty();
        }
        assertThat(t.log.snapshot()).extracting(Exchange::status).endsWith(200).contains(-1);
        assertThat(t.sleeps).isNotEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = Fault.class, names = {"CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE", "RANDOM_DATA_THEN_CLOSE"})
    void aGetThatKeepsFailingGivesUpAsATransportErrorWithinTheBound(Fault fault) {
        wm.stubFor(get("/api/v1/groups").willReturn(aResponse().withFault(fault)));

        try (HttpTransport transport = t.okta()) {
            assertThatThrownBy(() -> transport.send(ApiRequest.get(url("/api/v1/groups"))))
                    .isInstanceOfSatisfying(DirectoryException.class, e -> {
                        assertThat(e.kind()).isEqualTo(ErrorKind.TRANSPORT);
                        assertThat(e.getMessage()).contains("the connection failed");
                    });
        }
        assertThat(t.log.snapshot()).hasSize(4).allSatisfy(e -> assertThat(e.status()).isEqualTo(-1));
        assertThat(t.sleeps).containsExactly(Duration.ofMillis(500), Duration.ofMillis(750), Duration.ofMillis(1500));
        wm.verify(moreThanOrExactly(4), getRequestedFor(urlPathEqualTo("/api/v1/groups")));
    }

    @Test
    void aRefusedConnectionIsATransportErrorAfterTheRetries() throws IOException {
        URI closed = URI.create("http://127.0.0.1:" + closedPort() + "/api/v1/groups");

        try (HttpTransport transport = t.builder(Auth.oktaApiToken(TestTransports.TOKEN)).baseUrl(closed).build()) {
            assertThatThrownBy(() -> transport.send(ApiRequest.get(closed)))
                    .isInstanceOfSatisfying(DirectoryException.class, e -> {
                        assertThat(e.kind()).isEqualTo(ErrorKind.TRANSPORT);
                        assertThat(e.getMessage()).contains("could not connect", "nothing was sent");
                        assertThat(e.getCause()).isNotNull();
                    });
        }
        assertThat(t.log.snapshot()).hasSize(4).allSatisfy(e -> {
            assertThat(e.status()).isEqualTo(-1);
            assertThat(e.error()).contains("ConnectException");
        });
        assertThat(t.sleeps).hasSize(3);
    }

    @Test
    void aRefusedPostIsATransportErrorSinceNothingWasSent() throws IOException {
        URI closed = URI.create("http://127.0.0.1:" + closedPort() + "/groups");

        try (HttpTransport transport = t.builder(Auth.bearer(TestTransports.TOKEN)).baseUrl(closed).build()) {
            assertThatThrownBy(() -> transport.send(ApiRequest.post(closed, user())))
                    .isInstanceOfSatisfying(DirectoryException.class, e -> {
                        assertThat(e.kind()).isEqualTo(ErrorKind.TRANSPORT);
                        assertThat(e.getMessage()).contains("nothing was sent");
                    });
        }
        assertThat(t.log.snapshot()).hasSize(1);
        assertThat(t.sleeps).isEmpty();
    }

    private HttpTransport shortTimeout() {
        return t.builder(Auth.oktaApiToken(TestTransports.TOKEN))
                .settings(HttpSettings.defaults().withRequestTimeout(Duration.ofSeconds(1))).build();
    }

    /** A port nothing listens on: bound to find it free, then released. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static ObjectNode user() {
        ObjectNode profile = Json.mapper().createObjectNode().put("firstName", "Zoë").put("lastName", "Ørsted")
                .put("email", "zoe@example.com").put("login", "zoe@example.com");
        ObjectNode body = Json.mapper().createObjectNode();
        body.set("profile", profile);
        return body;
    }

    private static URI url(String pathAndQuery) {
        return StubServer.url(wm, pathAndQuery);
    }
}
