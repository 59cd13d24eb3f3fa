package dev.roster.connectors.okta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.model.Email;
import dev.roster.connectors.model.Group;
import dev.roster.connectors.model.GroupType;
import dev.roster.connectors.model.Json;
import dev.roster.connectors.model.Phone;
import dev.roster.connectors.model.User;
import dev.roster.connectors.model.UserInput;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Okta's objects (the spec's own examples, in fixtures/okta) to unified ones, and unified input to Okta's bodies. */
class OktaMappingTest {

    private static JsonNode fixture(String name) throws IOException {
        try (InputStream in = OktaMappingTest.class.getResourceAsStream("/fixtures/okta/" + name)) {
            return Json.mapper().readTree(in);
        }
    }

    @Test
    void anAppGroupIsAPlainGroupWithOktasObjectKeptAsRemoteData() throws IOException {
        JsonNode okta = fixture("groups-page-2.json").get(0);

        Group g = OktaGroups.toGroup(okta);

        assertThat(g.id()).isEqualTo("00garwpuyxHaWOkdV0g4");
        assertThat(g.name()).isEqualTo("Engineering users");
        assertThat(g.description()).isEqualTo("All users in the engineering department");
        assertThat(g.groupType()).isEqualTo(GroupType.GROUP);
        assertThat(g.createdAt()).isEqualTo(Instant.parse("2015-08-15T19:15:17Z"));
        assertThat(g.updatedAt()).isEqualTo(Instant.parse("2015-11-18T04:02:19Z"));
        assertThat(g.remoteData()).isSameAs(okta);
    }

    @Test
    void aUserFromTheSpecsListExample() throws IOException {
        JsonNode okta = fixture("users-page.json").get(0);

        User u = OktaUsers.toUser(okta);

        assertThat(u.id()).isEqualTo("00u118oQYT4TBTemp0g4");
        assertThat(u.username()).isEqualTo("alice.smith@example.com");
        assertThat(u.firstName()).isEqualTo("Alice");
        assertThat(u.lastName()).isEqualTo("Smith");
        assertThat(u.name()).isEqualTo("Alice Smith");
        assertThat(u.emails()).containsExactly(new Email("alice.smith@example.com", true, null));
        assertThat(u.phones()).isEmpty();
        assertThat(u.status()).isEqualTo("active");
        assertThat(u.activatedAt()).isNull();
        assertThat(u.lastLoginAt()).isEqualTo(Instant.parse("2022-05-04T19:50:52Z"));
        assertThat(u.updatedAt()).isEqualTo(Instant.parse("2022-05-05T18:15:44Z"));
        assertThat(u.remoteData()).isSameAs(okta);
    }

    @Test
    void oktasLifecycleStatesInUnifiedTerms() {
        // Okta's user statuses (User object, "status" enum in the Management API spec)
        assertThat(List.of("ACTIVE", "RECOVERY", "PASSWORD_EXPIRED", "LOCKED_OUT", "PROVISIONED", "STAGED", "SUSPENDED", "DEPROVISIONED")
                .stream().map(OktaUsers::status))
                .containsExactly("active", "active", "active", "active", "invited", "inactive", "inactive", "deleted");
    }

    @Test
    void aCreateUserBodyHasTheDefaultProfilesRequiredFieldsAndTheRest() {
        UserInput input = new UserInput("Zoë Ørsted", "Zoë", "Ørsted", "zoe@example.com",
                List.of(new Email("zoe@example.com", true, null), new Email("zoe.home@example.org", false, null)), "S3cret-pass",
                List.of(new Phone("+45 1234", "mobile", null), new Phone("+45 9876", "phone", null)), "Engineer", null,
                List.of(new dev.roster.connectors.model.GroupRef("00g1", null, null)), List.of(), List.of(), "Europe/Copenhagen",
                "employee", List.of("da"), null);

        JsonNode body = OktaUsers.createBody(input);

        assertThat(body.toString()).isEqualTo("{\"profile\":{\"firstName\":\"Zoë\",\"lastName\":\"Ørsted\",\"email\":\"zoe@example.com\","
                + "\"login\":\"zoe@example.com\",\"displayName\":\"Zoë Ørsted\",\"title\":\"Engineer\",\"userType\":\"employee\","
                + "\"timezone\":\"Europe/Copenhagen\",\"secondEmail\":\"zoe.home@example.org\",\"mobilePhone\":\"+45 1234\","
                + "\"primaryPhone\":\"+45 9876\",\"preferredLanguage\":\"da\"},\"credentials\":{\"password\":{\"value\":\"S3cret-pass\"}},"
                + "\"groupIds\":[\"00g1\"]}");
    }

    @Test
    void whatOktasProfileCannotHoldIsRefused() {
        UserInput twoMobiles = new UserInput(null, "A", "B", "a@example.com", List.of(new Email("a@example.com", true, null)), null,
                List.of(new Phone("1", "mobile", null), new Phone("2", "mobile", null)), null, null, null, null, null, null, null, null, null);

        assertThatThrownBy(() -> OktaUsers.createBody(twoMobiles)).isInstanceOfSatisfying(DirectoryException.class,
                e -> assertThat(e.code()).contains(ErrorCode.OKTA_PHONE_TWICE));
    }
}
