package dev.roster.connectors.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.roster.connectors.http.TestTransports.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.model.Json;
import dev.roster.connectors.trace.Exchange;
import dev.roster.connectors.trace.ExchangeLog;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The planted token must not survive anywhere the trace or an error shows, even when a provider echoes it. */
class MaskingTest {
    @RegisterExtension
    static WireMockExtension wm = StubServer.create();

    private final TestTransports t = new TestTransports(wm);

    @Test
    void theAuthHeaderIsMaskedButKeepsItsScheme() {
        wm.stubFor(get("/api/v1/groups").willReturn(okJson("[]")));

        try (HttpTransport transport = t.okta()) {
            Exchange e = transport.send(ApiRequest.get(url("/api/v1/groups"))).exchange();

            assertThat(e.requestHeaders().get("Authorization")).containsExactly("SSWS ****");
            assertNoToken(e);
        }
    }

    @Test
    void anErrorBodyHeadersAndLinksEchoingTheTokenAreScrubbed() {
        wm.stubFor(get(urlPathEqualTo("/api/v1/groups")).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withHeader("X-Debug-Echo", "Authorization: SSWS " + TOKEN)
                .withHeader("Link", "<" + wm.baseUrl() + "/api/v1/groups?token=" + TOKEN + ">; rel=\"next\"")
                .withHeader("X-Request-Id", "req-" + TOKEN)
                .withBody("{\"errorCode\":\"E0000011\",\"errorSummary\":\"Invalid token provided: " + TOKEN + "\","
                        + "\"errorId\":\"" + TOKEN + "\",\"errorCauses\":[]}")));

        DirectoryException error;
        try (HttpTransport transport = t.okta()) {
            error = catchThrowableOfType(DirectoryException.class,
                    () -> transport.send(ApiRequest.get(url("/api/v1/groups?api_token=" + TOKEN))));
        }

        assertThat(t.log.snapshot()).singleElement().satisfies(MaskingTest::assertNoToken);
        assertThat(error.getMessage()).doesNotContain(TOKEN).contains("Invalid token provided: ****");
        assertThat(error.rawResponse()).hasValueSatisfying(raw -> assertThat(raw).doesNotContain(TOKEN));
        assertThat(error.requestId()).hasValueSatisfying(id -> assertThat(id).doesNotContain(TOKEN));
        assertThat(error.toJson().toString()).doesNotContain(TOKEN);
    }

    @Test
    void aRequestBodyCarryingTheTokenIsScrubbedInTheTrace() {
        wm.stubFor(post("/groups").willReturn(okJson("{\"id\":\"g1\",\"description\":\"made with " + TOKEN + "\"}")));

        try (HttpTransport transport = t.bearer()) {
            ApiResponse r = transport.send(ApiRequest.post(url("/groups"),
                    Json.mapper().createObjectNode().put("description", "pasted " + TOKEN + " by mistake")));

            assertNoToken(r.exchange());
            assertThat(r.exchange().requestBody()).contains("pasted **** by mistake");
            // the connector still gets what the directory said; only the trace is scrubbed
            assertThat(r.body()).contains(TOKEN);
        }
    }

    @Test
    void aTransportFailureIsScrubbedToo() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        URI closed = URI.create("http://127.0.0.1:" + port + "/groups?key=" + TOKEN);

        DirectoryException error;
        try (HttpTransport transport = t.builder(Auth.bearer(TOKEN)).baseUrl(closed)
                .settings(HttpSettings.defaults().withRetry(RetryPolicy.NEVER)).build()) {
            error = catchThrowableOfType(DirectoryException.class, () -> transport.send(ApiRequest.get(closed)));
        }

        assertThat(error.getMessage()).doesNotContain(TOKEN).contains("key=****");
        assertThat(t.log.snapshot()).singleElement().satisfies(e -> {
            assertNoToken(e);
            assertThat(e.status()).isEqualTo(-1);
        });
    }

    @Test
    void theTransportScrubsItsTokenEvenWhenTheLogWasNotToldIt() {
        ExchangeLog unaware = new ExchangeLog(List.of());
        wm.stubFor(get(urlPathEqualTo("/groups")).willReturn(okJson("{\"echo\":\"" + TOKEN + "\"}")));

        try (HttpTransport transport = HttpTransport.builder("unaware", unaware).baseUrl(url("/"))
                .auth(Auth.bearer(TOKEN)).build()) {
            transport.send(ApiRequest.get(url("/groups?t=" + TOKEN)));
        }

        assertThat(unaware.snapshot()).singleElement().satisfies(MaskingTest::assertNoToken);
    }

    private static void assertNoToken(Exchange e) {
        assertThat(e.toString()).doesNotContain(TOKEN);
    }

    private static URI url(String pathAndQuery) {
        return StubServer.url(wm, pathAndQuery);
    }
}
