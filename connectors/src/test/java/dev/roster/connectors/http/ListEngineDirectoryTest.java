package dev.roster.connectors.http;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.roster.connectors.Capabilities;
import dev.roster.connectors.ConnectionSettings;
import dev.roster.connectors.ConnectorProvider;
import dev.roster.connectors.DirectoryConnector;
import dev.roster.connectors.DirectorySignal;
import dev.roster.connectors.ListRequest;
import dev.roster.connectors.ListResult;
import dev.roster.connectors.Operation;
import dev.roster.connectors.OperationCapability;
import dev.roster.connectors.ProviderPage;
import dev.roster.connectors.ProviderResult;
import dev.roster.connectors.SettingSpec;
import dev.roster.connectors.UnifiedDirectory;
import dev.roster.connectors.model.Group;
import dev.roster.connectors.model.GroupInput;
import dev.roster.connectors.model.MembershipInput;
import dev.roster.connectors.model.User;
import dev.roster.connectors.model.UserInput;
import dev.roster.connectors.query.ListQuery;
import dev.roster.connectors.query.ResponseFormat;
import dev.roster.connectors.query.ResponseOptions;
import dev.roster.connectors.query.ResponseRenderer;
import dev.roster.connectors.trace.ExchangeLog;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The engine under {@link UnifiedDirectory}, the way the CLI runs it: a limit above the declared maximum
 * reaches the wire clamped, an opaque cursor resumes in a new directory (a new process) with its own limit,
 * and the debug envelope's {@code rateLimit} is the typed state the transport parsed from Okta's headers.
 */
class ListEngineDirectoryTest {
    @RegisterExtension
    static WireMockExtension wm = StubServer.create();

    private static final String AFTER = "00g1emaKYZTWRYYRRTSK";
    private static final long RESET = TestTransports.NOW.getEpochSecond() + 45;
    private final TestTransports t = new TestTransports(wm);

    @Test
    void aLimitAboveTheMaximumReachesTheWireClampedAndTheDebugEnvelopeCarriesTheRateLimit() {
        stubPages();
        try (UnifiedDirectory directory = directory()) {
            List<DirectorySignal> signals = new ArrayList<>();
            directory.signals(signals::add);

            ListResult<Group> first = directory.listGroups(ListQuery.ofLimit(5000));

            assertThat(first.page().result()).extracting(Group::name).containsExactly("West Coast users");
            assertThat(requestUrls()).containsExactly("/api/v1/groups?limit=200");
            DirectorySignal.RateLimited expected = new DirectorySignal.RateLimited(600L, 599L, TestTransports.NOW.plusSeconds(45));
            assertThat(directory.rateLimit()).contains(expected);
            assertThat(signals).contains(expected);
            JsonNode debug = debug(first);
            assertThat(debug.at("/rateLimit/limit").asLong()).isEqualTo(600);
            assertThat(debug.at("/rateLimit/remaining").asLong()).isEqualTo(599);
            assertThat(debug.at("/rateLimit/resetAt").asText()).isEqualTo("2026-01-15T09:00:45Z");

            // the next call is another process: a new directory over a new transport, with --limit 1
            try (UnifiedDirectory later = directory()) {
                ListResult<Group> second = later.listGroups(ListQuery.ofLimit(1).withCursor(first.page().nextCursor()));
                assertThat(second.page().result()).extracting(Group::name).containsExactly("Engineering users");
                assertThat(second.page().nextCursor()).isNull();
                assertThat(debug(second).at("/rateLimit/remaining").asLong()).isEqualTo(598);
            }
        }
        assertThat(requestUrls()).containsExactly("/api/v1/groups?limit=200", "/api/v1/groups?after=" + AFTER + "&limit=1");
    }

    @Test
    void aWalkSeesEveryGroupOnceAtTheClampedSize() {
        stubPages();
        List<String> names = new ArrayList<>();
        try (UnifiedDirectory directory = directory()) {
            var outcome = directory.walkGroups(ListQuery.ofLimit(10_000), page -> page.page().result().forEach(g -> names.add(g.name())),
                    () -> false);
            assertThat(outcome.complete()).isTrue();
        }
        assertThat(names).containsExactly("West Coast users", "Engineering users");
        assertThat(requestUrls()).containsExactly("/api/v1/groups?limit=200", "/api/v1/groups?after=" + AFTER + "&limit=200");
    }

