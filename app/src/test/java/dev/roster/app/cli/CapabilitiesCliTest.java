package dev.roster.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.app.service.activity.ActivityLog;
import dev.roster.connectors.Capabilities;
import dev.roster.connectors.ConnectionSettings;
import dev.roster.connectors.ConnectorProvider;
import dev.roster.connectors.ConnectorRegistry;
import dev.roster.connectors.DirectoryConnector;
import dev.roster.connectors.Operation;
import dev.roster.connectors.OperationCapability;
import dev.roster.connectors.SettingSpec;
import dev.roster.connectors.trace.ExchangeLog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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

    @Test
    void listsOfConnectorsThatDeclareNoPageMaximumOrSearchSayNone() {
        CliRunner cli = new CliRunner(home);
        // LDAP and the Sandbox page as the server does (no maximum) and search by their "search" parameter
        for (String type : List.of("ldap", "sandbox")) {
            JsonNode operations = cli.run("capabilities", "--type", type).json().get(type).get("operations");
            for (String list : List.of("list_groups", "list_users")) {
                assertThat(operations.get(list).get("max_page_size").isNull()).as(type + " " + list).isTrue();
                assertThat(operations.get(list).get("search_parameter").asText()).as(type + " " + list).isEqualTo("search");
            }
            assertThat(operations.get("create_user").has("max_page_size")).as("not a list").isFalse();

            CliRunner.Result text = cli.run("capabilities", "--type", type, "--format", "text");
            assertThat(text.code()).as(text.toString()).isZero();
            assertThat(block(text.out(), "list_users")).contains("    max page size: none", "    search parameter: search");
            assertThat(block(text.out(), "create_user")).noneMatch(line -> line.contains("max page size"));
        }
        // Truto declares neither
        JsonNode truto = cli.run("capabilities", "--type", "truto").json().get("truto").get("operations");
        assertThat(truto.get("list_users").get("search_parameter").isNull()).isTrue();
        assertThat(block(cli.run("capabilities", "--type", "truto", "--format", "text").out(), "list_users"))
                .contains("    search parameter: none");
    }

    @Test
    void aConnectorsDeclaredPageMaximumAndSearchParameterAreShownInJsonAndText() {
        CliRunner cli = new CliRunner(home);
        cli.registry = ConnectorRegistry.of(List.of(ConnectorRegistry.load().require("ldap"), DECLARING));

        JsonNode operations = cli.run("capabilities", "--type", "declaring").json().get("declaring").get("operations");
        assertThat(operations.at("/list_users/max_page_size").asInt()).isEqualTo(200);
        assertThat(operations.at("/list_users/search_parameter").asText()).isEqualTo("q");
        assertThat(operations.at("/list_groups/max_page_size").asInt()).isEqualTo(10_000);
        assertThat(operations.at("/list_groups/search_parameter").isNull()).isTrue();

        assertThat(cli.run("capabilities", "--format", "TEXT").out()).contains("declaring (Declaring test)").contains("ldap (");
        CliRunner.Result text = cli.run("capabilities", "--type", "declaring", "--format", "text");
        assertThat(block(text.out(), "list_groups")).contains("    max page size: 10000", "    search parameter: none");
        assertThat(block(text.out(), "list_users")).contains("    parameters: q, search", "    max page size: 200", "    search parameter: q");
    }

    /** A type declaring what no shipped connector does yet (Okta's shape: q searches, search takes expressions). */
    private static final ConnectorProvider DECLARING = new ConnectorProvider() {
        @Override public String id() { return "declaring"; }
        @Override public String displayName() { return "Declaring test"; }
        @Override public List<SettingSpec> settings() { return List.of(); }
        @Override public Capabilities capabilities() {
            return Capabilities.builder()
                    .operation(Operation.LIST_GROUPS, OperationCapability.of(Set.of("id", "name"), Set.of()).withMaxPageSize(10_000))
                    .operation(Operation.LIST_USERS, OperationCapability.of(Set.of("id"), Set.of())
                            .withParameters(Set.of("search", "q")).withSearchParameter("q").withMaxPageSize(200))
                    .build();
        }
        @Override public DirectoryConnector connect(ConnectionSettings settings, ExchangeLog log) {
            throw new UnsupportedOperationException("capabilities only");
        }
    };

    /** The lines of the first block for {@code operation} in the text output (its header up to the next operation). */
    private static List<String> block(String out, String operation) {
        List<String> lines = out.lines().toList();
        int start = lines.indexOf("  " + operation);
        assertThat(start).as("a block for " + operation + " in:\n" + out).isNotNegative();
        List<String> block = new ArrayList<>();
        for (int i = start + 1; i < lines.size() && lines.get(i).startsWith("    "); i++) {
            block.add(lines.get(i));
        }
        return block;
    }
}
