package dev.roster.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.app.service.activity.ActivityEntry;
import dev.roster.app.service.activity.ActivityLog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Create, add and remove through the CLI against the Sandbox; each visible in a following list and in the activity log. */
class WritesCliTest {
    @TempDir
    Path home;

    private static List<String> memberIds(CliRunner cli, String groupId) {
        CliRunner.Result members = cli.run("users", "list", "-c", "sandbox", "--group-id", groupId, "--all", "--ignore-remote-data");
        assertThat(members.code()).as(members.toString()).isZero();
        List<String> ids = new ArrayList<>();
        members.json().get("result").forEach(u -> ids.add(u.get("id").asText()));
        return ids;
    }

    @Test
    void createAddRemoveAreVisibleAndLogged() throws Exception {
        CliRunner cli = new CliRunner(home);
        CliRunner.Result group = cli.run("groups", "create", "-c", "sandbox", "--name", "東京オフィス Zoë", "--description",
                "Tokyo office, all staff", "--group-type", "team");
        assertThat(group.code()).as(group.toString()).isZero();
        String groupId = group.json().get("id").asText();
        assertThat(group.json().get("name").asText()).isEqualTo("東京オフィス Zoë");
        assertThat(cli.run("groups", "get", "-c", "sandbox", groupId).json().get("description").asText()).isEqualTo("Tokyo office, all staff");

        Path body = home.resolve("user.json");
        Files.writeString(body, """
                {"username": "zorsted", "first_name": "Zoë", "last_name": "Ørsted", "name": "Zoë Ørsted",
                 "emails": [{"email": "zoe.orsted@example.com", "is_primary": true}], "password": "Correct-Horse-9",
                 "title": "Site lead"}""", StandardCharsets.UTF_8);
        CliRunner.Result user = cli.run("users", "create", "-c", "sandbox", "--json", body.toString());
        assertThat(user.code()).as(user.toString()).isZero();
        String userId = user.json().get("id").asText();
        assertThat(user.json().get("last_name").asText()).isEqualTo("Ørsted");
        assertThat(user.out()).doesNotContain("Correct-Horse-9");

        CliRunner.Result added = cli.run("groups", "add-member", "-c", "sandbox", "--group-id", groupId, "--user-id", userId);
        assertThat(added.code()).as(added.toString()).isZero();
        assertThat(added.json().get("id").asText()).isEqualTo(groupId);
        assertThat(memberIds(cli, groupId)).contains(userId);

        CliRunner.Result again = cli.run("groups", "add-member", "-c", "sandbox", "--group-id", groupId, "--user-id", userId);
        assertThat(again.code()).as(again.toString()).isEqualTo(ExitCodes.REMOTE);
        assertThat(again.error().get("statusCode").asInt()).isEqualTo(409);
        assertThat(again.error().get("is_remote_error").asBoolean()).isTrue();

        CliRunner.Result unconfirmed = cli.run("groups", "remove-member", "-c", "sandbox", "--group-id", groupId, "--user-id", userId);
        assertThat(unconfirmed.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(unconfirmed.error().get("message").asText()).contains("--yes");

        cli.interactive = true;
        cli.confirmAnswers.add(false);
        CliRunner.Result declined = cli.run("groups", "remove-member", "-c", "sandbox", "--group-id", groupId, "--user-id", userId);
        assertThat(declined.code()).isEqualTo(ExitCodes.INTERRUPTED);
        assertThat(cli.questions).singleElement().asString().contains(userId).contains("東京オフィス Zoë");
        assertThat(memberIds(cli, groupId)).contains(userId);
        cli.interactive = false;

        CliRunner.Result removed = cli.run("groups", "remove-member", "-c", "sandbox", "--group-id", groupId, "--user-id", userId, "--yes");
        assertThat(removed.code()).as(removed.toString()).isZero();
        assertThat(memberIds(cli, groupId)).doesNotContain(userId);
        CliRunner.Result notMember = cli.run("groups", "remove-member", "-c", "sandbox", "--group-id", groupId, "--user-id", userId, "--yes");
        assertThat(notMember.code()).isEqualTo(ExitCodes.REMOTE);
        assertThat(notMember.error().get("statusCode").asInt()).isEqualTo(404);

        List<ActivityEntry> log = new ActivityLog(home.resolve("activity.jsonl")).read();
        assertThat(log).extracting(e -> e.operation() + ":" + e.outcome()).containsExactly(
                "create_group:ok", "create_user:ok", "add_member:ok", "add_member:failed", "remove_member:ok", "remove_member:failed");
        assertThat(log.get(0).target()).containsEntry("name", "東京オフィス Zoë").containsEntry("group_id", groupId);
        assertThat(log.get(1).target()).containsEntry("username", "zorsted").containsEntry("user_id", userId);
        assertThat(log.get(2).target()).containsEntry("group_id", groupId).containsEntry("user_id", userId);
        assertThat(log.get(3).errorKind()).isEqualTo("conflict");
        // Refusals name the exchange that carried the directory's answer, as successes do.
        assertThat(log).allSatisfy(e -> assertThat(e.exchange()).as(e.operation() + ":" + e.outcome()).isNotNull());
        assertThat(Files.readString(home.resolve("activity.jsonl"))).doesNotContain("Correct-Horse-9");
    }

    @Test
    void badBodiesAreRefusedWithTheFieldNamedAndNothingSentOrLogged() throws Exception {
        CliRunner cli = new CliRunner(home);
        cli.stdin = "{\"username\": \"x\", \"favourite_colour\": \"blue\"}";
        CliRunner.Result unknown = cli.run("users", "create", "-c", "sandbox", "--json", "-");
        assertThat(unknown.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.error().get("message").asText()).contains("favourite_colour");

        CliRunner.Result noName = cli.run("groups", "create", "-c", "sandbox", "--name", " ");
        assertThat(noName.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(noName.error().get("message").asText()).contains("requires name");

        CliRunner.Result badType = cli.run("groups", "create", "-c", "sandbox", "--name", "x", "--group-type", "squad");
        assertThat(badType.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(badType.error().get("message").asText()).contains("team, department, group");

        CliRunner.Result badRemote = cli.run("groups", "create", "-c", "sandbox", "--name", "x", "--remote-data", "[1,2]");
        assertThat(badRemote.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(badRemote.error().get("message").asText()).contains("JSON object");

        assertThat(new ActivityLog(home.resolve("activity.jsonl")).read()).isEmpty();
    }

    @Test
    void aWriteIsRefusedBeforeSendingWhenTheActivityLogCannotBeWritten() throws Exception {
        CliRunner cli = new CliRunner(home);
        Files.createDirectories(home.resolve("activity.jsonl"));
        CliRunner.Result refused = cli.run("groups", "create", "-c", "sandbox", "--name", "Unlogged");
        assertThat(refused.code()).as(refused.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(refused.error().get("message").asText()).contains("activity log").contains("nothing was sent");
        CliRunner.Result missing = cli.run("groups", "get", "-c", "sandbox", "cn=Unlogged,ou=Groups,dc=example,dc=com");
        assertThat(missing.code()).isEqualTo(ExitCodes.REMOTE);
    }

    @Test
    void remoteDataIsMergedIntoTheProviderBody() {
        CliRunner cli = new CliRunner(home);
        CliRunner.Result group = cli.run("groups", "create", "-c", "sandbox", "--name", "Mail Admins",
                "--remote-data", "{\"businessCategory\": \"team\", \"o\": \"Example Corp\"}", "--format", "debug");
        assertThat(group.code()).as(group.toString()).isZero();
        JsonNode body = group.json().at("/debug/requestOptions/body");
        assertThat(body.toString()).contains("Example Corp");
    }
}