    private static void stubPages() {
        // the next link carries the first call's own limit, as Okta's do
        String next = wm.baseUrl() + "/api/v1/groups?after=" + AFTER + "&limit=200";
        wm.stubFor(get(urlPathEqualTo("/api/v1/groups")).withQueryParam("after", absent())
                .willReturn(page("okta/groups-page-1.json", 599).withHeader("Link", "<" + next + ">; rel=\"next\"")));
        wm.stubFor(get(urlPathEqualTo("/api/v1/groups")).withQueryParam("after", equalTo(AFTER))
                .willReturn(page("okta/groups-page-2.json", 598)));
    }

    private static ResponseDefinitionBuilder page(String fixture, int remaining) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withHeader("X-Rate-Limit-Limit", "600").withHeader("X-Rate-Limit-Remaining", String.valueOf(remaining))
                .withHeader("X-Rate-Limit-Reset", String.valueOf(RESET)).withBody(Fixtures.read(fixture));
    }

    private UnifiedDirectory directory() {
        HttpTransport transport = t.okta();
        return new UnifiedDirectory("okta-like", PROVIDER, new GroupsOnly(transport, URI.create(wm.baseUrl() + "/api/v1/groups")), t.log);
    }

    private static JsonNode debug(ListResult<Group> page) {
        return new ResponseRenderer(ResponseOptions.of(ResponseFormat.DEBUG)).renderPage(page).get("debug");
    }

    private static List<String> requestUrls() {
        return wm.getAllServeEvents().reversed().stream().map(ServeEvent::getRequest).map(r -> r.getUrl()).toList();
    }

    /** Okta's documented list_groups page maximum is far higher; 200 keeps the test's numbers apart. */
    private static final ConnectorProvider PROVIDER = new ConnectorProvider() {
        @Override public String id() { return "okta-like"; }
        @Override public String displayName() { return "Okta-like"; }
        @Override public List<SettingSpec> settings() { return List.of(); }
        @Override public Capabilities capabilities() {
            return Capabilities.builder()
                    .operation(Operation.LIST_GROUPS, OperationCapability.of(Set.of("id", "name", "description"), Set.of()).withMaxPageSize(200))
                    .build();
        }
        @Override public DirectoryConnector connect(ConnectionSettings settings, ExchangeLog log) {
            throw new UnsupportedOperationException("built by the test over its stub server");
        }
    };

    /** Just enough of an HTTP connector to run the engine: Okta's group list, mapped; it declares nothing else. */
    private record GroupsOnly(HttpTransport transport, URI groups) implements DirectoryConnector {
        @Override public ProviderPage<Group> listGroups(ListRequest request) {
            ListSpec<Group> spec = ListSpec.of(ListSpec.passThrough(request).appendTo(groups), Paging.linkHeader("limit"), "", 50,
                    g -> new Group(g.path("id").asText(), g.at("/profile/name").asText(), g.at("/profile/description").asText(null),
                            null, null, null, null, g));
            return new ListEngine(transport).page(spec, request);
        }
        @Override public Runnable onRateLimit(java.util.function.Consumer<DirectorySignal.RateLimited> listener) {
            return transport.onRateLimitSignal(listener);
        }
        @Override public void close() { transport.close(); }
        @Override public ProviderPage<User> listUsers(ListRequest r) { throw undeclared(); }
        @Override public ProviderResult<Group> getGroup(String id) { throw undeclared(); }
        @Override public ProviderResult<Group> createGroup(GroupInput i) { throw undeclared(); }
        @Override public ProviderResult<User> createUser(UserInput i) { throw undeclared(); }
        @Override public ProviderResult<Group> addMember(MembershipInput i) { throw undeclared(); }
        @Override public ProviderResult<Group> removeMember(MembershipInput i) { throw undeclared(); }
        @Override public void verify() { throw undeclared(); }

        private static UnsupportedOperationException undeclared() {
            return new UnsupportedOperationException("not declared: UnifiedDirectory refuses it before it gets here");
        }
    }
}
