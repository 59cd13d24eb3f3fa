package dev.roster.connectors.google;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.connectors.model.Email;
import dev.roster.connectors.model.Group;
import dev.roster.connectors.model.GroupType;
import dev.roster.connectors.model.Json;
import dev.roster.connectors.model.Phone;
import dev.roster.connectors.model.User;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Google's resources (fixtures in the documented shape, see fixtures/google/README.md) as unified records. */
class GoogleMappingTest {

    @Test
    void aGroupIsAlwaysOfTypeGroupAndKeepsItsBody() throws IOException {
        JsonNode first = fixture("groups-page-1.json").get("groups").get(0);

        Group group = GoogleMapping.group(first);

        assertThat(group.id()).isEqualTo("03cqmetx3lbj0f1");
        assertThat(group.name()).isEqualTo("Sales");
        assertThat(group.description()).isEqualTo("Everyone who sells");
        assertThat(group.groupType()).isEqualTo(GroupType.GROUP);
        assertThat(group.remoteData().get("email").asText()).isEqualTo("sales@example.com");
    }

    @Test
    void aUserMapsNamesEmailsPhonesTitleAndASuspensionAsInactive() throws IOException {
        User user = GoogleMapping.user(fixture("user.json"));

        assertThat(user.id()).isEqualTo("118224412392748302001");
        assertThat(user.username()).isEqualTo("liz@example.com");
        assertThat(user.name()).isEqualTo("Elizabeth Smith");
        assertThat(user.firstName()).isEqualTo("Elizabeth");
        assertThat(user.lastName()).isEqualTo("Smith");
        assertThat(user.emails()).containsExactly(new Email("liz@example.com", true, null), new Email("liz@example.org", false, "work"));
        assertThat(user.phones()).containsExactly(new Phone("+1 212-555-0100", "phone", null), new Phone("+1 212-555-0199", "mobile", null));
        assertThat(user.title()).isEqualTo("Sales lead");
        assertThat(user.status()).isEqualTo(User.STATUS_INACTIVE);
        assertThat(user.is2faEnabled()).isTrue();
        assertThat(user.avatar()).isEqualTo("https://lh3.googleusercontent.com/a/photo-liz");
        assertThat(user.createdAt()).isEqualTo(Instant.parse("2024-03-05T10:12:44Z"));
        assertThat(user.lastLoginAt()).as("1970 is Google's never").isNull();
    }

    @Test
    void aMemberIsWhatMembersListSaysOfItAndNoMore() throws IOException {
        User member = GoogleMapping.member(fixture("member.json"));

        assertThat(member.id()).isEqualTo("118224412392748302001");
        assertThat(member.username()).isEqualTo("liz@example.com");
        assertThat(member.emails()).containsExactly(new Email("liz@example.com", true, null));
        assertThat(member.roles()).singleElement().satisfies(r -> assertThat(r.name()).isEqualTo("owner"));
        assertThat(member.userType()).isEqualTo("user");
        assertThat(member.status()).isEqualTo(User.STATUS_INACTIVE);
        assertThat(member.name()).isNull();
    }

    private static JsonNode fixture(String name) throws IOException {
        try (InputStream in = GoogleMappingTest.class.getResourceAsStream("/fixtures/google/" + name)) {
            return Json.mapper().readTree(in);
        }
    }
}
