package dev.roster.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code roster groups list --user-id U} against the Sandbox: a user made here, put in three groups made
 * here; one page, --all, --cursor across processes and every format; and the refusals.
 */
class GroupsOfUserCliTest {
    @TempDir
    static Path home;
    static CliRunner cli;
    static String userId;
    static List<String> groupIds = new ArrayList<>();

    @BeforeAll
    static void aUserInThreeGroups() {
        cli = new CliRunner(home);
        cli.stdin = "{\"username\":\"gou.tester\",\"last_name\":\"Tester\",\"name\":\"Gou Tester\"}";
        CliRunner.Result user = cli.run("users", "create", "-c", "sandbox", "--json", "-");
        assertThat(user.code()).as(user.toString()).isZero();
        userId = user.json().get("id").asText();
        for (String name : List.of("Gou Alpha", "Gou Beta", "Gou Gamma")) {
            CliRunner.Result group = cli.run("groups", "create", "-c", "sandbox", "--name", name);
            assertThat(group.code()).as(group.toString()).isZero();
            String groupId = group.json().get("id").asText();
            groupIds.add(groupId);
            CliRunner.Result added = cli.run("groups", "add-member", "-c", "sandbox", "--group-id", groupId, "--user-id", userId);
            assertThat(added.code()).as(added.toString()).isZero();
        }
    }

    private static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(g -> ids.add(g.get("id").asText()));
        return ids;
    }

    @Test
    void allAndCursorsAcrossProcessesListTheUsersThreeGroups() {
        CliRunner.Result all = cli.run("groups", "list", "-c", "sandbox", "--user-id", userId, "--all", "--limit", "2");
        assertThat(all.code()).as(all.toString()).isZero();
        assertThat(ids(all.json().get("result"))).containsExactlyInAnyOrderElementsOf(groupIds);
        assertThat(all.json().get("next_cursor").isNull()).isTrue();

        List<String> paged = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            CliRunner.Result page = cursor == null
                    ? cli.run("groups", "list", "-c", "sandbox", "--user-id", userId, "--limit", "2")
                    : cli.run("groups", "list", "-c", "sandbox", "--user-id", userId, "--limit", "2", "--cursor", cursor);
            assertThat(page.code()).as(page.toString()).isZero();
            paged.addAll(ids(page.json().get("result")));
            cursor = page.json().get("next_cursor").isNull() ? null : page.json().get("next_cursor").asText();
            pages++;
        } while (cursor != null && pages < 10);
        assertThat(pages).isEqualTo(2);
        assertThat(paged).containsExactlyElementsOf(ids(all.json().get("result")));
    }

    @Test
    void everyFormatListsTheSameGroups() {
        JsonNode normalized = cli.run("groups", "list", "-c", "sandbox", "--user-id", userId, "--format", "normalized").json();
        assertThat(ids(normalized.get("result"))).containsExactlyInAnyOrderElementsOf(groupIds);
        assertThat(normalized.get("result").get(0).has("remote_data")).isFalse();

        JsonNode raw = cli.run("groups", "list", "-c", "sandbox", "--user-id", userId, "--format", "raw").json();
        assertThat(raw.toString()).contains("Gou Alpha", "Gou Beta", "Gou Gamma");

        JsonNode debug = cli.run("groups", "list", "-c", "sandbox", "--user-id", userId, "--format", "debug").json();
        assertThat(debug.at("/debug/resultCount").asInt()).isEqualTo(3);
        assertThat(debug.at("/debug/requestOptions/body").toString()).contains("member=" + userId);

        List<JsonNode> stream = cli.run("groups", "list", "-c", "sandbox", "--user-id", userId, "--all", "--limit", "1",
                "--format", "stream", "--ignore-remote-data").lines();
        assertThat(stream).extracting(g -> g.get("id").asText()).containsExactlyInAnyOrderElementsOf(groupIds);
    }

    @Test
    void aCursorOfTheUsersGroupsIsRefusedForAllGroups() {
        String cursor = cli.run("groups", "list", "-c", "sandbox", "--user-id", userId, "--limit", "1").json()
                .get("next_cursor").asText();

        CliRunner.Result foreign = cli.run("groups", "list", "-c", "sandbox", "--limit", "1", "--cursor", cursor);

        assertThat(foreign.code()).as(foreign.toString()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void aUserInNoGroupHasNone() {
        CliRunner loner0 = new CliRunner(home);
        loner0.stdin = "{\"username\":\"gou.loner\",\"last_name\":\"Loner\"}";
        CliRunner.Result user = loner0.run("users", "create", "-c", "sandbox", "--json", "-");
        assertThat(user.code()).as(user.toString()).isZero();
        String loner = user.json().get("id").asText();

        CliRunner.Result none = cli.run("groups", "list", "-c", "sandbox", "--user-id", loner);

        assertThat(none.code()).as(none.toString()).isZero();
        assertThat(none.json().get("result")).isEmpty();
        assertThat(none.json().get("next_cursor").isNull()).isTrue();
    }

    @Test
    void anUnknownUserIsTheDirectorysNotFound() {
        CliRunner.Result unknown = cli.run("groups", "list", "-c", "sandbox", "--user-id", "uid=nobody.here,ou=People,dc=example,dc=com");

        assertThat(unknown.code()).as(unknown.toString()).isEqualTo(ExitCodes.REMOTE);
        assertThat(unknown.out()).isEmpty();
        assertThat(unknown.error().get("message").asText()).contains("There is no user uid=nobody.here");
    }

    @Test
    void capabilitiesShowTheUserIdFilter() {
        JsonNode operations = cli.run("capabilities", "--type", "sandbox").json().at("/sandbox/operations");
        assertThat(operations.at("/list_groups/filters").toString()).isEqualTo("[\"user_id\"]");
        assertThat(operations.at("/list_users/filters").toString()).isEqualTo("[\"group_id\"]");
    }

    @Test
    void aUserIdIsNoUsersListOption() {
        // users list has no --user-id: picocli refuses the option itself
        CliRunner.Result refused = cli.run("users", "list", "-c", "sandbox", "--user-id", userId);
        assertThat(refused.code()).as(refused.toString()).isEqualTo(ExitCodes.USAGE);
    }
}
