package dev.roster.connectors.scim;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import dev.roster.connectors.UnifiedDirectory;
import dev.roster.connectors.fakes.ScimFake;
import dev.roster.connectors.model.Email;
import dev.roster.connectors.model.Group;
import dev.roster.connectors.model.GroupInput;
import dev.roster.connectors.model.MembershipInput;
import dev.roster.connectors.model.Phone;
import dev.roster.connectors.model.User;
import dev.roster.connectors.model.UserInput;
import dev.roster.connectors.query.ListQuery;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What goes on the wire for every operation: method, path, query, headers and body, the bodies written out
 * as RFC 7644 section 3.3 and 3.5.2 and Microsoft's Entra provisioning docs show them.
 */
@Timeout(60)
class ScimRequestShapesTest {
    private static final String SCIM_JSON = "application/scim+json";
    private ScimFake fake;

    @BeforeEach
    void start() {
        fake = ScimFake.start(3, 3);
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void listsSendStartIndexCountAndTheDeclaredParametersWithTheBearerToken() {
        try (UnifiedDirectory scim = ScimTestConnections.open(fake, Map.of())) {
            List<Group> sales = scim.listGroups(ListQuery.ofLimit(7).withParameters(Map.of("filter", "displayName eq \"Sales\"",
                    "excludedAttributes", "members", "sortBy", "displayName", "sortOrder", "descending"))).page().result();
            // userName is not case-exact (RFC 7643 section 4.1.1), as Okta's SCIM tests check
            List<User> ada = scim.listUsers(ListQuery.ofLimit(2).withParameters(Map.of("filter", "userName eq \"ADA.lovelace@example.com\"",
                    "attributes", "userName,emails"))).page().result();
            List<User> nobody = scim.listUsers(ListQuery.ofLimit(2).withParameters(Map.of("filter", "userName eq \"nobody@example.com\""))).page().result();
            assertThat(sales).extracting(Group::name).containsExactly("Sales");
            assertThat(ada).extracting(User::username).containsExactly("ada.lovelace@example.com");
            assertThat(nobody).isEmpty();
        }

        fake.journal().verify(1, scim(getRequestedFor(urlPathEqualTo("/scim/v2/Groups")))
                .withQueryParam("startIndex", equalTo("1")).withQueryParam("count", equalTo("7"))
                .withQueryParam("filter", equalTo("displayName eq \"Sales\"")).withQueryParam("excludedAttributes", equalTo("members"))
                .withQueryParam("sortBy", equalTo("displayName")).withQueryParam("sortOrder", equalTo("descending")));
        fake.journal().verify(1, scim(getRequestedFor(urlPathEqualTo("/scim/v2/Users")))
                .withQueryParam("startIndex", equalTo("1")).withQueryParam("count", equalTo("2"))
                .withQueryParam("filter", equalTo("userName eq \"ADA.lovelace@example.com\"")).withQueryParam("attributes", equalTo("userName,emails")));
    }

    @Test
    void getGroupIsAGetOfTheGroupsPath() {
        String id = fake.groupIds().getFirst();
        try (UnifiedDirectory scim = ScimTestConnections.open(fake, Map.of())) {
            assertThat(scim.getGroup(id).item().name()).isEqualTo("Engineering");
        }
        fake.journal().verify(1, scim(getRequestedFor(urlEqualTo("/scim/v2/Groups/" + id))));
    }

    @Test
    void createGroupPostsTheCoreGroupSchema() {
        try (UnifiedDirectory scim = ScimTestConnections.open(fake, Map.of())) {
            Group created = scim.createGroup(new GroupInput("Tour Guides", null, null, null)).item();
            assertThat(created.name()).isEqualTo("Tour Guides");
        }
        fake.journal().verify(1, written(postRequestedFor(urlEqualTo("/scim/v2/Groups")))
                .withRequestBody(equalToJson("""
                        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"Tour Guides"}""")));
    }

    @Test
    void createUserPostsTheCoreUserSchema() {
        UserInput input = new UserInput("Barbara Jensen", "Barbara", "Jensen", "bjensen@example.com",
                List.of(new Email("bjensen@example.com", true, "work"), new Email("babs@jensen.org", false, "home")),
                "t1meMa$heen", List.of(new Phone("555-555-8377", "phone", null), new Phone("555-555-6521", "mobile", null)),
                "Tour Guide", "active", List.of(), List.of(), List.of(), "America/Los_Angeles", "Employee", List.of("en-US"),
                com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("externalId", "bjensen"));
        try (UnifiedDirectory scim = ScimTestConnections.open(fake, Map.of())) {
            User created = scim.createUser(input).item();
            assertThat(created.username()).isEqualTo("bjensen@example.com");
            assertThat(created.externalId()).isEqualTo("bjensen");
            assertThat(created.status()).isEqualTo(User.STATUS_ACTIVE);
            assertThat(created.remoteData().has("password")).as("password is returned never (RFC 7643 section 4.1.1)").isFalse();
        }
        fake.journal().verify(1, written(postRequestedFor(urlEqualTo("/scim/v2/Users"))).withRequestBody(equalToJson("""
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],
                 "userName":"bjensen@example.com",
                 "name":{"formatted":"Barbara Jensen","givenName":"Barbara","familyName":"Jensen"},
                 "displayName":"Barbara Jensen",
                 "emails":[{"value":"bjensen@example.com","type":"work","primary":true},
                           {"value":"babs@jensen.org","type":"home","primary":false}],
                 "phoneNumbers":[{"value":"555-555-8377","type":"work"},{"value":"555-555-6521","type":"mobile"}],
                 "title":"Tour Guide","userType":"Employee","timezone":"America/Los_Angeles","preferredLanguage":"en-US",
                 "active":true,"password":"t1meMa$heen","externalId":"bjensen"}""")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "rfc7644|{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":[{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"%s\"}]}]}|{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":[{\"op\":\"remove\",\"path\":\"members[value eq \\\"%s\\\"]\"}]}",
        "entra|{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":[{\"op\":\"Add\",\"path\":\"members\",\"value\":[{\"value\":\"%s\"}]}]}|{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":[{\"op\":\"Remove\",\"path\":\"members\",\"value\":[{\"value\":\"%s\"}]}]}"
    })
    void membershipChangesArePatchOpsInTheChosenStyle(String style, String addBody, String removeBody) {
        String group = fake.groupIds().get(2);
        String user = fake.userIds().get(1);
        try (UnifiedDirectory scim = ScimTestConnections.open(fake, Map.of(ScimSettings.PATCH_STYLE, style))) {
            Group added = scim.addMember(new MembershipInput(group, user, null)).item();
            assertThat(added.remoteData().path("members").toString()).contains(user);
            assertThat(fake.isMember(group, user)).isTrue();

            Group removed = scim.removeMember(new MembershipInput(group, user, null)).item();
            assertThat(removed.remoteData().path("members").toString()).doesNotContain(user);
            assertThat(fake.isMember(group, user)).isFalse();
        }
        fake.journal().verify(1, written(patchRequestedFor(urlEqualTo("/scim/v2/Groups/" + group)))
                .withRequestBody(equalToJson(addBody.formatted(user))));
        fake.journal().verify(1, written(patchRequestedFor(urlEqualTo("/scim/v2/Groups/" + group)))
                .withRequestBody(equalToJson(removeBody.formatted(user))));
        // the membership is checked on the group itself before each PATCH
        fake.journal().verify(2, scim(getRequestedFor(urlEqualTo("/scim/v2/Groups/" + group))));
    }

    @Test
    void aPatchAnswered204IsFollowedByAGetOfTheGroup() {
        fake.answerPatchWith204(true);
        String group = fake.groupIds().get(2);
        String user = fake.userIds().get(1);
        try (UnifiedDirectory scim = ScimTestConnections.open(fake, Map.of())) {
            Group after = scim.addMember(new MembershipInput(group, user, null)).item();
            assertThat(after.id()).isEqualTo(group);
            assertThat(after.remoteData().path("members").toString()).contains(user);
        }
        fake.journal().verify(2, scim(getRequestedFor(urlEqualTo("/scim/v2/Groups/" + group))));
    }

    @Test
    void membersByFilterAskForUsersInTheGroupAndKeepTheCallersFilter() {
        String group = fake.groupIds().getFirst();
        try (UnifiedDirectory scim = ScimTestConnections.open(fake, Map.of(ScimSettings.MEMBERS_SOURCE, "filter"))) {
            List<User> members = scim.listUsers(ListQuery.ofLimit(10).withGroupId(group)).page().result();
            assertThat(members).extracting(User::username).containsExactly("ada.lovelace@example.com");
            scim.listUsers(ListQuery.ofLimit(10).withGroupId(group).withParameters(Map.of("filter", "userName eq \"x\"")));
        }
        fake.journal().verify(1, scim(getRequestedFor(urlPathEqualTo("/scim/v2/Users")))
                .withQueryParam("filter", equalTo("groups.value eq \"" + group + "\"")));
        fake.journal().verify(1, scim(getRequestedFor(urlPathEqualTo("/scim/v2/Users")))
                .withQueryParam("filter", equalTo("(groups.value eq \"" + group + "\") and (userName eq \"x\")")));
    }

    private static RequestPatternBuilder scim(RequestPatternBuilder request) {
        return request.withHeader("Authorization", equalTo("Bearer " + ScimFake.TOKEN)).withHeader("Accept", equalTo(SCIM_JSON));
    }

    private static RequestPatternBuilder written(RequestPatternBuilder request) {
        return scim(request).withHeader("Content-Type", equalTo(SCIM_JSON));
    }
}
