package dev.roster.connectors.http;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.ErrorKind;
import dev.roster.connectors.ListRequest;
import dev.roster.connectors.ProviderPage;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The list engine end to end, per paging strategy, over a real {@link HttpTransport} and WireMock serving the
 * providers' documented pages (fixtures/&lt;provider&gt;/README.md). A second server stands for "another host":
 * whatever a next link or a cursor says, it must never be asked anything.
 */
class ListEngineTest {
    @RegisterExtension
    static WireMockExtension wm = StubServer.create();
    @RegisterExtension
    static WireMockExtension foreign = StubServer.create();

    private static final String GRAPH = "https://graph.microsoft.com/v1.0";
    private static final String OKTA_AFTER = "00g1emaKYZTWRYYRRTSK";
    private final TestTransports t = new TestTransports(wm);

    // ---- Okta: Link headers -------------------------------------------------------------------------------

    @Test
    void followsLinkHeadersSentAsSeparateLines() {
        String self = wm.baseUrl() + "/api/v1/groups?limit=1";
        String next = wm.baseUrl() + "/api/v1/groups?after=" + OKTA_AFTER + "&limit=1";
        stubOkta(json("okta/groups-page-1.json").withHeader("Link", "<" + self + ">; rel=\"self\"", "<" + next + ">; rel=\"next\""),
                json("okta/groups-page-2.json").withHeader("Link", "<" + next + ">; rel=\"self\""));

        assertThat(walk(oktaSpec(), 1)).containsExactly("00g1emaKYZTWRYYRRTSK", "00garwpuyxHaWOkdV0g4");
        assertThat(requestUrls()).containsExactly("/api/v1/groups?limit=1", "/api/v1/groups?after=" + OKTA_AFTER + "&limit=1");
    }

    @Test
    void followsLinkHeadersJoinedByCommasInOneLine() {
        String self = wm.baseUrl() + "/api/v1/groups?limit=1";
        String next = wm.baseUrl() + "/api/v1/groups?after=" + OKTA_AFTER + "&limit=1";
        stubOkta(json("okta/groups-page-1.json").withHeader("Link", "<" + self + ">; rel=\"self\", <" + next + ">; rel=\"next\""),
                json("okta/groups-page-2.json").withHeader("Link", "<" + next + ">; rel=\"self\""));

        assertThat(walk(oktaSpec(), 1)).containsExactly("00g1emaKYZTWRYYRRTSK", "00garwpuyxHaWOkdV0g4");
    }

    @Test
    void aRelativeNextLinkIsResolvedAgainstThePageThatGaveIt() {
        stubOkta(json("okta/groups-page-1.json").withHeader("Link", "</api/v1/groups?after=" + OKTA_AFTER + "&limit=1>; rel=\"next\""),
                json("okta/groups-page-2.json"));

        assertThat(walk(oktaSpec(), 1)).containsExactly("00g1emaKYZTWRYYRRTSK", "00garwpuyxHaWOkdV0g4");
    }

    @Test
    void aResumedOktaCursorAsksForTheLimitOfTheCallThatResumesIt() {
        String next = wm.baseUrl() + "/api/v1/groups?after=" + OKTA_AFTER + "&limit=1";
        stubOkta(json("okta/groups-page-1.json").withHeader("Link", "<" + next + ">; rel=\"next\""), json("okta/groups-page-2.json"));

        try (HttpTransport transport = t.bearer()) {
            ListEngine engine = new ListEngine(transport);
            String cursor = engine.page(oktaSpec(), ListRequest.firstPage(1)).nextCursor();
            assertThat(cursor).isEqualTo(next);
            // a new call, maybe a new process, with --limit 5: the link said limit=1
            ProviderPage<String> resumed = engine.page(oktaSpec(), ListRequest.firstPage(5).withCursor(cursor));
            assertThat(resumed.items()).containsExactly("00garwpuyxHaWOkdV0g4");
            // and without --limit: the connector's default, not the first call's 1
            engine.page(oktaSpec(), ListRequest.firstPage(null).withCursor(cursor));
        }
        assertThat(requestUrls()).containsExactly("/api/v1/groups?limit=1", "/api/v1/groups?after=" + OKTA_AFTER + "&limit=5",
                "/api/v1/groups?after=" + OKTA_AFTER + "&limit=200");
    }

