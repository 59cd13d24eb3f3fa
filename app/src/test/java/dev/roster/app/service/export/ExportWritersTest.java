package dev.roster.app.service.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.connectors.model.Email;
import dev.roster.connectors.model.Group;
import dev.roster.connectors.model.GroupType;
import dev.roster.connectors.model.Json;
import dev.roster.connectors.model.User;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** What the export files hold, cell by cell: CSV safe to open in a spreadsheet, JSON exactly the values. */
class ExportWritersTest {
    /** OWASP's CSV-injection list: a cell starting with one of these is a formula in Excel or LibreOffice. */
    private static final List<String> FORMULAS = List.of("=HYPERLINK(\"http://evil.example\",\"click\")",
            "=cmd|' /C calc'!A0", "+1+cmd", "-2+3", "@SUM(A1:A2)", "\tTabbed", "\rReturned");

    private static Group group(String id, String name, String description) {
        return new Group(id, name, description, GroupType.TEAM, "=org", null, null, null);
    }

    private static User user() {
        return User.builder("uid=1").username("=user").name("+Name").firstName("-First").lastName("@Last")
                .emails(List.of(new Email("=a@example.com", true, null))).status("active").title("\tTitle").build();
    }

    private static List<CSVRecord> csv(boolean members, List<Group> groups, List<User> users) throws Exception {
        var bytes = new ByteArrayOutputStream();
        try (var writer = new CsvExportWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), members)) {
            for (Group g : groups) {
                writer.group(g, users);
            }
        }
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(bytes.toString(StandardCharsets.UTF_8))).getRecords();
    }

    @Test
    void csvCellsThatASpreadsheetWouldRunAsFormulasStartWithAQuote() throws Exception {
        List<Group> groups = FORMULAS.stream().map(f -> group("cn=" + FORMULAS.indexOf(f), f, f)).toList();
        List<CSVRecord> rows = csv(false, groups, List.of());
        assertThat(rows).hasSize(FORMULAS.size());
        for (int i = 0; i < FORMULAS.size(); i++) {
            assertThat(rows.get(i).get("name")).isEqualTo("'" + FORMULAS.get(i));
            assertThat(rows.get(i).get("description")).isEqualTo("'" + FORMULAS.get(i));
            assertThat(rows.get(i).get("organization")).isEqualTo("'=org");
            assertThat(rows.get(i).get("id")).isEqualTo("cn=" + i);
        }
    }

    @Test
    void csvMemberRowsNeutraliseUserFieldsToo() throws Exception {
        CSVRecord row = csv(true, List.of(group("=g", "@group", null)), List.of(user())).getFirst();
        assertThat(row.get("group_id")).isEqualTo("'=g");
        assertThat(row.get("group_name")).isEqualTo("'@group");
        assertThat(row.get("username")).isEqualTo("'=user");
        assertThat(row.get("user_name")).isEqualTo("'+Name");
        assertThat(row.get("first_name")).isEqualTo("'-First");
        assertThat(row.get("last_name")).isEqualTo("'@Last");
        assertThat(row.get("emails")).isEqualTo("'=a@example.com");
        assertThat(row.get("title")).isEqualTo("'\tTitle");
        assertThat(row.get("status")).isEqualTo("active");
        assertThat(row.get("user_id")).isEqualTo("uid=1");
    }

    @Test
    void ordinaryCellsAreWrittenAsTheyAre() throws Exception {
        CSVRecord row = csv(false, List.of(group("cn=Ops,dc=example", "Ops – 24/7", "a=b, \"quoted\"")), List.of()).getFirst();
        assertThat(row.get("name")).isEqualTo("Ops – 24/7");
        assertThat(row.get("description")).isEqualTo("a=b, \"quoted\"");
    }

    private static String json(boolean lines, boolean members, List<Group> groups) throws Exception {
        var bytes = new ByteArrayOutputStream();
        try (var writer = new JsonExportWriter(bytes, lines, members)) {
            for (Group g : groups) {
                writer.group(g, members ? List.of(user()) : List.of());
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void jsonIsTheResultArrayAloneAsTheReadmeShowsItWithValuesExactlyAsTheyAre() throws Exception {
        JsonNode parsed = Json.mapper().readTree(json(false, true, List.of(group("cn=1", FORMULAS.getFirst(), "\tTab"))));
        assertThat(parsed.properties()).extracting(java.util.Map.Entry::getKey).containsExactly("result");
        assertThat(parsed.at("/result/0/name").asText()).isEqualTo(FORMULAS.getFirst());
        assertThat(parsed.at("/result/0/description").asText()).isEqualTo("\tTab");
        assertThat(parsed.at("/result/0/members/0/username").asText()).isEqualTo("=user");
    }

    @Test
    void ndjsonKeepsValuesExactly() throws Exception {
        List<String> lines = json(true, false, List.of(group("cn=1", "=cmd|' /C calc'!A0", null))).lines().toList();
        assertThat(lines).hasSize(1);
        assertThat(Json.mapper().readTree(lines.getFirst()).get("name").asText()).isEqualTo("=cmd|' /C calc'!A0");
    }
}
