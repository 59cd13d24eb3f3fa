package dev.roster.connectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.connectors.model.Group;
import dev.roster.connectors.model.GroupInput;
import dev.roster.connectors.model.Json;
import dev.roster.connectors.model.MembershipInput;
import dev.roster.connectors.model.UserInput;
import dev.roster.connectors.query.ListQuery;
import dev.roster.connectors.trace.ExchangeLog;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UnifiedDirectoryTest {
    private ExchangeLog log;
    private InMemoryTestConnector connector;
    private UnifiedDirectory directory;

    @BeforeEach
    void setUp() {
        log = new ExchangeLog(List.of(InMemoryTestConnector.TOKEN));
        connector = new InMemoryTestConnector(log, 25);
        directory = new UnifiedDirectory("test", InMemoryTestConnector.PROVIDER, connector, log);
    }

    @Test
    void pagesWithOpaqueCursorsThatResumeInANewDirectory() {
        ListResult<Group> first = directory.listGroups(ListQuery.ofLimit(10));
        assertThat(first.page().result()).extracting(Group::id).startsWith("g0").hasSize(10);
        assertThat(first.page().nextCursor()).isNotNull().doesNotContain("10");

        var fresh = new UnifiedDirectory("test", InMemoryTestConnector.PROVIDER, new InMemoryTestConnector(log, 25), log);
        ListResult<Group> second = fresh.listGroups(ListQuery.ofLimit(10).withCursor(first.page().nextCursor()));
        assertThat(second.page().result()).extracting(Group::id).first().isEqualTo("g10");
        ListResult<Group> last = fresh.listGroups(ListQuery.ofLimit(10).withCursor(second.page().nextCursor()));
        assertThat(last.page().result()).hasSize(5);
        assertThat(last.page().nextCursor()).isNull();
    }

    @Test
    void refusesACursorFromAnotherQueryOrOperationOrGarbage() {
        String cursor = directory.listGroups(ListQuery.ofLimit(10)).page().nextCursor();
        int before = connector.calls.get();
        assertThatThrownBy(() -> directory.listGroups(ListQuery.ofLimit(10).withCursor(cursor).withParameters(Map.of("search", "x"))))
                .isInstanceOf(DirectoryException.class).hasMessageContaining("other parameters");
        assertThatThrownBy(() -> directory.listUsers(ListQuery.ofLimit(10).withCursor(cursor)))
                .hasMessageContaining("belongs to list_groups");
        assertThatThrownBy(() -> directory.listGroups(ListQuery.ofLimit(10).withCursor("not-a-cursor!")))
                .hasMessageContaining("not a cursor Roster gave out");
        assertThat(connector.calls.get()).isEqualTo(before);
    }

    @Test
    void walkSeesEveryItemOnceAndStopsOnALoopingCursor() {
        List<String> ids = new ArrayList<>();
        WalkOutcome outcome = directory.walkGroups(ListQuery.ofLimit(7), page -> page.page().result().forEach(g -> ids.add(g.id())), () -> false);
        assertThat(outcome.complete()).isTrue();
        assertThat(outcome.pages()).isEqualTo(4);
        assertThat(ids).hasSize(25).doesNotHaveDuplicates();

        connector.loopAfterFirstPage = true;
        List<Boolean> loopFlags = new ArrayList<>();
        WalkOutcome looping = directory.walkGroups(ListQuery.ofLimit(7), page -> loopFlags.add(page.looping()), () -> false);
        assertThat(looping.looping()).isTrue();
        assertThat(looping.complete()).isFalse();
        assertThat(loopFlags).containsExactly(false, true);
        assertThat(looping.describe()).contains("isLooping");
    }

    @Test
    void singlePageWithARepeatedCursorSaysLoopingAndGivesNoNextCursor() {
        connector.loopAfterFirstPage = true;
        String cursor = directory.listGroups(ListQuery.ofLimit(7)).page().nextCursor();
        ListResult<Group> again = directory.listGroups(ListQuery.ofLimit(7).withCursor(cursor));
        assertThat(again.looping()).isTrue();
        assertThat(again.page().nextCursor()).isNull();
    }

    @Test
    void walkStopsWhenCancelled() {
        int[] pages = {0};
        WalkOutcome outcome = directory.walkGroups(ListQuery.ofLimit(5), p -> pages[0]++, () -> pages[0] >= 2);
        assertThat(outcome.cancelled()).isTrue();
        assertThat(outcome.pages()).isEqualTo(2);
    }

    @Test
    void validationNamesTheFieldAndTheConnectorAndSendsNothing() {
        int before = connector.calls.get();
        assertThatThrownBy(() -> directory.createGroup(new GroupInput("  ", null, null, null)))
                .isInstanceOf(DirectoryException.class)
                .hasMessageContaining("requires name").hasMessageContaining("In-memory test connection 'test'")
                .satisfies(e -> assertThat(((DirectoryException) e).kind()).isEqualTo(ErrorKind.VALIDATION));
        assertThatThrownBy(() -> directory.createGroup(new GroupInput("Ops", null, dev.roster.connectors.model.GroupType.TEAM, null)))
                .hasMessageContaining("does not support the field group_type");
        assertThatThrownBy(() -> directory.createUser(new UserInput("A", null, null, "a", null, null, null, null, null, null, null, null, null, null, null, null)))
                .hasMessageContaining("does not support create_user");
        assertThatThrownBy(() -> directory.listGroups(ListQuery.ofLimit(5).withParameters(Map.of("filter", "x"))))
                .hasMessageContaining("does not accept the parameter filter").hasMessageContaining("accepted: search");
        assertThatThrownBy(() -> directory.addMember(new MembershipInput("g1", " ", null)))
                .hasMessageContaining("user_id is required");
        assertThatThrownBy(() -> directory.getGroup(""))
                .hasMessageContaining("group_id is required");
        assertThat(connector.calls.get()).isEqualTo(before);
        assertThat(log.snapshot()).isEmpty();
    }

    @Test
    void createPassesRemoteDataThrough() {
        var remote = Json.mapper().createObjectNode().put("mailEnabled", false);
        var created = directory.createGroup(new GroupInput("Ops", "on call", null, remote));
        assertThat(created.item().remoteData().get("mailEnabled").asBoolean()).isFalse();
        assertThat(created.provider().exchange().requestBody()).contains("mailEnabled");
    }

    @Test
    void aLimitAboveTheDeclaredMaximumReachesTheConnectorClampedOnEveryPage() {
        UnifiedDirectory capped = new UnifiedDirectory("test", withMaxPageSize(10), connector, log);

        ListResult<Group> first = capped.listGroups(ListQuery.ofLimit(5000));
        assertThat(first.page().result()).hasSize(10);
        capped.listGroups(ListQuery.ofLimit(5000).withCursor(first.page().nextCursor()));
        capped.listGroups(ListQuery.ofLimit(3));
        capped.walkGroups(ListQuery.ofLimit(5000), page -> { }, () -> false);

        assertThat(connector.listRequests).extracting(ListRequest::limit).containsExactly(10, 10, 3, 10, 10, 10);
        // no limit stays no limit: the connector's own default page
        capped.listGroups(ListQuery.firstPage());
        assertThat(connector.listRequests.getLast().limit()).isNull();
    }

    @Test
    void theDebugEnvelopeCarriesTheRateLimitTheConnectionLastSignalled() {
        assertThat(debug(directory.listGroups(ListQuery.ofLimit(2))).get("rateLimit").isNull()).as("never reported").isTrue();
        assertThat(directory.rateLimit()).isEmpty();

        var limit = new DirectorySignal.RateLimited(600L, 3L, java.time.Instant.parse("2026-01-15T12:00:05Z"));
        connector.rateLimit = limit;
        List<DirectorySignal> signals = new ArrayList<>();
        directory.signals(signals::add);
        ListResult<Group> page = directory.listGroups(ListQuery.ofLimit(2));

        assertThat(directory.rateLimit()).contains(limit);
        assertThat(page.rateLimit()).isEqualTo(limit);
        assertThat(signals).contains(limit);
        var json = debug(page).get("rateLimit");
        assertThat(json.get("limit").asLong()).isEqualTo(600);
        assertThat(json.get("remaining").asLong()).isEqualTo(3);
        assertThat(json.get("resetAt").asText()).isEqualTo("2026-01-15T12:00:05Z");
        var item = new dev.roster.connectors.query.ResponseRenderer(
                dev.roster.connectors.query.ResponseOptions.of(dev.roster.connectors.query.ResponseFormat.DEBUG)).renderItem(directory.getGroup("g1"));
        assertThat(item.at("/debug/rateLimit/remaining").asLong()).isEqualTo(3);
        // a part the provider did not send stays unknown, not zero
        connector.rateLimit = new DirectorySignal.RateLimited(null, 7L, null);
        var partial = debug(directory.listGroups(ListQuery.ofLimit(2))).get("rateLimit");
        assertThat(partial.get("limit").isNull()).isTrue();
        assertThat(partial.get("remaining").asLong()).isEqualTo(7);
        assertThat(partial.get("resetAt").isNull()).isTrue();
    }

    private static com.fasterxml.jackson.databind.JsonNode debug(ListResult<?> page) {
        return new dev.roster.connectors.query.ResponseRenderer(dev.roster.connectors.query.ResponseOptions.of(
                dev.roster.connectors.query.ResponseFormat.DEBUG)).renderPage(page).get("debug");
    }

    /** The in-memory provider, its list_groups serving at most {@code max} a page. */
    private static ConnectorProvider withMaxPageSize(int max) {
        ConnectorProvider base = InMemoryTestConnector.PROVIDER;
        Capabilities declared = base.capabilities();
        Capabilities capped = Capabilities.builder()
                .operation(Operation.LIST_GROUPS, declared.of(Operation.LIST_GROUPS).orElseThrow().withMaxPageSize(max))
                .operation(Operation.LIST_USERS, declared.of(Operation.LIST_USERS).orElseThrow())
                .build();
        return new ConnectorProvider() {
            @Override public String id() { return base.id(); }
            @Override public String displayName() { return base.displayName(); }
            @Override public List<SettingSpec> settings() { return base.settings(); }
            @Override public Capabilities capabilities() { return capped; }
            @Override public DirectoryConnector connect(ConnectionSettings settings, ExchangeLog l) { return base.connect(settings, l); }
        };
    }
}