    @Test
    void aLinkHeaderToAnotherHostIsAProtocolErrorAndThatHostHearsNothing() {
        String elsewhere = foreign.baseUrl() + "/api/v1/groups?after=" + OKTA_AFTER + "&limit=1";
        stubOkta(json("okta/groups-page-1.json").withHeader("Link", "<" + elsewhere + ">; rel=\"next\""), json("okta/groups-page-2.json"));

        assertOffOrigin(() -> page(oktaSpec(), ListRequest.firstPage(1)), "the next link");
        assertThat(foreign.getAllServeEvents()).isEmpty();
    }

    // ---- Microsoft Graph: @odata.nextLink -----------------------------------------------------------------

    @Test
    void followsGraphsNextLinkExactlyAsGivenWithTheSpecsHeadersOnEveryPage() {
        // a nextLink as Graph writes it: its own escapes (lower-case %2c, %27), which re-encoding would change
        String link = "/v1.0/groups?$filter=startswith(displayName%2c%27HR%27)&$top=2&$skiptoken=RFNwdAIAAQAAACpHcm91cF8xMmMy";
        String page1 = graph("graph/groups-page-1.json").replaceAll("\"@odata.nextLink\": \"[^\"]*\"",
                java.util.regex.Matcher.quoteReplacement("\"@odata.nextLink\": \"" + wm.baseUrl() + link + "\""));
        wm.stubFor(get(urlPathEqualTo("/v1.0/groups")).withQueryParam("$skiptoken", absent()).willReturn(json(page1)));
        wm.stubFor(get(urlPathEqualTo("/v1.0/groups")).withQueryParam("$skiptoken", equalTo("RFNwdAIAAQAAACpHcm91cF8xMmMy"))
                .willReturn(json(graph("graph/groups-page-2.json"))));
        ListSpec<String> spec = graphSpec().withHeader("ConsistencyLevel", "eventual");

        assertThat(walk(spec, 2)).containsExactly("02bd9fd6-8f93-4758-87c3-1fb73740a315",
                "12c2f37d-87a3-4e14-b62e-c2776166f0aa", "4d7a8a2f-5d7e-4c3b-9f25-6ef1b7e2c9a1");
        assertThat(requestUrls()).containsExactly("/v1.0/groups?$top=2", link);
        wm.verify(2, getRequestedFor(urlPathEqualTo("/v1.0/groups")).withHeader("ConsistencyLevel", equalTo("eventual")));

        // resumed with another --limit: still the link as given (Graph: GET the entire nextLink)
        wm.resetRequests();
        try (HttpTransport transport = t.bearer()) {
            new ListEngine(transport).page(spec, ListRequest.firstPage(50).withCursor(wm.baseUrl() + link));
        }
        assertThat(requestUrls()).containsExactly(link);
    }

    @Test
    void aNextLinkToAnotherHostIsAProtocolErrorAndThatHostHearsNothing() {
        String page1 = Fixtures.read("graph/groups-page-1.json").replace(GRAPH, foreign.baseUrl() + "/v1.0");
        wm.stubFor(get(urlPathEqualTo("/v1.0/groups")).willReturn(json(page1)));

        assertOffOrigin(() -> page(graphSpec(), ListRequest.firstPage(2)), "the next link");
        assertThat(foreign.getAllServeEvents()).isEmpty();
    }

    @Test
    void theSameHostOnAnotherSchemeOrPortIsAnotherOrigin() {
        URI base = URI.create(wm.baseUrl());
        for (String elsewhere : List.of("https://" + base.getHost() + ":" + base.getPort(), "http://" + base.getHost() + ":" + foreign.getPort())) {
            wm.stubFor(get(urlPathEqualTo("/v1.0/groups")).willReturn(json(
                    "{\"value\":[],\"@odata.nextLink\":\"" + elsewhere + "/v1.0/groups?$skiptoken=x\"}")));

            DirectoryException e = failure(() -> page(graphSpec(), ListRequest.firstPage(2)));
            assertThat(e.code()).as(elsewhere).contains(ErrorCode.OFF_ORIGIN);
        }
        assertThat(foreign.getAllServeEvents()).isEmpty();
        assertThat(wm.getAllServeEvents()).hasSize(2);
    }

