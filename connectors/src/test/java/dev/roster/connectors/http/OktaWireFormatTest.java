package dev.roster.connectors.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Okta's list wire format: a bare array, Link headers on separate lines, X-Rate-Limit-* on every answer. */
class OktaWireFormatTest {
    @RegisterExtension
    static WireMockExtension wm = StubServer.create();

    private static final long RESET = TestTransports.NOW.getEpochSecond() + 45;
    private final TestTransports t = new TestTransports(wm);

    @Test
    void walksGroupsByTheNextLinkUntilThereIsNone() {
        String self = wm.baseUrl() + "/api/v1/groups?limit=1";
        String next = wm.baseUrl() + "/api/v1/groups?after=00g1emaKYZTWRYYRRTSK&limit=1";
        wm.stubFor(get(urlPathEqualTo("/api/v1/groups")).withQueryParam("after", absent())
                .willReturn(page("okta/groups-page-1.json", 599).withHeader("Link", "<" + self + ">; rel=\"self\"", "<" + next + ">; rel=\"next\"")));
        // the second page is throttled once (E0000047) before it answers
        wm.stubFor(get(urlPathEqualTo("/api/v1/groups")).withQueryParam("after", equalTo("00g1emaKYZTWRYYRRTSK"))
                .inScenario("throttle").whenScenarioStateIs(STARTED).willSetStateTo("open")
                .willReturn(aResponse().withStatus(429).withHeader("Content-Type", "application/json")
                        .withHeader("X-Rate-Limit-Limit", "600").withHeader("X-Rate-Limit-Remaining", "0")
                        .withHeader("X-Rate-Limit-Reset", String.valueOf(RESET)).withBody(Fixtures.read("okta/error-rate-limit.json"))));
        wm.stubFor(get(urlPathEqualTo("/api/v1/groups")).withQueryParam("after", equalTo("00g1emaKYZTWRYYRRTSK"))
                .inScenario("throttle").whenScenarioStateIs("open")
                .willReturn(page("okta/groups-page-2.json", 598).withHeader("Link", "<" + next + ">; rel=\"self\"")));

        List<String> ids = new ArrayList<>();
        List<String> cursors = new ArrayList<>();
        try (HttpTransport transport = t.okta()) {
            URI url = ApiUrl.base(wm.baseUrl()).path("api", "v1", "groups").query(QueryString.create().add("limit", 1)).toUri();
            while (url != null) {
                ApiResponse r = transport.send(ApiRequest.get(url));
                r.jsonArray().forEach(g -> ids.add(g.path("id").asText()));
                Optional<URI> nextLink = LinkHeader.next(r.headers(), url);
                nextLink.flatMap(n -> QueryString.parse(n).first("after")).ifPresent(cursors::add);
                url = nextLink.orElse(null);
            }
            assertThat(transport.rateLimit()).contains(new RateLimitStatus(600L, 598L, TestTransports.NOW.plusSeconds(45)));
        }

        assertThat(ids).containsExactly("00g1emaKYZTWRYYRRTSK", "00garwpuyxHaWOkdV0g4");
        assertThat(cursors).containsExactly("00g1emaKYZTWRYYRRTSK");
        assertThat(t.sleeps).containsExactly(Duration.ofSeconds(45));
        wm.verify(3, getRequestedFor(urlPathEqualTo("/api/v1/groups")).withHeader("Authorization", equalTo("SSWS " + TestTransports.TOKEN)));
    }

    @Test
    void theGroupsMatchOktasDocumentedShape() {
        wm.stubFor(get(urlPathEqualTo("/api/v1/groups")).willReturn(page("okta/groups-page-2.json", 10)));

        try (HttpTransport transport = t.okta()) {
            JsonNode group = transport.send(ApiRequest.get(StubServer.url(wm, "/api/v1/groups"))).jsonArray().get(0);

            assertThat(group.path("type").asText()).isEqualTo("APP_GROUP");
            assertThat(group.path("profile").path("windowsDomainQualifiedName").asText()).isEqualTo("CORP\\Engineering users");
        }
    }

    private static ResponseDefinitionBuilder page(String fixture, int remaining) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withHeader("X-Rate-Limit-Limit", "600").withHeader("X-Rate-Limit-Remaining", String.valueOf(remaining))
                .withHeader("X-Rate-Limit-Reset", String.valueOf(RESET)).withBody(Fixtures.read(fixture));
    }
}
