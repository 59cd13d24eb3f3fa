package dev.roster.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.app.service.activity.ActivityEntry;
import dev.roster.app.service.activity.ActivityLog;
import dev.roster.connectors.fakes.GraphFake;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Every command against an Entra ID connection to {@link GraphFake}, signing in with client credentials. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(120)
class EntraCliTest {
    private GraphFake fake;
    @TempDir
    Path home;

    @BeforeAll
    void start() {
        fake = GraphFake.start(6, 3);
    }

    @AfterAll
    void stop() {
        assertThat(fake.objectDeletes()).isEmpty();
        fake.close();
    }

    private CliRunner connected() {
        CliRunner cli = new CliRunner(home);
        cli.env.put("ENTRA_SECRET", GraphFake.CLIENT_SECRET);
        CliRunner.Result added = cli.run("connections", "add", "tenant", "--type", "entra",
                "--set", "tenant_id=" + GraphFake.TENANT, "--set", "client_id=" + GraphFake.CLIENT_ID,
                "--set", "authority=" + fake.baseUrl(), "--set", "graph_url=" + fake.graphUrl(),
                "--set", "trusted_certificates=" + fake.caPem(), "--secret", "client_secret=env:ENTRA_SECRET");
        assertThat(added.code()).as(added.toString()).isZero();
        return cli;
    }

