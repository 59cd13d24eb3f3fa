package dev.roster.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.connectors.fakes.OktaFake;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Every command against an Okta connection on {@link OktaFake}, the token read from the environment. */
@Timeout(120)
class OktaCliTest {
    private static final int SEEDED = 12;
    @TempDir
    Path home;
    private OktaFake fake;
    private CliRunner cli;

    @BeforeEach
    void connect() {
        fake = OktaFake.start(SEEDED, 7);
        cli = new CliRunner(home);
        cli.env.put("OKTA_TOKEN", OktaFake.TOKEN);
        CliRunner.Result added = cli.run("connections", "add", "okta", "--type", "okta", "--set", "base_url=" + fake.baseUrl(),
                "--secret", "token=env:OKTA_TOKEN");
        assertThat(added.code()).as(added.toString()).isZero();
        assertThat(added.out()).doesNotContain(OktaFake.TOKEN);
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    private CliRunner.Result ok(String... args) {
        CliRunner.Result r = cli.run(args);
        assertThat(r.code()).as(r.toString()).isZero();
        return r;
    }

    private static List<String> ids(JsonNode result) {
        List<String> ids = new ArrayList<>();
        result.forEach(n -> ids.add(n.get("id").asText()));
        return ids;
    }

    @Test
    void groupsListAllAndByCursorSeeTheSameGroups() {
        List<String> all = ids(ok("groups", "list", "-c", "okta", "--all", "--limit", "5", "--ignore-remote-data").json().get("result"));
        assertThat(all).hasSize(SEEDED + 2).doesNotHaveDuplicates();

        List<String> paged = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = cursor == null ? ok("groups", "list", "-c", "okta", "--limit", "5").json()
                    : ok("groups", "list", "-c", "okta", "--limit", "5", "--cursor", cursor).json();
            paged.addAll(ids(page.get("result")));
            cursor = page.get("next_cursor").isNull() ? null : page.get("next_cursor").asText();
            pages++;
        } while (cursor != null && pages < 10);
        assertThat(pages).isEqualTo(3);
        assertThat(paged).containsExactlyElementsOf(all);

        JsonNode first = ok("groups", "list", "-c", "okta", "--limit", "1").json().get("result").get(0);
        assertThat(first.get("name").asText()).isEqualTo("Everyone");
        assertThat(first.get("group_type").asText()).isEqualTo("group");
        assertThat(first.at("/remote_data/type").asText()).isEqualTo("BUILT_IN");
        JsonNode searched = ok("groups", "list", "-c", "okta", "--param", "q=Team 1", "--limit", "50").json();
        assertThat(searched.get("result")).extracting(g -> g.get("name").asText()).containsExactly("Team 10", "Team 11", "Team 12");
        assertThat(searched.get("next_cursor").isNull()).isTrue();
    }

    @Test
    void createGetAddRemoveAndListMembers() throws Exception {
        JsonNode group = ok("groups", "create", "-c", "okta", "--name", "Zoë's Office", "--description", "from the CLI").json();
        String groupId = group.get("id").asText();
        assertThat(ok("groups", "get", "-c", "okta", groupId).json().get("description").asText()).isEqualTo("from the CLI");

        Path body = home.resolve("user.json");
        Files.writeString(body, """
                {"username": "zoe.orsted@example.com", "first_name": "Zoë", "last_name": "Ørsted",
                 "emails": [{"email": "zoe.orsted@example.com", "is_primary": true}], "password": "Correct-Horse-9",
                 "phones": [{"number": "+45 1234 5678", "type": "mobile"}]}""", StandardCharsets.UTF_8);
        JsonNode user = ok("users", "create", "-c", "okta", "--json", body.toString()).json();
        String userId = user.get("id").asText();
        assertThat(user.get("status").asText()).isEqualTo("active");
        assertThat(user.at("/remote_data/profile/mobilePhone").asText()).isEqualTo("+45 1234 5678");
        assertThat(ids(ok("users", "list", "-c", "okta", "--all", "--ignore-remote-data").json().get("result"))).contains(userId);

        assertThat(ok("groups", "add-member", "-c", "okta", "--group-id", groupId, "--user-id", userId).json().get("id").asText())
                .isEqualTo(groupId);
        assertThat(ids(ok("users", "list", "-c", "okta", "--group-id", groupId, "--all").json().get("result"))).containsExactly(userId);
        CliRunner.Result twice = cli.run("groups", "add-member", "-c", "okta", "--group-id", groupId, "--user-id", userId);
        assertThat(twice.code()).isEqualTo(ExitCodes.REMOTE);
        assertThat(twice.error().get("statusCode").asInt()).isEqualTo(409);

        ok("groups", "remove-member", "-c", "okta", "--group-id", groupId, "--user-id", userId, "--yes");
        assertThat(fake.isMember(groupId, userId)).isFalse();
        assertThat(ok("users", "list", "-c", "okta", "--group-id", groupId).json().get("result")).isEmpty();

        CliRunner.Result appGroup = cli.run("groups", "add-member", "-c", "okta", "--group-id", fake.groupIdNamed("Engineering users"),
                "--user-id", userId);
        assertThat(appGroup.code()).as(appGroup.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(appGroup.error().get("message").asText()).contains("APP_GROUP");
    }

    @Test
    void exportWritesEveryGroupAndCapabilitiesTellWhatOktaNeeds() throws Exception {
        Path csv = home.resolve("groups.csv");
        ok("export", "groups", "-c", "okta", "--to", csv.toString());
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(SEEDED + 2 + 1);
        assertThat(String.join("\n", lines)).contains("Everyone").contains("Team 12");

        JsonNode create = ok("capabilities", "--type", "okta").json().get("okta").get("operations").get("create_user");
        List<String> required = new ArrayList<>();
        create.get("required_fields").forEach(f -> required.add(f.asText()));
        assertThat(required).containsExactlyInAnyOrder("username", "first_name", "last_name", "emails");
        JsonNode byConnection = ok("capabilities", "-c", "okta").json();
        assertThat(byConnection.toString()).contains("list_groups");
    }

    @Test
    void aWrongTokenIsAnAuthenticationFailure() {
        cli.env.put("OKTA_TOKEN", "00not-the-token");
        CliRunner.Result r = cli.run("groups", "list", "-c", "okta");
        assertThat(r.code()).isEqualTo(ExitCodes.REMOTE);
        assertThat(r.error().get("statusCode").asInt()).isEqualTo(401);
        assertThat(r.err()).contains("Invalid token provided").doesNotContain("00not-the-token");
    }
}
