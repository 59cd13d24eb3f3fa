package dev.roster.connectors.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Truto's unified API: {result, next_cursor}, ratelimit-* headers in seconds, remote_query[...] passed through. */
class TrutoWireFormatTest {
    @RegisterExtension
    static WireMockExtension wm = StubServer.create();

    private static final String CURSOR = "eyJhZnRlciI6IjAwZzFlbWFLWVpUV1JZWVJSVFNLIn0=";
    private final TestTransports t = new TestTransports(wm);

    @Test
    void pagesByNextCursorPassingRemoteQueryThroughAndTrackingTheRateLimit() {
        wm.stubFor(get(urlPathEqualTo("/unified/user-directory/groups")).withQueryParam("next_cursor", absent())
                .willReturn(page("truto/groups-page-1.json", 99, 60)));
        wm.stubFor(get(urlPathEqualTo("/unified/user-directory/groups")).withQueryParam("next_cursor", equalTo(CURSOR))
                .willReturn(page("truto/groups-page-2.json", 98, 59)));
        List<RateLimitStatus> statuses = new ArrayList<>();

        List<String> names = new ArrayList<>();
        try (HttpTransport transport = t.bearer()) {
            transport.onRateLimit(statuses::add);
            Optional<String> cursor = Optional.empty();
            do {
                QueryString q = QueryString.create().add("integrated_account_id", "ia-7f3c").add("limit", 1)
                        .addNested("remote_query", Map.of("search", "profile.name sw \"Zoë\"", "expand", "stats"))
                        .add("truto_exclude_fields[]", "remote_data").add("next_cursor", cursor.orElse(null));
                JsonNode page = transport.send(ApiRequest.get(ApiUrl.base(wm.baseUrl()).path("unified", "user-directory", "groups").query(q).toUri())).jsonObject();
                page.path("result").forEach(g -> names.add(g.path("name").asText()));
                cursor = BodyCursor.at(page, BodyCursor.TRUTO_NEXT_CURSOR);
            } while (cursor.isPresent());
        }

        assertThat(names).containsExactly("West Coast users", "Engineering users");
        assertThat(statuses).containsExactly(
                new RateLimitStatus(100L, 99L, TestTransports.NOW.plusSeconds(60)),
                new RateLimitStatus(100L, 98L, TestTransports.NOW.plusSeconds(59)));
        wm.verify(2, getRequestedFor(urlPathEqualTo("/unified/user-directory/groups"))
                .withQueryParam("integrated_account_id", equalTo("ia-7f3c"))
                .withQueryParam("remote_query[search]", equalTo("profile.name sw \"Zoë\""))
                .withQueryParam("remote_query[expand]", equalTo("stats"))
                .withQueryParam("truto_exclude_fields[]", equalTo("remote_data")));
    }

    private static ResponseDefinitionBuilder page(String fixture, int remaining, int resetSeconds) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withHeader("ratelimit-limit", "100").withHeader("ratelimit-remaining", String.valueOf(remaining))
                .withHeader("ratelimit-reset", String.valueOf(resetSeconds)).withBody(Fixtures.read(fixture));
    }
}