    @Test
    void everyCommandWorksAndNoSecretIsWrittenOrPrinted() throws IOException {
        CliRunner cli = connected();
        List<String> printed = new ArrayList<>();

        CliRunner.Result test = cli.run("connections", "test", "tenant");
        assertThat(test.code()).as(test.toString()).isZero();

        CliRunner.Result groups = cli.run("groups", "list", "-c", "tenant", "--limit", "4");
        assertThat(groups.code()).as(groups.toString()).isZero();
        assertThat(groups.json().get("result")).hasSize(4);
        assertThat(groups.json().get("next_cursor").isNull()).isFalse();
        CliRunner.Result all = cli.run("groups", "list", "-c", "tenant", "--limit", "3", "--all", "--ignore-remote-data");
        assertThat(all.json().get("result")).hasSize(7); // 6 seeded and the dynamic group
        CliRunner.Result searched = cli.run("groups", "list", "-c", "tenant", "--param", "$search=Dynamic");
        assertThat(searched.code()).as(searched.toString()).isZero();
        assertThat(searched.json().at("/result/0/name").asText()).isEqualTo(GraphFake.DYNAMIC_GROUP_NAME);

        CliRunner.Result team = cli.run("groups", "create", "-c", "tenant", "--name", "CLI Team", "--description", "made by the CLI",
                "--group-type", "team");
        assertThat(team.code()).as(team.toString()).isZero();
        assertThat(team.json().get("group_type").asText()).isEqualTo("team");
        assertThat(team.json().at("/remote_data/groupTypes/0").asText()).isEqualTo("Unified");
        String groupId = team.json().get("id").asText();
        assertThat(cli.run("groups", "get", "-c", "tenant", groupId).json().get("name").asText()).isEqualTo("CLI Team");

        Path body = home.resolve("user.json");
        Files.writeString(body, """
                {"username": "zoe@contoso.example", "name": "Zoë Ørsted", "first_name": "Zoë", "last_name": "Ørsted",
                 "emails": [{"email": "zoe@contoso.example", "is_primary": true}], "password": "Correct-Horse-9"}""", StandardCharsets.UTF_8);
        CliRunner.Result user = cli.run("users", "create", "-c", "tenant", "--json", body.toString());
        assertThat(user.code()).as(user.toString()).isZero();
        assertThat(user.out()).doesNotContain("Correct-Horse-9");
        String userId = user.json().get("id").asText();
        assertThat(user.json().get("name").asText()).isEqualTo("Zoë Ørsted");

        CliRunner.Result users = cli.run("users", "list", "-c", "tenant", "--all", "--ignore-remote-data");
        assertThat(users.json().get("result")).extracting(u -> u.get("id").asText()).contains(userId);

        CliRunner.Result added = cli.run("groups", "add-member", "-c", "tenant", "--group-id", groupId, "--user-id", userId);
        assertThat(added.code()).as(added.toString()).isZero();
        assertThat(fake.memberIds(groupId)).containsExactly(userId);
        CliRunner.Result again = cli.run("groups", "add-member", "-c", "tenant", "--group-id", groupId, "--user-id", userId);
        assertThat(again.code()).isEqualTo(ExitCodes.REMOTE);
        assertThat(again.error().get("statusCode").asInt()).isEqualTo(409);
        assertThat(again.error().get("request_id").asText()).matches("[0-9a-f-]{36}");

        CliRunner.Result members = cli.run("users", "list", "-c", "tenant", "--group-id", groupId, "--format", "debug");
        assertThat(members.code()).as(members.toString()).isZero();
        assertThat(members.json().get("result")).extracting(u -> u.get("id").asText()).containsExactly(userId);
        printed.add(members.out());

        CliRunner.Result dynamic = cli.run("groups", "add-member", "-c", "tenant", "--group-id", fake.dynamicGroupId(), "--user-id", userId);
        assertThat(dynamic.code()).as(dynamic.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(dynamic.error().get("message").asText()).contains("dynamic group");

        CliRunner.Result removed = cli.run("groups", "remove-member", "-c", "tenant", "--group-id", groupId, "--user-id", userId, "--yes");
        assertThat(removed.code()).as(removed.toString()).isZero();
        assertThat(fake.memberIds(groupId)).isEmpty();
        CliRunner.Result notMember = cli.run("groups", "remove-member", "-c", "tenant", "--group-id", groupId, "--user-id", userId, "--yes");
        assertThat(notMember.error().get("statusCode").asInt()).isEqualTo(404);

        Path export = home.resolve("groups.json");
        CliRunner.Result exported = cli.run("export", "groups", "-c", "tenant", "--to", export.toString(), "--members");
        assertThat(exported.code()).as(exported.toString()).isZero();
        assertThat(Files.readString(export)).contains("CLI Team");

        CliRunner.Result caps = cli.run("capabilities", "-c", "tenant");
        JsonNode listGroups = caps.json().at("/entra/operations/list_groups");
        assertThat(listGroups.get("parameters")).extracting(JsonNode::asText).containsExactly("$filter", "$orderby", "$search", "$select");
        printed.add(caps.out() + listGroups);

        CliRunner.Result debug = cli.run("groups", "list", "-c", "tenant", "--limit", "2", "--format", "debug");
        printed.add(debug.out());
        assertThat(debug.out()).contains("Bearer ****");

        List<ActivityEntry> log = new ActivityLog(home.resolve("activity.jsonl")).read();
        assertThat(log).filteredOn(e -> e.outcome().equals(ActivityEntry.FAILED) && "add_member".equals(e.operation()))
                .anySatisfy(e -> assertThat(e.requestId()).matches("[0-9a-f-]{36}"));

        assertThat(printed).allSatisfy(out -> assertThat(out).doesNotContain(GraphFake.CLIENT_SECRET).doesNotContain("Bearer eyJ"));
        try (Stream<Path> files = Files.walk(home)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(f, StandardCharsets.ISO_8859_1)).as(f.toString()).doesNotContain(GraphFake.CLIENT_SECRET);
            }
        }
    }

    @Test
    void aRefusedSecretSaysWhatToCheck() {
        CliRunner cli = connected();
        cli.env.put("ENTRA_SECRET", "not-the-secret");
        CliRunner.Result refused = cli.run("connections", "test", "tenant");
        assertThat(refused.code()).as(refused.toString()).isEqualTo(ExitCodes.REMOTE);
        assertThat(refused.error().get("statusCode").asInt()).isEqualTo(401);
        assertThat(refused.error().get("message").asText()).contains("AADSTS7000215").contains("client_secret");
    }
}
