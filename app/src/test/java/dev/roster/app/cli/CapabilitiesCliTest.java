package dev.roster.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.app.service.activity.ActivityLog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code roster capabilities} states what LDAP really requires of a new user, and the CLI refuses without it. */
class CapabilitiesCliTest {
    @TempDir
    Path home;

    @Test
    void capabilitiesSayThatAnLdapUserNeedsALastNameOrAName() {
        CliRunner cli = new CliRunner(home);
        for (String type : List.of("ldap", "sandbox")) {
            JsonNode create = cli.run("capabilities", "--type", type).json().get(type).get("operations").get("create_user");
            List<List<String>> oneOf = new ArrayList<>();
            create.get("required_one_of").forEach(group -> {
                List<String> fields = new ArrayList<>();
                group.forEach(f -> fields.add(f.asText()));
                oneOf.add(fields);
            });
            assertThat(oneOf).as(type).containsExactly(List.of("last_name", "name"));
            assertThat(create.get("required_fields")).as(type).hasSize(1);
            assertThat(create.get("required_fields").get(0).asText()).isEqualTo("username");
        }
    }

    @Test
    void aUserWithNeitherLastNameNorNameIsRefusedBeforeSendingWithExitTwo() {
        CliRunner cli = new CliRunner(home);
        cli.stdin = "{\"username\": \"ada\", \"first_name\": \"Ada\"}";
        CliRunner.Result refused = cli.run("users", "create", "-c", "sandbox", "--json", "-");
        assertThat(refused.code()).as(refused.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(refused.error().get("message").asText()).contains("requires one of last_name, name");
        assertThat(new ActivityLog(home.resolve("activity.jsonl")).read()).isEmpty();
    }
}
