package dev.roster.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.connectors.model.Json;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code roster export groups}: files that parse back to exactly what the list shows, written atomically. */
class ExportCliTest {
    @TempDir
    static Path home;
    static CliRunner cli;
    static JsonNode listed;

    @BeforeAll
    static void listGroups() {
        cli = new CliRunner(home);
        cli.run("groups", "create", "-c", "sandbox", "--name", "Quotes \"and\", commas", "--description", "line one\nline two, \"quoted\"");
        listed = cli.run("groups", "list", "-c", "sandbox", "--all", "--format", "normalized").json().get("result");
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : "";
    }

    @Test
    void csvParsesBackToTheListedGroupsIncludingQuotesCommasAndNewlines() throws Exception {
        Path file = home.resolve("groups.csv");
        CliRunner.Result export = cli.run("export", "groups", "-c", "sandbox", "--to", file.toString());
        assertThat(export.code()).as(export.toString()).isZero();
        assertThat(export.json().get("groups").asLong()).isEqualTo(listed.size());
        List<CSVRecord> rows;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
        assertThat(rows).hasSize(listed.size());
        for (int i = 0; i < rows.size(); i++) {
            CSVRecord row = rows.get(i);
            JsonNode group = listed.get(i);
            for (String column : List.of("id", "name", "description", "group_type", "organization", "created_at", "updated_at")) {
                assertThat(row.get(column)).as(column + " of row " + i).isEqualTo(text(group, column));
            }
        }
        assertThat(rows).anySatisfy(r -> assertThat(r.get("description")).isEqualTo("line one\nline two, \"quoted\""));
    }

    @Test
    void membersExportHasOneRowPerMembershipAndJsonFormatsParse() throws Exception {
        Path csv = home.resolve("members.csv");
        CliRunner.Result export = cli.run("export", "groups", "-c", "sandbox", "--to", csv.toString(), "--members");
        assertThat(export.code()).as(export.toString()).isZero();
        long memberships = export.json().get("memberships").asLong();
        List<CSVRecord> rows;
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
        long withUser = rows.stream().filter(r -> !r.get("user_id").isEmpty()).count();
        assertThat(withUser).isEqualTo(memberships).isGreaterThan(listed.size());

        String someGroup = rows.stream().filter(r -> !r.get("user_id").isEmpty()).findFirst().orElseThrow().get("group_id");
        JsonNode members = cli.run("users", "list", "-c", "sandbox", "--group-id", someGroup, "--all", "--ignore-remote-data").json().get("result");
        assertThat(rows.stream().filter(r -> r.get("group_id").equals(someGroup)).count()).isEqualTo(members.size());

        Path json = home.resolve("groups.json");
        assertThat(cli.run("export", "groups", "-c", "sandbox", "--to", json.toString()).code()).isZero();
        JsonNode parsed = Json.mapper().readTree(json.toFile());
        assertThat(parsed.get("result")).hasSize(listed.size());
        assertThat(parsed.get("result").get(0).get("id").asText()).isEqualTo(listed.get(0).get("id").asText());

        Path ndjson = home.resolve("groups.ndjson");
        assertThat(cli.run("export", "groups", "-c", "sandbox", "--to", ndjson.toString()).code()).isZero();
        assertThat(Files.readAllLines(ndjson)).hasSize(listed.size());
    }

    @Test
    void aFailedExportLeavesTheTargetAsItWasAndNoTemporaryFile() throws Exception {
        Path dir = Files.createDirectories(home.resolve("failing"));
        Path target = dir.resolve("groups.csv");
        Files.writeString(target, "the previous export\n");
        cli.run("connections", "add", "dead", "--type", "ldap", "--set", "url=ldap://127.0.0.1:9", "--set",
                "base_dn=dc=example,dc=com", "--set", "bind_dn=cn=nobody", "--secret", "bind_password=env:DEAD_PW");
        cli.env.put("DEAD_PW", "irrelevant");
        CliRunner.Result failed = cli.run("export", "groups", "-c", "dead", "--to", target.toString());
        assertThat(failed.code()).as(failed.toString()).isEqualTo(ExitCodes.TRANSPORT);
        assertThat(Files.readString(target)).isEqualTo("the previous export\n");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
        Path notAFolder = Files.writeString(dir.resolve("notes.txt"), "a file, not a folder");
        CliRunner.Result unwritable = cli.run("export", "groups", "-c", "sandbox", "--to", notAFolder.resolve("groups.csv").toString());
        assertThat(unwritable.code()).as(unwritable.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(unwritable.error().get("message").asText()).contains("choose a folder you can write to");
        Files.delete(notAFolder);
        CliRunner.Result badExtension = cli.run("export", "groups", "-c", "sandbox", "--to", dir.resolve("groups.txt").toString());
        assertThat(badExtension.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(badExtension.error().get("message").asText()).contains(".csv, .json or .ndjson");
    }
}
