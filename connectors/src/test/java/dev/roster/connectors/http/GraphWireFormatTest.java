package dev.roster.connectors.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Microsoft Graph: @odata.nextLink in the body, ConsistencyLevel resent on every page, 429 + Retry-After. */
class GraphWireFormatTest {
    @RegisterExtension
    static WireMockExtension wm = StubServer.create();

    private static final String GRAPH = "https://graph.microsoft.com/v1.0";
    private static final String SKIP_TOKEN = "RFNwdAIAAQAAACpHcm91cF8xMmMyZjM3ZC04N2EzLTRlMTQtYjYyZS1jMjc3NjE2NmYwYWE";
    private final TestTransports t = new TestTransports(wm);

    @Test
    void followsTheNextLinkAndResendsTheConsistencyHeader() {
        String base = wm.baseUrl() + "/v1.0";
        wm.stubFor(get(urlPathEqualTo("/v1.0/groups")).withQueryParam("$skiptoken", absent())
                .willReturn(okJson(Fixtures.read("graph/groups-page-1.json", GRAPH, base))));
        wm.stubFor(get(urlPathEqualTo("/v1.0/groups")).withQueryParam("$skiptoken", equalTo(SKIP_TOKEN))
                .inScenario("throttle").whenScenarioStateIs(STARTED).willSetStateTo("open")
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3").withHeader("request-id", "94fb3b52")
                        .withHeader("Content-Type", "application/json").withBody(Fixtures.read("graph/error-throttled.json"))));
        wm.stubFor(get(urlPathEqualTo("/v1.0/groups")).withQueryParam("$skiptoken", equalTo(SKIP_TOKEN))
                .inScenario("throttle").whenScenarioStateIs("open")
                .willReturn(okJson(Fixtures.read("graph/groups-page-2.json", GRAPH, base))));

        List<String> names = new ArrayList<>();
        try (HttpTransport transport = t.builder(Auth.bearer(TestTransports.TOKEN)).defaultHeader("ConsistencyLevel", "eventual").build()) {
            URI url = ApiUrl.base(base).path("groups").query(QueryString.create().add("$top", 2).add("$count", "true")).toUri();
            while (url != null) {
                JsonNode page = transport.send(ApiRequest.get(url)).jsonObject();
                page.path("value").forEach(g -> names.add(g.path("displayName").asText()));
                url = BodyCursor.at(page, BodyCursor.GRAPH_NEXT_LINK).map(URI::create).orElse(null);
            }
        }

        assertThat(names).containsExactly("HR Taskforce", "Zürich & 東京 office", "Finance");
        assertThat(t.sleeps).containsExactly(Duration.ofSeconds(3));
        wm.verify(3, getRequestedFor(urlPathEqualTo("/v1.0/groups")).withHeader("ConsistencyLevel", equalTo("eventual"))
                .withHeader("Authorization", equalTo("Bearer " + TestTransports.TOKEN)));
        wm.verify(1, getRequestedFor(urlPathEqualTo("/v1.0/groups")).withQueryParam("$top", equalTo("2"))
                .withQueryParam("$count", equalTo("true")));
    }
}
