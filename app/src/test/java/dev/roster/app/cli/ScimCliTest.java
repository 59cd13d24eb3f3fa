package dev.roster.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.connectors.fakes.ScimFake;
import dev.roster.connectors.model.Json;
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

/** Every command against a SCIM connection on {@link ScimFake}, the token from the environment. */
@Timeout(120)
class ScimCliTest {
    private static final String VAR = "ROSTER_TEST_SCIM_TOKEN";
    @TempDir
    Path home;
    private ScimFake fake;
    private CliRunner cli;

    @BeforeEach
    void connect() {
        fake = ScimFake.start(9, 12).capCount(4);
        cli = new CliRunner(home);
        cli.env.put(VAR, ScimFake.TOKEN);
        CliRunner.Result added = cli.run("connections", "add", "x", "--type", "scim", "--set", "base_url=" + fake.baseUrl(),
                "--secret", "token=env:" + VAR);
        assertThat(added.code()).as(added.toString()).isZero();
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void theConnectionKeepsTheSecretSourceNeverTheToken() throws Exception {
        CliRunner.Result listed = cli.run("connections", "list");
        assertThat(listed.code()).as(listed.toString()).isZero();
        assertThat(listed.out()).contains("env:" + VAR).doesNotContain(ScimFake.TOKEN);
        try (var files = Files.walk(home)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(file, StandardCharsets.UTF_8)).as(file.toString()).doesNotContain(ScimFake.TOKEN);
            }
        }
        CliRunner.Result tested = cli.run("connections", "test", "x");
        assertThat(tested.code()).as(tested.toString()).isZero();
    }

    @Test
    void listsGroupsAllAndByCursorAcrossPagesTheServerCapped() {
        CliRunner.Result all = cli.run("groups", "list", "-c", "x", "--all", "--limit", "10", "--ignore-remote-data");
        assertThat(all.code()).as(all.toString()).isZero();
        List<String> walked = ids(all.json().get("result"));
        assertThat(walked).containsExactlyElementsOf(fake.groupIds());

        List<String> paged = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            CliRunner.Result page = cursor == null ? cli.run("groups", "list", "-c", "x", "--limit", "10")
                    : cli.run("groups", "list", "-c", "x", "--limit", "10", "--cursor", cursor);
            assertThat(page.code()).as(page.toString()).isZero();
            paged.addAll(ids(page.json().get("result")));
            cursor = page.json().get("next_cursor").isNull() ? null : page.json().get("next_cursor").asText();
            pages++;
        } while (cursor != null && pages < 10);
        assertThat(pages).as("the server gives 4 a page").isEqualTo(3);
        assertThat(paged).containsExactlyElementsOf(walked);

        JsonNode got = cli.run("groups", "get", "-c", "x", walked.getFirst()).json();
        assertThat(got.get("name").asText()).isEqualTo("Engineering");
        assertThat(got.get("group_type").asText()).isEqualTo("group");
        assertThat(got.get("remote_data").get("schemas").get(0).asText()).isEqualTo("urn:ietf:params:scim:schemas:core:2.0:Group");
    }

    @Test
    void createsAddsRemovesAndExports() throws Exception {
        CliRunner.Result group = cli.run("groups", "create", "-c", "x", "--name", "Zoë's crew");
        assertThat(group.code()).as(group.toString()).isZero();
        String groupId = group.json().get("id").asText();

        Path body = home.resolve("user.json");
        Files.writeString(body, """
                {"username": "zorsted@example.com", "first_name": "Zoë", "last_name": "Ørsted", "name": "Zoë Ørsted",
                 "emails": [{"email": "zoe@example.com", "is_primary": true, "type": "work"}], "password": "Correct-Horse-9",
                 "status": "active", "title": "Site lead"}""", StandardCharsets.UTF_8);
        CliRunner.Result user = cli.run("users", "create", "-c", "x", "--json", body.toString());
        assertThat(user.code()).as(user.toString()).isZero();
        assertThat(user.out()).doesNotContain("Correct-Horse-9");
        String userId = user.json().get("id").asText();
        assertThat(user.json().get("status").asText()).isEqualTo("active");

        CliRunner.Result users = cli.run("users", "list", "-c", "x", "--all", "--ignore-remote-data");
        assertThat(users.code()).as(users.toString()).isZero();
        assertThat(ids(users.json().get("result"))).contains(userId).hasSize(13);

        CliRunner.Result added = cli.run("groups", "add-member", "-c", "x", "--group-id", groupId, "--user-id", userId);
        assertThat(added.code()).as(added.toString()).isZero();
        assertThat(added.json().get("id").asText()).isEqualTo(groupId);
        assertThat(members(groupId)).containsExactly(userId);

        CliRunner.Result again = cli.run("groups", "add-member", "-c", "x", "--group-id", groupId, "--user-id", userId);
        assertThat(again.code()).as(again.toString()).isEqualTo(ExitCodes.REMOTE);
        assertThat(again.error().get("message").asText()).contains("already a member");

        CliRunner.Result removed = cli.run("groups", "remove-member", "-c", "x", "--group-id", groupId, "--user-id", userId, "--yes");
        assertThat(removed.code()).as(removed.toString()).isZero();
        assertThat(members(groupId)).isEmpty();
        assertThat(fake.isMember(groupId, userId)).isFalse();

        Path file = home.resolve("groups.json");
        CliRunner.Result export = cli.run("export", "groups", "-c", "x", "--to", file.toString());
        assertThat(export.code()).as(export.toString()).isZero();
        assertThat(export.json().get("groups").asLong()).isEqualTo(10);
        assertThat(Json.mapper().readTree(file.toFile()).toString()).contains("Zoë's crew");
    }

    @Test
    void capabilitiesShowTheScimRows() {
        CliRunner.Result caps = cli.run("capabilities", "--type", "scim");
        assertThat(caps.code()).as(caps.toString()).isZero();
        JsonNode operations = caps.json().get("scim").get("operations");
        assertThat(operations.get("list_groups").toString()).contains("filter").contains("excludedAttributes");
        assertThat(operations.get("create_user").get("required_fields").toString()).contains("username");
        assertThat(operations.get("create_group").toString()).doesNotContain("description");
    }

    private List<String> members(String groupId) {
        CliRunner.Result members = cli.run("users", "list", "-c", "x", "--group-id", groupId, "--all");
        assertThat(members.code()).as(members.toString()).isZero();
        return ids(members.json().get("result"));
    }

    private static List<String> ids(JsonNode result) {
        List<String> ids = new ArrayList<>();
        result.forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }
}
