package dev.roster.connectors.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.ErrorKind;
import dev.roster.connectors.model.Json;
import dev.roster.connectors.trace.Exchange;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HttpTransportTest {
    @RegisterExtension
    static WireMockExtension wm = StubServer.create();

    private final TestTransports t = new TestTransports(wm);

    @Test
    void getsJsonWithTheAuthHeaderOfTheScheme() {
        wm.stubFor(get(urlPathEqualTo("/api/v1/groups")).willReturn(okJson(Fixtures.read("okta/groups-page-1.json"))));

        try (HttpTransport transport = t.okta()) {
            ApiResponse r = transport.send(ApiRequest.get(url("/api/v1/groups?limit=1")));

            assertThat(r.status()).isEqualTo(200);
            assertThat(r.jsonArray()).hasSize(1);
            assertThat(r.jsonArray().get(0).path("profile").path("name").asText()).isEqualTo("West Coast users");
        }
        wm.verify(getRequestedFor(urlPathEqualTo("/api/v1/groups"))
                .withHeader("Authorization", equalTo("SSWS " + TestTransports.TOKEN))
                .withHeader("Accept", equalTo("application/json"))
                .withHeader("User-Agent", equalTo("Roster"))
                .withQueryParam("limit", equalTo("1")));
    }

    @Test
    void postsAJsonBodyAsTheTransportsMediaType() {
        wm.stubFor(post("/Groups").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/scim+json").withBody("{\"id\":\"g1\",\"displayName\":\"Tour Guides\"}")));
        ObjectNode body = Json.mapper().createObjectNode().put("displayName", "Tour Guides");
        body.putArray("schemas").add("urn:ietf:params:scim:schemas:core:2.0:Group");

        try (HttpTransport transport = t.builder(Auth.bearer(TestTransports.TOKEN)).mediaType("application/scim+json").build()) {
            assertThat(transport.send(ApiRequest.post(url("/Groups"), body)).jsonObject().path("id").asText()).isEqualTo("g1");
        }
        wm.verify(postRequestedFor(urlPathEqualTo("/Groups"))
                .withHeader("Content-Type", equalTo("application/scim+json"))
                .withHeader("Accept", equalTo("application/scim+json"))
                .withHeader("Authorization", equalTo("Bearer " + TestTransports.TOKEN))
                .withRequestBody(equalToJson("{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],\"displayName\":\"Tour Guides\"}")));
    }

    @Test
    void sendsDefaultHeadersOnEveryRequestAndLetsARequestOverrideThem() {
        wm.stubFor(get(urlPathEqualTo("/groups")).willReturn(okJson("{\"value\":[]}")));

        try (HttpTransport transport = t.builder(Auth.bearer(TestTransports.TOKEN)).defaultHeader("ConsistencyLevel", "eventual").build()) {
            transport.send(ApiRequest.get(url("/groups?$count=true")));
            transport.send(ApiRequest.get(url("/groups")).withHeader("ConsistencyLevel", "session"));
        }
        wm.verify(1, getRequestedFor(urlPathEqualTo("/groups")).withHeader("ConsistencyLevel", equalTo("eventual")));
        wm.verify(1, getRequestedFor(urlPathEqualTo("/groups")).withHeader("ConsistencyLevel", equalTo("session")));
    }

    @Test
    void putsWithoutABodyForOktasAddMember() {
        wm.stubFor(put("/api/v1/groups/00g1/users/00u1").willReturn(aResponse().withStatus(204)));

        try (HttpTransport transport = t.okta()) {
            ApiResponse r = transport.send(ApiRequest.put(url("/api/v1/groups/00g1/users/00u1")));

            assertThat(r.status()).isEqualTo(204);
            assertThat(r.body()).isEmpty();
        }
        wm.verify(putRequestedFor(urlPathEqualTo("/api/v1/groups/00g1/users/00u1")).withHeader("Authorization", equalTo("SSWS " + TestTransports.TOKEN)));
    }

    @Test
    void recordsTheExchangeWithEverythingTheInspectorShows() {
        wm.stubFor(post("/api/v1/groups").willReturn(okJson("{\"id\":\"00g9\"}").withHeader("X-Rate-Limit-Remaining", "41")));

        try (HttpTransport transport = t.okta()) {
            ApiResponse r = transport.send(ApiRequest.post(url("/api/v1/groups"), Json.mapper().createObjectNode()
                    .set("profile", Json.mapper().createObjectNode().put("name", "Sales"))));
            Exchange e = r.exchange();

            assertThat(t.log.snapshot()).containsExactly(e);
            assertThat(e.sequence()).isEqualTo(1);
            assertThat(e.connection()).isEqualTo("test-connection");
            assertThat(e.protocol()).isEqualTo(Exchange.HTTP);
            assertThat(e.method()).isEqualTo("POST");
            assertThat(e.target()).isEqualTo(wm.baseUrl() + "/api/v1/groups");
            assertThat(e.requestHeaders()).containsEntry("Authorization", List.of("SSWS ****"))
                    .containsEntry("Content-Type", List.of("application/json"));
            assertThat(e.requestBody()).isEqualTo("{\"profile\":{\"name\":\"Sales\"}}");
            assertThat(e.status()).isEqualTo(200);
            assertThat(e.statusText()).isEqualTo("OK");
            assertThat(e.responseHeader("x-rate-limit-remaining")).isEqualTo("41");
            assertThat(e.responseBody()).isEqualTo("{\"id\":\"00g9\"}");
            assertThat(e.startedAt()).isEqualTo(TestTransports.NOW);
            assertThat(e.duration()).isNotNull();
            assertThat(e.error()).isNull();
            assertThat(e.succeeded()).isTrue();
        }
    }

    @Test
    void readsTheBodyAsUtf8() {
        String json = "{\"displayName\":\"Zürich & 東京 office\",\"description\":\"Zoë Ørsted\"}";
        wm.stubFor(get("/groups/1").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(json.getBytes(StandardCharsets.UTF_8))));

        try (HttpTransport transport = t.bearer()) {
            ApiResponse r = transport.send(ApiRequest.get(url("/groups/1")));

            assertThat(r.jsonObject().path("displayName").asText()).isEqualTo("Zürich & 東京 office");
            assertThat(r.exchange().responseBody()).isEqualTo(json);
        }
    }

    @Test
    void aSuccessfulBodyThatIsNotJsonIsAProtocolErrorKeepingTheBody() {
        wm.stubFor(get("/api/v1/groups").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html").withBody("<html><body>Sign in</body></html>")));

        try (HttpTransport transport = t.okta()) {
            ApiResponse r = transport.send(ApiRequest.get(url("/api/v1/groups")));

            assertThatThrownBy(r::json).isInstanceOfSatisfying(DirectoryException.class, e -> {
                assertThat(e.kind()).isEqualTo(ErrorKind.PROTOCOL);
                assertThat(e.getMessage()).contains("GET " + wm.baseUrl() + "/api/v1/groups", "not JSON", "text/html");
                assertThat(e.rawResponse()).contains("<html><body>Sign in</body></html>");
                assertThat(e.providerStatus()).contains(200);
                assertThat(e.code()).contains(ErrorCode.HTTP_NOT_JSON);
                assertThat(e.arguments()).containsExactly("GET " + wm.baseUrl() + "/api/v1/groups", "200", "text/html");
            });
        }
    }

    @Test
    void jsonOfTheWrongShapeOrWithTrailingGarbageIsAProtocolError() {
        wm.stubFor(get("/array").willReturn(okJson("[]")));
        wm.stubFor(get("/object").willReturn(okJson("{\"value\":[]}")));
        wm.stubFor(get("/garbage").willReturn(okJson("{\"value\":[]} trailing")));
        wm.stubFor(get("/empty").willReturn(aResponse().withStatus(200)));

        try (HttpTransport transport = t.bearer()) {
            List<Runnable> reads = new ArrayList<>();
            reads.add(() -> transport.send(ApiRequest.get(url("/array"))).jsonObject());
            reads.add(() -> transport.send(ApiRequest.get(url("/object"))).jsonArray());
            reads.add(() -> transport.send(ApiRequest.get(url("/garbage"))).json());
            reads.add(() -> transport.send(ApiRequest.get(url("/empty"))).json());
            for (Runnable read : reads) {
                assertThatThrownBy(read::run)
                        .isInstanceOfSatisfying(DirectoryException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.PROTOCOL));
            }
        }
    }

    @Test
    void doesNotFollowARedirectSoTheTokenGoesNowhereElse() {
        wm.stubFor(get("/api/v1/groups").willReturn(aResponse().withStatus(301).withHeader("Location", "https://elsewhere.example/api")));

        try (HttpTransport transport = t.okta()) {
            assertThatThrownBy(() -> transport.send(ApiRequest.get(url("/api/v1/groups"))))
                    .isInstanceOfSatisfying(DirectoryException.class, e -> {
                        assertThat(e.kind()).isEqualTo(ErrorKind.PROTOCOL);
                        assertThat(e.getMessage()).contains("redirected to https://elsewhere.example/api", "base URL");
                    });
        }
        wm.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/groups")));
    }

    @Test
    void exposesTheLastRateLimitStatusAndTellsListeners() {
        long reset = TestTransports.NOW.getEpochSecond() + 60;
        wm.stubFor(get("/api/v1/groups").willReturn(okJson("[]").withHeader("X-Rate-Limit-Limit", "600")
                .withHeader("X-Rate-Limit-Remaining", "598").withHeader("X-Rate-Limit-Reset", String.valueOf(reset))));
        List<RateLimitStatus> heard = new ArrayList<>();

        try (HttpTransport transport = t.okta()) {
            assertThat(transport.rateLimit()).isEmpty();
            Runnable unsubscribe = transport.onRateLimit(heard::add);
            transport.send(ApiRequest.get(url("/api/v1/groups")));
            unsubscribe.run();
            transport.send(ApiRequest.get(url("/api/v1/groups")));

            RateLimitStatus expected = new RateLimitStatus(600L, 598L, TestTransports.NOW.plusSeconds(60));
            assertThat(transport.rateLimit()).contains(expected);
            assertThat(heard).containsExactly(expected);
        }
    }

    @Test
    void getJsonIsGetAndParse() {
        wm.stubFor(get("/users").willReturn(okJson("{\"result\":[],\"next_cursor\":null}")));

        try (HttpTransport transport = t.bearer()) {
            assertThat(transport.getJson(url("/users")).path("result").isArray()).isTrue();
        }
    }

    private static URI url(String pathAndQuery) {
        return StubServer.url(wm, pathAndQuery);
    }
}
