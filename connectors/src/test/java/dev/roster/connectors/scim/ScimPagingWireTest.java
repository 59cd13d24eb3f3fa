package dev.roster.connectors.scim;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.roster.connectors.UnifiedDirectory;
import dev.roster.connectors.WalkOutcome;
import dev.roster.connectors.fakes.ScimFake;
import dev.roster.connectors.model.Group;
import dev.roster.connectors.model.User;
import dev.roster.connectors.query.ListQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** startIndex/count paging against servers that cap pages, lie about totals or echo the wrong index. */
@Timeout(60)
class ScimPagingWireTest {
    private ScimFake fake;

    @BeforeEach
    void start() {
        fake = ScimFake.start(11, 8).capCount(3);
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void aServerThatCapsCountIsPagedOnWhatItReturnedSeeingEveryGroupOnce() {
        List<String> seen = walkGroups(10);

        assertThat(seen).containsExactlyElementsOf(fake.groupIds());
        // asked for 10, got 3: the next page starts after the 3 returned, never at 11
        assertThat(startIndexes()).containsExactly("1", "4", "7", "10");
        fake.journal().verify(4, getRequestedFor(urlPathEqualTo("/scim/v2/Groups")).withQueryParam("count", equalTo("10")));
    }

    @Test
    void aTotalThatClaimsMoreThanThereIsEndsOnTheFirstEmptyPage() {
        fake.lieAboutTotal(1_000);

        assertThat(walkGroups(4)).containsExactlyElementsOf(fake.groupIds());
        assertThat(startIndexes()).containsExactly("1", "4", "7", "10", "12");
    }

    @Test
    void anEchoedStartIndexOfOneDoesNotRestartTheWalk() {
        fake.echoFirstStartIndex(true);

        assertThat(walkGroups(4)).containsExactlyElementsOf(fake.groupIds());
    }

    @Test
    void aLimitAboveTheDeclaredMaximumIsClampedTo1000() {
        walkGroups(5_000);

        fake.journal().verify(getRequestedFor(urlPathEqualTo("/scim/v2/Groups")).withQueryParam("count", equalTo("1000")));
    }

    @Test
    void aWalkWithoutALimitAsksForTheDefaultPageOf100() {
        List<String> ids = new ArrayList<>();
        try (UnifiedDirectory scim = ScimTestConnections.open(fake, Map.of())) {
            scim.walkGroups(ListQuery.firstPage(), page -> page.page().result().forEach(g -> ids.add(g.id())), () -> false);
        }

        assertThat(ids).containsExactlyElementsOf(fake.groupIds());
        fake.journal().verify(4, getRequestedFor(urlPathEqualTo("/scim/v2/Groups")).withQueryParam("count", equalTo("100")));
    }

    @Test
    void plainApplicationJsonAnswersAreReadTheSame() {
        fake.answerAsPlainJson(true);
        List<User> users = new ArrayList<>();
        try (UnifiedDirectory scim = ScimTestConnections.open(fake, Map.of())) {
            scim.walkUsers(ListQuery.ofLimit(5), page -> users.addAll(page.page().result()), () -> false);
        }

        assertThat(users).extracting(User::id).containsExactlyElementsOf(fake.userIds());
        assertThat(users.getFirst().username()).isEqualTo("ada.lovelace@example.com");
        assertThat(users.getFirst().emails().getFirst().type()).isEqualTo("work");
    }

    private List<String> walkGroups(int limit) {
        List<String> ids = new ArrayList<>();
        try (UnifiedDirectory scim = ScimTestConnections.open(fake, Map.of())) {
            WalkOutcome outcome = scim.walkGroups(ListQuery.ofLimit(limit),
                    page -> page.page().result().stream().map(Group::id).forEach(ids::add), () -> false);
            assertThat(outcome.complete()).isTrue();
            assertThat(outcome.looping()).isFalse();
        }
        return ids;
    }

    private List<String> startIndexes() {
        return fake.journal().findAll(getRequestedFor(urlPathEqualTo("/scim/v2/Groups"))).stream()
                .map(LoggedRequest::getUrl).map(u -> u.replaceAll(".*startIndex=(\\d+).*", "$1")).toList();
    }
}
