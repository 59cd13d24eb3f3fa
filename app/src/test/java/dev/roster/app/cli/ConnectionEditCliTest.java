package dev.roster.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code connections edit | rename | duplicate | move | export | import} against a real (embedded) LDAP server:
 * a connection still signs in after each change, secrets follow renames, and an export holds none.
 */
class ConnectionEditCliTest {
    private static final String PLANTED = "Planted-Editor-Secret-7731";

    @TempDir Path home;
    @TempDir Path elsewhere;
    private InMemoryDirectoryServer server;
    private CliRunner cli;

    @BeforeEach
    void startServer() throws Exception {
        var config = new InMemoryDirectoryServerConfig("dc=example,dc=com");
        config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("default", InetAddress.getLoopbackAddress(), 0, null));
        config.addAdditionalBindCredentials("cn=roster,dc=example,dc=com", PLANTED);
        server = new InMemoryDirectoryServer(config);
        server.add("dn: dc=example,dc=com", "objectClass: top", "objectClass: domain", "dc: example");
        server.add("dn: ou=Groups,dc=example,dc=com", "objectClass: organizationalUnit", "ou: Groups");
        server.add("dn: cn=Engineering,ou=Groups,dc=example,dc=com", "objectClass: groupOfNames", "cn: Engineering",
                "member: cn=roster,dc=example,dc=com");
        server.startListening();
        cli = new CliRunner(home);
    }

    @AfterEach
    void stopServer() {
        server.shutDown(true);
    }

    private CliRunner.Result ok(String... args) {
        CliRunner.Result result = cli.run(args);
        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(result.out() + result.err()).doesNotContain(PLANTED);
        return result;
    }

    private void addCorpWithKeychainSecret() {
        cli.interactive = true;
        cli.secretAnswers.add(PLANTED);
        ok("connections", "add", "corp", "--type", "ldap", "--set", "url=ldap://127.0.0.1:" + server.getListenPort(),
                "--set", "base_dn=dc=example,dc=com", "--set", "bind_dn=cn=roster,dc=example,dc=com", "--secret", "bind_password=prompt");
    }

    private List<String> groupNames(String connection) {
        JsonNode list = ok("groups", "list", "-c", connection).json().get("result");
        return StreamSupport.stream(list.spliterator(), false).map(g -> g.get("name").asText()).toList();
    }

    private List<String> order() {
        JsonNode list = ok("connections", "list").json().get("result");
        return StreamSupport.stream(list.spliterator(), false).map(g -> g.get("name").asText()).toList();
    }

    @Test
    void anEditThatDoesNotRetypeTheSecretKeepsTheStoredOneAndSetAndUnsetChangeSettings() {
        addCorpWithKeychainSecret();
        CliRunner.Result edited = ok("connections", "edit", "corp", "--set", "group_base=ou=Groups,dc=example,dc=com",
                "--set", "page_size=50", "--secret", "bind_password=keychain");
        assertThat(edited.json().at("/settings/group_base").asText()).isEqualTo("ou=Groups,dc=example,dc=com");
        assertThat(edited.json().at("/secrets/bind_password").asText()).isEqualTo("keychain");
        assertThat(cli.secrets.values).containsEntry("corp/bind_password", PLANTED);
        assertThat(groupNames("corp")).containsExactly("Engineering");

        CliRunner.Result unset = ok("connections", "edit", "corp", "--unset", "page_size");
        assertThat(unset.json().get("settings").has("page_size")).isFalse();
        assertThat(unset.json().at("/settings/group_base").asText()).isEqualTo("ou=Groups,dc=example,dc=com");

        // a required setting cannot be unset; an unknown one is named with the known ones
        CliRunner.Result required = cli.run("connections", "edit", "corp", "--unset", "base_dn");
        assertThat(required.code()).as(required.toString()).isEqualTo(2);
        assertThat(required.error().get("message").asText()).contains("base_dn");
        CliRunner.Result unknown = cli.run("connections", "edit", "corp", "--set", "colour=blue");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.error().get("message").asText()).contains("has no setting 'colour'");
        // a secret value never goes through --set
        CliRunner.Result secretAsSetting = cli.run("connections", "edit", "corp", "--set", "bind_password=" + PLANTED);
        assertThat(secretAsSetting.code()).isEqualTo(2);
        assertThat(secretAsSetting.err()).doesNotContain(PLANTED);
    }

    @Test
    void switchingASecretToTheEnvironmentDeletesTheKeychainCopy() {
        addCorpWithKeychainSecret();
        cli.env.put("CORP_PW", PLANTED);
        CliRunner.Result edited = ok("connections", "edit", "corp", "--secret", "bind_password=env:CORP_PW");
        assertThat(edited.json().at("/secrets/bind_password").asText()).isEqualTo("env:CORP_PW");
        assertThat(cli.secrets.values).doesNotContainKey("corp/bind_password");
        assertThat(groupNames("corp")).containsExactly("Engineering");
    }

    @Test
    void renameMovesTheKeychainSecretAndKeepsThePlaceInTheList() {
        addCorpWithKeychainSecret();
        assertThat(order()).containsExactly("sandbox", "corp");
        CliRunner.Result renamed = ok("connections", "rename", "corp", "corp-ldap");
        assertThat(renamed.json().get("name").asText()).isEqualTo("corp-ldap");
        assertThat(cli.secrets.values).containsEntry("corp-ldap/bind_password", PLANTED).doesNotContainKey("corp/bind_password");
        assertThat(order()).containsExactly("sandbox", "corp-ldap");
        assertThat(groupNames("corp-ldap")).containsExactly("Engineering");

        CliRunner.Result taken = cli.run("connections", "rename", "corp-ldap", "sandbox");
        assertThat(taken.code()).isEqualTo(2);
        assertThat(taken.error().get("message").asText()).isEqualTo("a connection named 'sandbox' exists already; choose another name");
        CliRunner.Result badName = cli.run("connections", "rename", "corp-ldap", "has space");
        assertThat(badName.code()).isEqualTo(2);
        assertThat(badName.error().get("message").asText()).contains("must be 1-64 letters");
    }

    @Test
    void duplicateCopiesSettingsAndSecretsRightBelowOrLeavesSecretsToBeEntered() {
        addCorpWithKeychainSecret();
        ok("connections", "move", "corp", "--to", "0");
        CliRunner.Result copy = ok("connections", "duplicate", "corp", "corp-staging");
        assertThat(copy.json().at("/settings/base_dn").asText()).isEqualTo("dc=example,dc=com");
        assertThat(order()).containsExactly("corp", "corp-staging", "sandbox");
        assertThat(cli.secrets.values).containsEntry("corp-staging/bind_password", PLANTED);
        assertThat(groupNames("corp-staging")).containsExactly("Engineering");

        CliRunner.Result bare = ok("connections", "duplicate", "corp", "corp-bare", "--no-secrets");
        assertThat(bare.json().get("secrets").has("bind_password")).isFalse();
        assertThat(bare.err()).contains("secret 'bind_password' of connection 'corp-bare' is to be entered");
        assertThat(cli.secrets.values).doesNotContainKey("corp-bare/bind_password");
    }

    @Test
    void moveUpDownAndToAnIndexAndAnIndexOutsideTheListIsRefused() {
        addCorpWithKeychainSecret();
        cli.env.put("X", "y");
        ok("connections", "duplicate", "corp", "b");
        ok("connections", "duplicate", "b", "c");
        assertThat(order()).containsExactly("sandbox", "corp", "b", "c");
        assertThat(ok("connections", "move", "c", "--up").json().get("index").asInt()).isEqualTo(2);
        assertThat(order()).containsExactly("sandbox", "corp", "c", "b");
        ok("connections", "move", "sandbox", "--down");
        assertThat(order()).containsExactly("corp", "sandbox", "c", "b");
        ok("connections", "move", "b", "--to", "0");
        assertThat(order()).containsExactly("b", "corp", "sandbox", "c");
        ok("connections", "move", "b", "--up");
        assertThat(order()).containsExactly("b", "corp", "sandbox", "c");
        CliRunner.Result outside = cli.run("connections", "move", "b", "--to", "4");
        assertThat(outside.code()).isEqualTo(2);
        assertThat(outside.error().get("message").asText()).isEqualTo("position 4 is outside the list of connections (0 to 3)");
        CliRunner.Result both = cli.run("connections", "move", "b", "--up", "--down");
        assertThat(both.code()).isEqualTo(2);
    }

    @Test
    void anExportHoldsNoSecretAndAColleagueImportsItRenamingOrSkippingClashes() throws Exception {
        addCorpWithKeychainSecret();
        cli.env.put("OKTA_TOKEN", "tok");
        ok("connections", "add", "okta-prod", "--type", "okta", "--set", "base_url=https://example.okta.com",
                "--secret", "token=env:OKTA_TOKEN");
        Path file = elsewhere.resolve("team.json");
        CliRunner.Result exported = ok("connections", "export", "corp", "okta-prod", "--output", file.toString());
        assertThat(exported.json().get("connections").toString()).isEqualTo("[\"corp\",\"okta-prod\"]");
        String text = Files.readString(file);
        assertThat(text).doesNotContain(PLANTED).contains("\"bind_password\" : \"to be entered\"").contains("\"token\" : \"env:OKTA_TOKEN\"");

        CliRunner colleague = new CliRunner(elsewhere.resolve("colleague-home"));
        CliRunner.Result imported = colleague.run("connections", "import", file.toString());
        assertThat(imported.code()).as(imported.toString()).isZero();
        assertThat(imported.json().at("/secrets_to_enter/corp").toString()).isEqualTo("[\"bind_password\"]");
        assertThat(imported.err()).contains("roster connections edit corp --secret bind_password=prompt");
        assertThat(imported.json().at("/added/1/secrets/token").asText()).isEqualTo("env:OKTA_TOKEN");

        // the colleague enters the secret and the connection works
        colleague.interactive = true;
        colleague.secretAnswers.add(PLANTED);
        CliRunner.Result entered = colleague.run("connections", "edit", "corp", "--secret", "bind_password=prompt");
        assertThat(entered.code()).as(entered.toString()).isZero();
        assertThat(colleague.run("groups", "list", "-c", "corp").json().at("/result/0/name").asText()).isEqualTo("Engineering");

        CliRunner.Result clash = colleague.run("connections", "import", file.toString());
        assertThat(clash.code()).isEqualTo(2);
        assertThat(clash.error().get("message").asText()).isEqualTo(file + " holds connections whose names are taken here: corp, okta-prod;"
                + " import again with --rename-clashes or --skip-clashes");
        CliRunner.Result renamed = colleague.run("connections", "import", file.toString(), "--rename-clashes");
        assertThat(renamed.json().get("renamed").toString()).isEqualTo("{\"corp\":\"corp-2\",\"okta-prod\":\"okta-prod-2\"}");
        CliRunner.Result skipped = colleague.run("connections", "import", file.toString(), "--skip-clashes");
        assertThat(skipped.json().get("skipped").toString()).isEqualTo("[\"corp\",\"okta-prod\"]");
        List<String> names = new ArrayList<>();
        colleague.run("connections", "list").json().get("result").forEach(p -> names.add(p.get("name").asText()));
        assertThat(names).containsExactly("sandbox", "corp", "okta-prod", "corp-2", "okta-prod-2");
    }

    @Test
    void importRefusesFilesThatAreNotExportsAndProfilesThatCarryASecretAndAddsNothing() throws Exception {
        Path notJson = elsewhere.resolve("notes.txt");
        Files.writeString(notJson, "hello");
        CliRunner.Result a = cli.run("connections", "import", notJson.toString());
        assertThat(a.code()).isEqualTo(2);
        assertThat(a.error().get("message").asText()).startsWith(notJson + " is not a Roster connections file: it is not valid JSON");

        Path other = elsewhere.resolve("other.json");
        Files.writeString(other, "{\"result\": []}");
        assertThat(cli.run("connections", "import", other.toString()).error().get("message").asText())
                .isEqualTo(other + " is not a Roster connections file: it has no \"roster_connections\": 1"
                        + " (it is not an export of 'roster connections export')");

        Path withSecret = elsewhere.resolve("secret.json");
        Files.writeString(withSecret, """
                {"roster_connections": 1, "connections": [
                  {"name": "fine", "type": "okta", "settings": {"base_url": "https://a.okta.com"}, "secrets": {"token": "env:T"}},
                  {"name": "leaky", "type": "okta", "settings": {"base_url": "https://a.okta.com"}, "secrets": {"token": "%s"}}]}
                """.formatted(PLANTED));
        CliRunner.Result c = cli.run("connections", "import", withSecret.toString());
        assertThat(c.code()).isEqualTo(2);
        assertThat(c.error().get("message").asText()).isEqualTo(withSecret + ": connection leaky cannot be imported: secret 'token'"
                + " must be env:VARIABLE or \"to be entered\" (an export never holds a secret)");
        assertThat(c.err()).doesNotContain(PLANTED);

        Path unknownType = elsewhere.resolve("type.json");
        Files.writeString(unknownType, "{\"roster_connections\": 1, \"connections\": [{\"name\": \"x\", \"type\": \"nis\"}]}");
        assertThat(cli.run("connections", "import", unknownType.toString()).error().get("message").asText())
                .isEqualTo(unknownType + ": connection x cannot be imported: there is no connector of type 'nis' here");
        assertThat(order()).containsExactly("sandbox");
    }
}
