package dev.roster.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.connectors.fakes.GoogleFake;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Google Workspace connection added with its key file's path, and every command against {@link GoogleFake}. */
class GoogleCliTest {
    @TempDir
    Path home;
    private GoogleFake fake;
    private Path keyFile;
    private CliRunner cli;

    @BeforeEach
    void start() throws Exception {
        fake = GoogleFake.start(5, 3);
        keyFile = fake.writeKeyFile(home.resolve("service-account.json"));
        cli = new CliRunner(home);
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    private CliRunner.Result add(String name, Path key) {
        return cli.run("connections", "add", name, "--type", "google", "--set", "service_account_key_file=" + key,
                "--set", "subject=" + GoogleFake.ADMIN, "--set", "base_url=" + fake.baseUrl());
    }

    @Test
    void everyCommandWorksAgainstTheFake() throws Exception {
        CliRunner.Result added = add("workspace", keyFile);
        assertThat(added.code()).as(added.toString()).isZero();
        assertThat(added.err()).doesNotContain("warning");
        String profiles = Files.readString(home.resolve("connections.json"));
        assertThat(profiles).contains(keyFile.toString()).doesNotContain("PRIVATE KEY");

        CliRunner.Result page = cli.run("groups", "list", "-c", "workspace", "--limit", "2");
        assertThat(page.code()).as(page.toString()).isZero();
        assertThat(page.json().get("result")).hasSize(2);
        assertThat(page.json().get("result").get(0).get("group_type").asText()).isEqualTo("group");
        String cursor = page.json().get("next_cursor").asText();
        CliRunner.Result next = cli.run("groups", "list", "-c", "workspace", "--limit", "2", "--cursor", cursor);
        assertThat(next.json().get("result").get(0).get("id").asText()).isNotEqualTo(page.json().get("result").get(0).get("id").asText());

        CliRunner.Result created = cli.run("groups", "create", "-c", "workspace", "--name", "Zoë's team", "--description", "Made by the CLI",
                "--remote-data", "{\"email\":\"zoes-team@example.com\"}");
        assertThat(created.code()).as(created.toString()).isZero();
        String groupId = created.json().get("id").asText();
        assertThat(created.json().at("/remote_data/email").asText()).isEqualTo("zoes-team@example.com");
        assertThat(cli.run("groups", "get", "-c", "workspace", groupId).json().get("name").asText()).isEqualTo("Zoë's team");

        Path body = home.resolve("user.json");
        Files.writeString(body, """
                {"username": "zoe.orsted@example.com", "first_name": "Zoë", "last_name": "Ørsted", "password": "Correct-Horse-9"}""",
                StandardCharsets.UTF_8);
        CliRunner.Result user = cli.run("users", "create", "-c", "workspace", "--json", body.toString());
        assertThat(user.code()).as(user.toString()).isZero();
        String userId = user.json().get("id").asText();
        assertThat(user.out()).doesNotContain("Correct-Horse-9");

        CliRunner.Result found = cli.run("users", "list", "-c", "workspace", "--param", "query=orsted", "--ignore-remote-data");
        assertThat(found.json().get("result")).extracting(u -> u.get("id").asText()).containsExactly(userId);

        CliRunner.Result member = cli.run("groups", "add-member", "-c", "workspace", "--group-id", groupId, "--user-id", userId);
        assertThat(member.code()).as(member.toString()).isZero();
        assertThat(member.json().get("id").asText()).isEqualTo(groupId);
        assertThat(memberIds(groupId)).containsExactly(userId);
        CliRunner.Result twice = cli.run("groups", "add-member", "-c", "workspace", "--group-id", groupId, "--user-id", userId);
        assertThat(twice.code()).isEqualTo(ExitCodes.REMOTE);
        assertThat(twice.error().get("statusCode").asInt()).isEqualTo(409);
        assertThat(twice.error().get("message").asText()).contains("Member already exists.");

        CliRunner.Result removed = cli.run("groups", "remove-member", "-c", "workspace", "--group-id", groupId, "--user-id", userId, "--yes");
        assertThat(removed.code()).as(removed.toString()).isZero();
        assertThat(memberIds(groupId)).isEmpty();

        Path export = home.resolve("groups.csv");
        CliRunner.Result exported = cli.run("export", "groups", "-c", "workspace", "--to", export.toString());
        assertThat(exported.code()).as(exported.toString()).isZero();
        assertThat(Files.readString(export)).contains("Zoë's team");

        JsonNode caps = cli.run("capabilities", "--type", "google").json().get("google");
        assertThat(caps.at("/operations/list_groups/parameters")).extracting(JsonNode::asText)
                .containsExactly("orderBy", "query", "sortOrder", "userKey");
        assertThat(caps.at("/operations/create_user/required_one_of/0")).extracting(JsonNode::asText).containsExactly("emails", "username");
        assertThat(fake.tokenRequests()).as("each command is a new process: one sign-in each, never more").isLessThanOrEqualTo(16);
    }

    @Test
    void aKeyFileOthersMayReadIsWarnedAboutWhenTheConnectionIsAdded() throws Exception {
        Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-r--r--"));

        CliRunner.Result added = add("shared-key", keyFile);

        assertThat(added.code()).as(added.toString()).isZero();
        assertThat(added.err()).contains("roster: warning: service_account_key_file", "chmod 600");
    }

    @Test
    void aFileThatIsNoKeyIsRefusedWhenTheConnectionIsAdded() throws Exception {
        Path notKey = Files.writeString(home.resolve("notes.json"), "{\"type\":\"authorized_user\"}");

        CliRunner.Result added = add("bad-key", notKey);

        assertThat(added.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(added.error().get("code").asText()).isEqualTo("GOOGLE_NOT_A_KEY_FILE");
    }

    @Test
    void aRefusedDelegationSaysWhatToCheck() {
        fake.delegate(java.util.Set.of());
        add("no-delegation", keyFile);

        CliRunner.Result listed = cli.run("groups", "list", "-c", "no-delegation");

        assertThat(listed.code()).isEqualTo(ExitCodes.REMOTE);
        assertThat(listed.error().get("message").asText()).contains("unauthorized_client", "domain-wide delegation", GoogleFake.CLIENT_ID);
    }

    private List<String> memberIds(String groupId) {
        CliRunner.Result members = cli.run("users", "list", "-c", "workspace", "--group-id", groupId, "--all", "--ignore-remote-data");
        assertThat(members.code()).as(members.toString()).isZero();
        List<String> ids = new ArrayList<>();
        members.json().get("result").forEach(u -> ids.add(u.get("id").asText()));
        return ids;
    }
}
