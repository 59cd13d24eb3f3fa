package dev.roster.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code roster groups list} against the Sandbox: paging, every format, every option. */
class GroupsListCliTest {
    @TempDir
    static Path home;
    static CliRunner cli;
    static List<String> allIds;

    @BeforeAll
    static void listEverythingOnce() {
        cli = new CliRunner(home);
        CliRunner.Result all = cli.run("groups", "list", "-c", "sandbox", "--all", "--limit", "100");
        assertThat(all.code()).as(all.toString()).isZero();
        allIds = ids(all.json().get("result"));
        assertThat(all.json().get("next_cursor").isNull()).isTrue();
    }

    private static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(g -> ids.add(g.get("id").asText()));
        return ids;
    }

    @Test
    void pagingWithCursorsAcrossProcessesSeesExactlyWhatAllSees() {
        assertThat(allIds).hasSizeGreaterThanOrEqualTo(200).doesNotHaveDuplicates();
        List<String> paged = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            CliRunner.Result page = cursor == null ? cli.run("groups", "list", "-c", "sandbox", "--limit", "60")
                    : cli.run("groups", "list", "-c", "sandbox", "--limit", "60", "--cursor", cursor);
            assertThat(page.code()).as(page.toString()).isZero();
            paged.addAll(ids(page.json().get("result")));
            cursor = page.json().get("next_cursor").isNull() ? null : page.json().get("next_cursor").asText();
            pages++;
        } while (cursor != null && pages < 50);
        assertThat(pages).isGreaterThan(3);
        assertThat(paged).containsExactlyElementsOf(allIds);
    }

    @Test
    void unifiedItemsCarryRemoteDataAndNormalizedOnesDoNot() {
        JsonNode unified = cli.run("groups", "list", "-c", "sandbox", "--limit", "5").json();
        assertThat(unified.get("result")).hasSize(5);
        JsonNode first = unified.get("result").get(0);
        assertThat(first.has("remote_data")).isTrue();
        assertThat(first.get("group_type").asText()).isIn("team", "department", "group");
        JsonNode normalized = cli.run("groups", "list", "-c", "sandbox", "--limit", "5", "--format", "normalized").json();
        assertThat(normalized.get("result").get(0).has("remote_data")).isFalse();
        assertThat(normalized.get("result").get(0).get("id").asText()).isEqualTo(first.get("id").asText());
    }

    @Test
    void rawIsTheProvidersOwnBodyAndDebugTheEnvelope() {
        JsonNode raw = cli.run("groups", "list", "-c", "sandbox", "--limit", "3", "--format", "raw").json();
        assertThat(raw.has("next_cursor")).isFalse();
        assertThat(raw.toString()).contains("objectClass");
        JsonNode debug = cli.run("groups", "list", "-c", "sandbox", "--limit", "3", "--format", "debug").json();
        assertThat(debug.get("result")).hasSize(3);
        assertThat(debug.get("debug").fieldNames()).toIterable().contains("requestUrl", "requestOptions", "data",
                "responseHeaders", "nextCursor", "isLooping", "isEmptyResult", "resultCount");
        assertThat(debug.at("/debug/resultCount").asInt()).isEqualTo(3);
        assertThat(debug.at("/debug/requestOptions/method").asText()).isEqualTo("SEARCH");
    }

    @Test
    void streamWritesOneItemPerLineForAPageAndForEverything() {
        CliRunner.Result onePage = cli.run("groups", "list", "-c", "sandbox", "--limit", "7", "--format", "stream");
        assertThat(onePage.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(onePage.error().get("message").asText()).contains("add --all");
        List<JsonNode> all = cli.run("groups", "list", "-c", "sandbox", "--all", "--limit", "90", "--format", "stream",
                "--ignore-remote-data").lines();
        assertThat(all).hasSize(allIds.size());
        assertThat(all.getFirst().has("remote_data")).isFalse();
    }

    @Test
    void excludeFieldsKeyByAndIgnoreRemoteDataShapeTheResult() {
        JsonNode shaped = cli.run("groups", "list", "-c", "sandbox", "--limit", "4", "--exclude-field", "description",
                "--exclude-field", "created_at", "--ignore-remote-data").json();
        JsonNode first = shaped.get("result").get(0);
        assertThat(first.has("description") || first.has("created_at") || first.has("remote_data")).isFalse();
        assertThat(first.has("name")).isTrue();

        JsonNode keyed = cli.run("groups", "list", "-c", "sandbox", "--all", "--key-by", "id", "--ignore-remote-data").json();
        assertThat(keyed.get("result").isObject()).isTrue();
        assertThat(keyed.get("result").size()).isEqualTo(allIds.size());
        assertThat(keyed.get("result").get(allIds.get(10)).get("id").asText()).isEqualTo(allIds.get(10));

        CliRunner.Result notUnique = cli.run("groups", "list", "-c", "sandbox", "--limit", "50", "--key-by", "group_type");
        assertThat(notUnique.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(notUnique.error().get("message").asText()).contains("not unique");
    }

    @Test
    void undeclaredParametersAndForeignCursorsAreRefusedBeforeAnythingIsSent() {
        CliRunner.Result bad = cli.run("groups", "list", "-c", "sandbox", "--param", "colour=blue");
        assertThat(bad.code()).as(bad.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.out()).isEmpty();
        assertThat(bad.error().get("message").asText()).contains("colour").contains("accepted:");
        assertThat(bad.error().get("statusCode").asInt()).isEqualTo(400);

        CliRunner.Result garbage = cli.run("groups", "list", "-c", "sandbox", "--cursor", "bm90LWEtY3Vyc29y");
        assertThat(garbage.code()).isEqualTo(ExitCodes.USAGE);
        CliRunner.Result badFormat = cli.run("groups", "list", "-c", "sandbox", "--format", "xml");
        assertThat(badFormat.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(badFormat.error().get("message").asText()).contains("unified, normalized, raw, debug, stream");
    }

    @Test
    void remoteQueryGoesToTheProviderAndNarrowsTheList() {
        CliRunner.Result teams = cli.run("groups", "list", "-c", "sandbox", "--all", "--remote-query", "businessCategory=team",
                "--format", "normalized");
        assertThat(teams.code()).as(teams.toString()).isZero();
        JsonNode result = teams.json().get("result");
        assertThat(result.size()).isPositive().isLessThan(allIds.size());
        result.forEach(g -> assertThat(g.get("group_type").asText()).isEqualTo("team"));
        JsonNode debug = cli.run("groups", "list", "-c", "sandbox", "--limit", "1", "--remote-query", "businessCategory=team",
                "--format", "debug").json();
        assertThat(debug.at("/debug/requestUrl").asText()).contains("businessCategory=team");
    }

    @Test
    void usersListInEveryFormatAndAsAGroupsMembers() {
        JsonNode unified = cli.run("users", "list", "-c", "sandbox", "--group-id", allIds.get(0), "--all").json();
        assertThat(cli.run("users", "list", "-c", "sandbox", "--group-id", allIds.get(0), "--all", "--format", "stream").lines())
                .hasSize(unified.get("result").size());
        JsonNode normalized = cli.run("users", "list", "-c", "sandbox", "--limit", "2", "--format", "normalized").json();
        assertThat(normalized.at("/result/0/username").asText()).isNotEmpty();
        assertThat(normalized.at("/result/0").has("remote_data")).isFalse();
        assertThat(cli.run("users", "list", "-c", "sandbox", "--limit", "2", "--format", "raw").json().toString()).contains("inetOrgPerson");
        JsonNode members = cli.run("users", "list", "-c", "sandbox", "--group-id", allIds.get(0), "--all", "--format", "debug").json();
        assertThat(members.get("debug").isArray()).isTrue();
        members.get("result").forEach(u -> assertThat(u.at("/groups").toString()).contains(allIds.get(0)));
    }

    @Test
    void getReturnsTheSameGroupTheListShowed() {
        CliRunner.Result get = cli.run("groups", "get", "-c", "sandbox", allIds.get(3));
        assertThat(get.code()).as(get.toString()).isZero();
        assertThat(get.json().get("id").asText()).isEqualTo(allIds.get(3));
        CliRunner.Result missing = cli.run("groups", "get", "-c", "sandbox", "cn=No Such Group,ou=Groups,dc=example,dc=com");
        assertThat(missing.code()).as(missing.toString()).isEqualTo(ExitCodes.REMOTE);
        assertThat(missing.error().get("statusCode").asInt()).isEqualTo(404);
    }

    @Test
    void capabilitiesShowTheMatrixOfTheConnectionsConnector() {
        JsonNode caps = cli.run("capabilities", "-c", "sandbox").json();
        assertThat(caps.fieldNames()).toIterable().containsExactly("sandbox");
        assertThat(caps.at("/sandbox/operations/create_group/required_fields").toString()).contains("name");
        JsonNode all = cli.run("capabilities").json();
        assertThat(all.fieldNames()).toIterable().contains("ldap", "sandbox");
        assertThat(cli.run("capabilities", "--type", "nosuch").code()).isEqualTo(ExitCodes.USAGE);
    }
}