    @Test
    void aCursorNamingAnotherHostIsRefusedBeforeAnythingIsSent() {
        String elsewhere = foreign.baseUrl() + "/v1.0/groups?$skiptoken=x";

        assertOffOrigin(() -> page(graphSpec(), ListRequest.firstPage(2).withCursor(elsewhere)), "the cursor's next link");
        assertOffOrigin(() -> page(oktaSpec(), ListRequest.firstPage(2).withCursor(elsewhere)), "the cursor's next link");
        assertThat(foreign.getAllServeEvents()).isEmpty();
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void aNextLinkThatIsNotAUrlIsAProtocolError() {
        wm.stubFor(get(urlPathEqualTo("/v1.0/groups")).willReturn(json("{\"value\":[],\"@odata.nextLink\":\"https://bad host/x\"}")));

        assertThatThrownBy(() -> page(graphSpec(), ListRequest.firstPage(2)))
                .isInstanceOfSatisfying(DirectoryException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.PROTOCOL);
                    assertThat(e.code()).contains(ErrorCode.NEXT_LINK_NOT_A_URL);
                });
    }

    @Test
    void anEmptyGraphPageWithANextLinkDoesNotEndTheWalk() {
        String link = wm.baseUrl() + "/v1.0/groups?$top=2&$skiptoken=more";
        wm.stubFor(get(urlPathEqualTo("/v1.0/groups")).withQueryParam("$skiptoken", absent())
                .willReturn(json("{\"value\":[],\"@odata.nextLink\":\"" + link + "\"}")));
        wm.stubFor(get(urlPathEqualTo("/v1.0/groups")).withQueryParam("$skiptoken", equalTo("more"))
                .willReturn(json(graph("graph/groups-page-2.json"))));

        assertThat(walk(graphSpec(), 2)).containsExactly("4d7a8a2f-5d7e-4c3b-9f25-6ef1b7e2c9a1");
    }

    // ---- bodies that are not what the provider documents --------------------------------------------------

    @Test
    void aBodyWithoutItsItemsIsAProtocolErrorNamingWhereTheyShouldBe() {
        wm.stubFor(get(urlPathEqualTo("/v1.0/groups")).willReturn(json("{\"@odata.context\":\"x\"}")));

        DirectoryException e = failure(() -> page(graphSpec(), ListRequest.firstPage(2)));
        assertThat(e.kind()).isEqualTo(ErrorKind.PROTOCOL);
        assertThat(e.code()).contains(ErrorCode.LIST_ITEMS_MISSING);
        assertThat(e.arguments()).last().isEqualTo("/value");
        assertThat(e.providerStatus()).contains(200);
    }

    @Test
    void itemsThatAreNotAnArrayAreAProtocolError() {
        wm.stubFor(get(urlPathEqualTo("/v1.0/groups")).willReturn(json("{\"value\":{\"id\":\"1\"}}")));
        wm.stubFor(get(urlPathEqualTo("/api/v1/groups")).willReturn(json("{\"errorCode\":\"none\"}")));

        DirectoryException graph = failure(() -> page(graphSpec(), ListRequest.firstPage(2)));
        assertThat(graph.code()).contains(ErrorCode.LIST_ITEMS_NOT_AN_ARRAY);
        assertThat(graph.arguments()).endsWith("object", "/value");
        DirectoryException okta = failure(() -> page(oktaSpec(), ListRequest.firstPage(2)));
        assertThat(okta.code()).contains(ErrorCode.LIST_ITEMS_NOT_AN_ARRAY);
        assertThat(okta.arguments()).endsWith("object", "the top");
    }

    @Test
    void malformedJsonIsAProtocolError() {
        wm.stubFor(get(urlPathEqualTo("/api/v1/groups")).willReturn(json("[{\"id\": \"00g1\"")));

        DirectoryException e = failure(() -> page(oktaSpec(), ListRequest.firstPage(2)));
        assertThat(e.kind()).isEqualTo(ErrorKind.PROTOCOL);
        assertThat(e.code()).contains(ErrorCode.HTTP_NOT_JSON);
    }

    @Test
    void aListSpecWithAPointerThatIsNotOneIsRefusedWhenBuilt() {
        assertThatThrownBy(() -> ListSpec.of(URI.create("https://x.test/groups"), Paging.scimIndex(), "Resources", 10, n -> n))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // ---- Google and Truto: page tokens --------------------------------------------------------------------

    @Test
    void sendsGooglesPageTokenBackWithTheFirstPagesQueryAndAPageWithoutItemsIsEmpty() {
        wm.stubFor(get(urlPathEqualTo("/admin/directory/v1/groups")).withQueryParam("pageToken", absent())
                .willReturn(json(Fixtures.read("google/groups-page-1.json"))));
        wm.stubFor(get(urlPathEqualTo("/admin/directory/v1/groups")).withQueryParam("pageToken", equalTo("CgwI2Nn1kQYQ-LbN9gISDGdyb3VwczAwMDAwMQ"))
                .willReturn(json(Fixtures.read("google/groups-page-2.json"))));

        assertThat(walk(googleSpec().itemsMayBeAbsent(), 1)).containsExactly("03cqmetx3lbj0f1");
        assertThat(requestUrls()).containsExactly("/admin/directory/v1/groups?customer=my_customer&maxResults=1",
                "/admin/directory/v1/groups?customer=my_customer&maxResults=1&pageToken=CgwI2Nn1kQYQ-LbN9gISDGdyb3VwczAwMDAwMQ");
    }

    @Test
    void withoutItemsMayBeAbsentAGooglePageWithoutItemsIsAProtocolError() {
        wm.stubFor(get(urlPathEqualTo("/admin/directory/v1/groups")).willReturn(json(Fixtures.read("google/groups-page-2.json"))));

        assertThat(failure(() -> page(googleSpec(), ListRequest.firstPage(1))).code()).contains(ErrorCode.LIST_ITEMS_MISSING);
    }

    @Test
    void aTokenThatNeedsEncodingArrivesAsTheProviderWroteIt() {
        String token = "a+b/c=d&e f";
        wm.stubFor(get(urlPathEqualTo("/unified/user-directory/groups")).withQueryParam("next_cursor", absent())
                .willReturn(json("{\"result\":[{\"id\":\"1\"}],\"next_cursor\":\"" + token + "\"}")));
        wm.stubFor(get(urlPathEqualTo("/unified/user-directory/groups")).withQueryParam("next_cursor", equalTo(token))
                .withQueryParam("integrated_account_id", equalTo("acc-1"))
                .willReturn(json(Fixtures.read("truto/groups-page-2.json"))));
        URI first = ApiUrl.base(wm.baseUrl()).path("unified", "user-directory", "groups")
                .query(QueryString.create().add("integrated_account_id", "acc-1")).toUri();
        ListSpec<String> truto = ListSpec.of(first, Paging.tokenInBody("/next_cursor", "next_cursor", "limit"), "/result", 100, n -> n.path("id").asText());

        assertThat(walk(truto, 1)).containsExactly("1", "00garwpuyxHaWOkdV0g4");
    }

    // ---- SCIM: startIndex and count -----------------------------------------------------------------------

    @Test
    void aScimServerCappingCountStillGivesEveryResourceOnce() {
        // asked for 10, the server gives 2 of 3 (itemsPerPage 2): the next page starts at 3, not 11
        wm.stubFor(get(urlPathEqualTo("/scim/v2/Groups")).withQueryParam("startIndex", equalTo("1"))
                .willReturn(scim("scim/groups-page-1.json")));
        wm.stubFor(get(urlPathEqualTo("/scim/v2/Groups")).withQueryParam("startIndex", equalTo("3"))
                .willReturn(scim("scim/groups-page-2.json")));
        URI first = ApiUrl.base(wm.baseUrl()).path("scim", "v2", "Groups").toUri();
        ListSpec<String> scim = ListSpec.of(first, Paging.scimIndex(), "/Resources", 100, n -> n.path("id").asText()).itemsMayBeAbsent();

        assertThat(walk(scim, 10)).containsExactly("e9e30dba-f08f-4109-8486-d5c6a331660a", "fc348aa8-3835-40eb-a20b-c726e15c55b5",
                "8bd1c7e4-1b1f-4b55-a4a5-0b1b2cfb4d1e");
        assertThat(requestUrls()).containsExactly("/scim/v2/Groups?startIndex=1&count=10", "/scim/v2/Groups?startIndex=3&count=10");
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private static void stubOkta(ResponseDefinitionBuilder first, ResponseDefinitionBuilder second) {
        wm.stubFor(get(urlPathEqualTo("/api/v1/groups")).withQueryParam("after", absent()).willReturn(first));
        wm.stubFor(get(urlPathEqualTo("/api/v1/groups")).withQueryParam("after", equalTo(OKTA_AFTER)).willReturn(second));
    }

    private static ListSpec<String> oktaSpec() {
        URI first = ApiUrl.base(wm.baseUrl()).path("api", "v1", "groups").toUri();
        return ListSpec.of(first, Paging.linkHeader("limit"), "", 200, n -> n.path("id").asText());
    }

    private static ListSpec<String> graphSpec() {
        URI first = ApiUrl.base(wm.baseUrl() + "/v1.0").path("groups").toUri();
        return ListSpec.of(first, Paging.nextLinkInBody("/@odata.nextLink", "$top"), "/value", 100, n -> n.path("id").asText());
    }

    private static ListSpec<String> googleSpec() {
        URI first = ApiUrl.base(wm.baseUrl() + "/admin/directory/v1").path("groups")
                .query(QueryString.create().add("customer", "my_customer")).toUri();
        return ListSpec.of(first, Paging.tokenInBody("/nextPageToken", "pageToken", "maxResults"), "/groups", 200, n -> n.path("id").asText());
    }

    private static String graph(String fixture) {
        return Fixtures.read(fixture, GRAPH, wm.baseUrl() + "/v1.0");
    }

    private static ResponseDefinitionBuilder json(String fixtureOrBody) {
        String body = fixtureOrBody.endsWith(".json") ? Fixtures.read(fixtureOrBody) : fixtureOrBody;
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    private static ResponseDefinitionBuilder scim(String fixture) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/scim+json").withBody(Fixtures.read(fixture));
    }

    /** Every page from the first, as a walk does it; bounded, so a cursor that never ends fails the test. */
    private List<String> walk(ListSpec<String> spec, Integer limit) {
        List<String> ids = new ArrayList<>();
        try (HttpTransport transport = t.bearer()) {
            ListEngine engine = new ListEngine(transport);
            String cursor = null;
            for (int pages = 0; pages < 10; pages++) {
                ProviderPage<String> page = engine.page(spec, ListRequest.firstPage(limit).withCursor(cursor));
                ids.addAll(page.items());
                cursor = page.nextCursor();
                if (cursor == null) {
                    return ids;
                }
            }
        }
        throw new AssertionError("no last page after 10 pages: " + ids);
    }

    private ProviderPage<String> page(ListSpec<String> spec, ListRequest request) {
        try (HttpTransport transport = t.bearer()) {
            return new ListEngine(transport).page(spec, request);
        }
    }

    /** The path and query of every request the stub server received, oldest first, as they arrived. */
    private static List<String> requestUrls() {
        return wm.getAllServeEvents().reversed().stream().map(ServeEvent::getRequest).map(r -> r.getUrl()).toList();
    }

    private static DirectoryException failure(Runnable call) {
        try {
            call.run();
        } catch (DirectoryException e) {
            return e;
        }
        throw new AssertionError("expected a DirectoryException");
    }

    private static void assertOffOrigin(Runnable call, String what) {
        DirectoryException e = failure(call);
        assertThat(e.kind()).isEqualTo(ErrorKind.PROTOCOL);
        assertThat(e.code()).contains(ErrorCode.OFF_ORIGIN);
        assertThat(e.arguments()).first().isEqualTo(what);
        assertThat(e.getMessage()).contains(foreign.baseUrl().replace("http://", "")).contains(wm.baseUrl().replace("http://", ""));
    }
}
