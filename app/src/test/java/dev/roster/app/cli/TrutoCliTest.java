package dev.roster.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.connectors.fakes.TrutoFake;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command against {@link TrutoFake} through a saved {@code --type truto} connection, as a script would run them. */
class TrutoCliTest {
    @TempDir
    Path home;
    private TrutoFake fake;
    private CliRunner cli;

    @BeforeEach
    void start() {
        fake = TrutoFake.start(5, 3);
        cli = new CliRunner(home);
        cli.env.put("TRUTO_TOKEN", TrutoFake.TOKEN);
        CliRunner.Result added = cli.run("connections", "add", "truto", "--type", "truto", "--set", "base_url=" + fake.baseUrl(),
                "--set", "integrated_account_id=" + TrutoFake.ACCOUNT, "--secret", "token=env:TRUTO_TOKEN");
        assertThat(added.code()).as(added.toString()).isZero();
        assertThat(added.json().at("/secrets/token").asText()).isEqualTo("env:TRUTO_TOKEN");
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void listsGetsAndPagesGroups() {
        CliRunner.Result first = ok(cli.run("groups", "list", "-c", "truto", "--limit", "2"));
        assertThat(first.json().get("result")).hasSize(2);
        String cursor = first.json().get("next_cursor").asText();

        CliRunner.Result second = ok(cli.run("groups", "list", "-c", "truto", "--limit", "2", "--cursor", cursor));
        assertThat(second.json().get("result").get(0).get("id")).isNotEqualTo(first.json().get("result").get(0).get("id"));

        CliRunner.Result all = ok(cli.run("groups", "list", "-c", "truto", "--all", "--limit", "2"));
        assertThat(all.json().get("result")).hasSize(5);

        String id = first.json().get("result").get(0).get("id").asText();
        CliRunner.Result got = ok(cli.run("groups", "get", "-c", "truto", id));
        assertThat(got.json().get("name").asText()).isEqualTo(first.json().get("result").get(0).get("name").asText());
        assertThat(got.json().at("/remote_data/profile/name").asText()).isEqualTo(got.json().get("name").asText());
    }

    @Test
    void rawNormalizedAndDebugShowTrutosAnswer() {
        JsonNode raw = ok(cli.run("groups", "list", "-c", "truto", "--limit", "2", "--format", "raw")).json();
        // truto_response_format=raw: the Okta group objects, in Truto's list envelope with Truto's own cursor
        assertThat(raw.get("result").get(0).at("/profile/name").asText()).startsWith("Seeded group");
        assertThat(raw.get("result_count").asInt()).isEqualTo(2);

        JsonNode normalized = ok(cli.run("groups", "list", "-c", "truto", "--limit", "2", "--format", "normalized")).json();
        assertThat(normalized.get("result")).hasSize(2).allSatisfy(g -> assertThat(g.has("remote_data")).isFalse());

        JsonNode debug = ok(cli.run("users", "list", "-c", "truto", "--limit", "1", "--format", "debug")).json();
        assertThat(debug.at("/debug/data/result/0/id").asText()).isEqualTo(debug.at("/result/0/id").asText());
        assertThat(debug.at("/debug/requestUrl").asText()).contains("integrated_account_id=" + TrutoFake.ACCOUNT);
        assertThat(debug.at("/debug/responseHeaders/ratelimit-limit").asText()).isEqualTo("50");
        assertThat(debug.at("/debug/rateLimit/limit").asInt()).isEqualTo(50);
        assertThat(debug.toString()).doesNotContain(TrutoFake.TOKEN);

        JsonNode keyed = ok(cli.run("groups", "list", "-c", "truto", "--key-by", "id", "--exclude-field", "description")).json();
        assertThat(keyed.get("result").isObject()).isTrue();
        assertThat(keyed.get("result")).hasSize(5);
        keyed.get("result").properties().forEach(e -> {
            assertThat(e.getValue().get("id").asText()).isEqualTo(e.getKey());
            assertThat(e.getValue().has("description")).isFalse();
        });
    }

    @Test
    void createsAddsAndRemoves() throws Exception {
        JsonNode group = ok(cli.run("groups", "create", "-c", "truto", "--name", "東京オフィス Zoë", "--group-type", "team")).json();
        String groupId = group.get("id").asText();
        assertThat(group.get("group_type").asText()).isEqualTo("team");

        Path body = home.resolve("user.json");
        Files.writeString(body, """
                {"username": "zorsted@example.com", "first_name": "Zoë", "last_name": "Ørsted",
                 "emails": [{"email": "zorsted@example.com", "is_primary": true, "type": "work"}], "password": "Correct-Horse-9"}""",
                StandardCharsets.UTF_8);
        CliRunner.Result user = ok(cli.run("users", "create", "-c", "truto", "--json", body.toString()));
        String userId = user.json().get("id").asText();
        assertThat(user.out()).doesNotContain("Correct-Horse-9");

        ok(cli.run("groups", "add-member", "-c", "truto", "--group-id", groupId, "--user-id", userId));
        JsonNode members = ok(cli.run("users", "list", "-c", "truto", "--group-id", groupId)).json();
        assertThat(members.get("result")).singleElement().satisfies(u -> assertThat(u.get("id").asText()).isEqualTo(userId));

        CliRunner.Result again = cli.run("groups", "add-member", "-c", "truto", "--group-id", groupId, "--user-id", userId);
        assertThat(again.code()).as(again.toString()).isEqualTo(ExitCodes.REMOTE);
        assertThat(again.error().get("statusCode").asInt()).isEqualTo(409);

        ok(cli.run("groups", "remove-member", "-c", "truto", "--group-id", groupId, "--user-id", userId, "--yes"));
        assertThat(ok(cli.run("users", "list", "-c", "truto", "--group-id", groupId)).json().get("result")).isEmpty();
    }

    @Test
    void theErrorJsonShowsTheIntegrationsOwnRefusal() throws Exception {
        fake.inject(TrutoFake.Fault.REMOTE_ERROR, 1);

        CliRunner.Result refused = cli.run("groups", "list", "-c", "truto");

        assertThat(refused.code()).as(refused.toString()).isEqualTo(ExitCodes.REMOTE);
        JsonNode error = refused.error();
        assertThat(error.get("statusCode").asInt()).isEqualTo(403);
        assertThat(error.get("is_remote_error").asBoolean()).isTrue();
        assertThat(error.get("message").asText()).contains("the integration behind Truto answered").contains("E0000006");
        JsonNode truto = dev.roster.connectors.model.Json.mapper().readTree(error.get("raw_response").asText());
        assertThat(truto.get("truto_is_remote_error").asBoolean()).isTrue();
        assertThat(truto.at("/raw_response/errorCode").asText()).isEqualTo("E0000006");
    }

    @Test
    void aSandboxAccountSaysSoOnAWrite() {
        fake.inject(TrutoFake.Fault.SANDBOX_WRITE, 1);

        CliRunner.Result refused = cli.run("groups", "create", "-c", "truto", "--name", "Nope");

        assertThat(refused.code()).isEqualTo(ExitCodes.REMOTE);
        assertThat(refused.error().get("message").asText()).contains("sandbox");
    }

    @Test
    void capabilitiesDeclareEveryOperation() {
        JsonNode truto = ok(cli.run("capabilities", "--type", "truto")).json().get("truto");

        assertThat(truto.get("operations").properties()).extracting(java.util.Map.Entry::getKey)
                .contains("list_groups", "get_group", "create_group", "create_user", "list_users", "add_member", "remove_member");
    }

    private static CliRunner.Result ok(CliRunner.Result result) {
        assertThat(result.code()).as(result.toString()).isZero();
        return result;
    }
}
