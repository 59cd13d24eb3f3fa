package dev.roster.connectors.truto;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.roster.connectors.UnifiedDirectory;
import dev.roster.connectors.fakes.TrutoFake;
import dev.roster.connectors.model.Email;
import dev.roster.connectors.model.Group;
import dev.roster.connectors.model.GroupInput;
import dev.roster.connectors.model.GroupType;
import dev.roster.connectors.model.MembershipInput;
import dev.roster.connectors.model.User;
import dev.roster.connectors.model.UserInput;
import dev.roster.connectors.query.ListQuery;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What goes over the wire for each operation, checked where the fake received it: method, path, query
 * ({@code integrated_account_id} on every call), {@code Authorization: Bearer}, {@code Idempotency-Key} and
 * {@code Content-Type} on writes, and the body. Shapes from Truto's unified user-directory API reference.
 */
class TrutoRequestsTest {
    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static final String BASE = "/unified/user-directory/";
    private TrutoFake fake;
    private UnifiedDirectory directory;

    @BeforeEach
    void start() {
        fake = TrutoFake.start(5, 3);
        directory = TrutoTestConnections.open(fake);
    }

    @AfterEach
    void stop() {
        directory.close();
        fake.close();
    }

    @Test
    void listsGroupsByLimitAndNextCursorWithDeclaredFiltersAndRemoteQuery() {
        ListQuery query = ListQuery.ofLimit(2).withParameters(Map.of("name", "Seeded"))
                .withRemoteQuery(Map.of("search", "profile.name sw \"Seeded\""));

        var first = directory.listGroups(query);
        directory.listGroups(query.withCursor(first.page().nextCursor()));

        fake.server().verify(1, read("groups").withQueryParam("limit", equalTo("2")).withQueryParam("next_cursor", absent())
                .withQueryParam("name", equalTo("Seeded")).withQueryParam("remote_query[search]", equalTo("profile.name sw \"Seeded\"")));
        // Truto's cursor goes back as it was given (base64 of the offset in this fake), with the same query
        fake.server().verify(1, read("groups").withQueryParam("limit", equalTo("2")).withQueryParam("next_cursor", equalTo(first.provider().nextCursor()))
                .withQueryParam("name", equalTo("Seeded")));
        assertThat(first.provider().nextCursor()).isEqualTo("eyJvZmZzZXQiOjJ9");
    }

    @Test
    void listsAGroupsMembersAsUsersFilteredByGroupId() {
        String groupId = directory.listGroups(ListQuery.ofLimit(1)).page().result().getFirst().id();

        directory.listUsers(ListQuery.ofLimit(10).withGroupId(groupId));

        fake.server().verify(1, read("users").withQueryParam("group_id", equalTo(groupId)).withQueryParam("limit", equalTo("10")));
    }

    @Test
    void getsAGroupByItsIdInThePath() {
        String groupId = directory.listGroups(ListQuery.ofLimit(1)).page().result().getFirst().id();

        Group group = directory.getGroup(groupId).item();

        fake.server().verify(1, read("groups/" + groupId));
        assertThat(group.id()).isEqualTo(groupId);
        assertThat(group.remoteData().path("profile").path("name").asText()).isEqualTo(group.name());
    }

    @Test
    void createsAGroupWithTheUnifiedBodyAnIdempotencyKeyAndJson() {
        var remote = dev.roster.connectors.model.Json.mapper().createObjectNode().put("type", "OKTA_GROUP");

        Group created = directory.createGroup(new GroupInput("Zoë's team", "Ørsted and friends", GroupType.TEAM, remote)).item();

        fake.server().verify(1, write("groups").withRequestBody(equalToJson(
                "{\"name\":\"Zoë's team\",\"description\":\"Ørsted and friends\",\"group_type\":\"team\",\"remote_data\":{\"type\":\"OKTA_GROUP\"}}")));
        assertThat(created.name()).isEqualTo("Zoë's team");
        assertThat(created.groupType()).isEqualTo(GroupType.TEAM);
        assertThat(created.remoteData().path("id").asText()).isEqualTo(created.id());
    }

    @Test
    void createsAUserWithOnlyTheFieldsGiven() {
        User created = directory.createUser(new UserInput(null, "Ada", "Lovelace", "ada@example.com",
                List.of(new Email("ada@example.com", true, "work")), "Pa55-word-1", List.of(), "Countess", null, List.of(),
                List.of(), List.of(), null, "employee", List.of(), null)).item();

        fake.server().verify(1, write("users").withRequestBody(equalToJson("""
                {"first_name":"Ada","last_name":"Lovelace","username":"ada@example.com",
                 "emails":[{"email":"ada@example.com","is_primary":true,"type":"work"}],
                 "password":"Pa55-word-1","title":"Countess","user_type":"employee"}""")));
        assertThat(created.username()).isEqualTo("ada@example.com");
        assertThat(directory.exchanges().snapshot().getLast().requestBody()).doesNotContain("Pa55-word-1");
    }

    @Test
    void addsWithTheDeprecatedGroupsAddAndRemovesWithRemoveUser() {
        String groupId = directory.listGroups(ListQuery.ofLimit(1)).page().result().getFirst().id();
        String userId = directory.listUsers(ListQuery.ofLimit(1)).page().result().getFirst().id();

        Group afterAdd = directory.addMember(new MembershipInput(groupId, userId, null)).item();
        Group afterRemove = directory.removeMember(new MembershipInput(groupId, userId, null)).item();

        String body = "{\"group_id\":\"" + groupId + "\",\"user_id\":\"" + userId + "\"}";
        fake.server().verify(1, write("groups/add").withRequestBody(equalToJson(body)));
        fake.server().verify(1, write("groups/remove-user").withRequestBody(equalToJson(body)));
        // groups/add answered the group bare, remove-user wrapped in {"result": ...}: both read as the group
        assertThat(afterAdd.id()).isEqualTo(groupId);
        assertThat(afterRemove.id()).isEqualTo(groupId);
    }

    @Test
    void everyWriteHasItsOwnIdempotencyKey() {
        directory.createGroup(new GroupInput("First", null, null, null));
        directory.createGroup(new GroupInput("Second", null, null, null));

        List<String> keys = fake.server().findAll(postRequestedFor(urlPathEqualTo(BASE + "groups"))).stream()
                .map((LoggedRequest r) -> r.getHeader("Idempotency-Key")).toList();
        assertThat(keys).hasSize(2).doesNotHaveDuplicates().allMatch(k -> k.matches(UUID));
    }

    @Test
    void verifyReadsOneGroup() {
        directory.verify();

        fake.server().verify(1, read("groups").withQueryParam("limit", equalTo("1")));
    }

    private static RequestPatternBuilder read(String resource) {
        return getRequestedFor(urlPathEqualTo(BASE + resource))
                .withQueryParam("integrated_account_id", equalTo(TrutoFake.ACCOUNT))
                .withHeader("Authorization", equalTo("Bearer " + TrutoFake.TOKEN))
                .withHeader("Accept", equalTo("application/json"))
                .withHeader("Idempotency-Key", absent());
    }

    private static RequestPatternBuilder write(String resource) {
        return postRequestedFor(urlPathEqualTo(BASE + resource))
                .withQueryParam("integrated_account_id", equalTo(TrutoFake.ACCOUNT))
                .withHeader("Authorization", equalTo("Bearer " + TrutoFake.TOKEN))
                .withHeader("Content-Type", equalTo("application/json"))
                .withHeader("Idempotency-Key", matching(UUID));
    }
}
