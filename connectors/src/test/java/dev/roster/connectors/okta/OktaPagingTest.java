package dev.roster.connectors.okta;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.connectors.ConnectionSettings;
import dev.roster.connectors.ListResult;
import dev.roster.connectors.Operation;
import dev.roster.connectors.UnifiedDirectory;
import dev.roster.connectors.WalkOutcome;
import dev.roster.connectors.fakes.OktaFake;
import dev.roster.connectors.model.Group;
import dev.roster.connectors.model.User;
import dev.roster.connectors.query.ListQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/** Okta's Link headers in both forms Okta sends, a q search as one page, and the declared page bounds. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(60)
class OktaPagingTest {
    private static final int SEEDED_GROUPS = 9;
    private OktaFake fake;

    @BeforeAll
    void start() {
        fake = OktaFake.start(SEEDED_GROUPS, 5);
    }

    @AfterAll
    void stop() {
        fake.close();
    }

    private UnifiedDirectory open() {
        return UnifiedDirectory.open(new OktaConnectorProvider(),
                new ConnectionSettings("paging", Map.of("base_url", fake.baseUrl()), Map.of("token", OktaFake.TOKEN)));
    }

    private List<String> walk(OktaFake.LinkStyle style) {
        fake.linkStyle(style);
        List<String> names = new ArrayList<>();
        try (UnifiedDirectory directory = open()) {
            WalkOutcome outcome = directory.walkGroups(ListQuery.ofLimit(2), p -> p.page().result().forEach(g -> names.add(g.name())), () -> false);
            assertThat(outcome.complete()).isTrue();
            // 9 seeded + Everyone + the app group, two a page
            assertThat(outcome.pages()).isEqualTo(6);
        }
        return names;
    }

    @Test
    void twoLinkHeaderLinesAndOneCommaJoinedLineWalkTheSameGroups() {
        List<String> twoLines = walk(OktaFake.LinkStyle.TWO_LINES);
        List<String> oneLine = walk(OktaFake.LinkStyle.ONE_LINE);

        assertThat(twoLines).hasSize(SEEDED_GROUPS + 2).startsWith("Everyone", "Engineering users", "Team 01").endsWith("Team 09");
        assertThat(oneLine).containsExactlyElementsOf(twoLines);
    }

    @Test
    void theLastPageHasNoNextLinkAndSoNoCursor() {
        try (UnifiedDirectory directory = open()) {
            ListResult<Group> all = directory.listGroups(ListQuery.ofLimit(50));

            assertThat(all.page().result()).hasSize(SEEDED_GROUPS + 2);
            assertThat(all.page().nextCursor()).isNull();
            assertThat(all.provider().exchange().responseHeader("Link")).contains("rel=\"self\"").doesNotContain("rel=\"next\"");
        }
    }

    @Test
    void aQSearchIsOnePageWithoutACursor() {
        try (UnifiedDirectory directory = open()) {
            ListResult<Group> found = directory.listGroups(ListQuery.ofLimit(2).withParameters(Map.of("q", "Team")));

            assertThat(found.page().result()).extracting(Group::name).containsExactly("Team 01", "Team 02");
            assertThat(found.page().nextCursor()).isNull();
            assertThat(found.provider().exchange().target()).contains("q=Team").contains("limit=2");
        }
    }

    @Test
    void membersPageByTheirOwnNextLinks() {
        String team = fake.groupIdNamed("Team 01");
        List<String> ids = new ArrayList<>();
        try (UnifiedDirectory directory = open()) {
            WalkOutcome outcome = directory.walkUsers(ListQuery.ofLimit(2).withGroupId(team),
                    p -> p.page().result().forEach(u -> ids.add(u.id())), () -> false);
            assertThat(outcome.pages()).isEqualTo(3);
        }
        assertThat(ids).containsExactlyElementsOf(fake.memberIds(team));
    }

    @Test
    void withoutALimitAPageIsOktasRecommendedTwoHundred() {
        try (UnifiedDirectory directory = open()) {
            // a declared maximum and no limit asked for: the connector's default, not a failure
            assertThat(directory.listGroups(ListQuery.firstPage()).provider().exchange().target()).endsWith("/api/v1/groups?limit=200");
            assertThat(directory.listUsers(ListQuery.firstPage()).provider().exchange().target()).endsWith("/api/v1/users?limit=200");
        }
    }

    @Test
    void pageSizesAreBoundedAsTheSpecSays() {
        var caps = new OktaConnectorProvider().capabilities();
        assertThat(caps.of(Operation.LIST_GROUPS).orElseThrow().maxPageSize()).isEqualTo(10_000);
        assertThat(caps.of(Operation.LIST_GROUPS).orElseThrow().searchParameter()).isEqualTo("q");
        assertThat(caps.of(Operation.LIST_USERS).orElseThrow().searchParameter()).isEqualTo("q");
        try (UnifiedDirectory directory = open()) {
            ListResult<User> users = directory.listUsers(ListQuery.ofLimit(5_000));
            // clamped to Okta's documented users maximum before it was sent
            assertThat(users.provider().exchange().target()).contains("limit=200");
        }
    }
}
