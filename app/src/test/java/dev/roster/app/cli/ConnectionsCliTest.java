package dev.roster.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.util.ssl.cert.ManageCertificates;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saved connections to a real LDAP server: secrets come from env or keychain and never show anywhere. */
class ConnectionsCliTest {
    private static final String PLANTED = "Planted-Bind-Secret-5150";

    @TempDir
    Path home;
    private InMemoryDirectoryServer server;
    private CliRunner cli;
    private final List<CliRunner.Result> outputs = new ArrayList<>();

    @BeforeEach
    void startServer() throws Exception {
        var config = new InMemoryDirectoryServerConfig("dc=example,dc=com");
        config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("default", InetAddress.getLoopbackAddress(), 0, null));
        config.addAdditionalBindCredentials("cn=roster,dc=example,dc=com", PLANTED);
        server = new InMemoryDirectoryServer(config);
        server.add("dn: dc=example,dc=com", "objectClass: top", "objectClass: domain", "dc: example");
        server.add("dn: ou=Groups,dc=example,dc=com", "objectClass: organizationalUnit", "ou: Groups");
        server.add("dn: ou=People,dc=example,dc=com", "objectClass: organizationalUnit", "ou: People");
        server.add("dn: uid=ada,ou=People,dc=example,dc=com", "objectClass: inetOrgPerson", "uid: ada", "cn: Ada Lovelace", "sn: Lovelace");
        server.add("dn: cn=Engineering,ou=Groups,dc=example,dc=com", "objectClass: groupOfNames", "cn: Engineering",
                "member: uid=ada,ou=People,dc=example,dc=com");
        server.startListening();
        cli = new CliRunner(home);
    }

    @AfterEach
    void stopServer() {
        server.shutDown(true);
    }

    private CliRunner.Result run(String... args) {
        CliRunner.Result result = cli.run(args);
        outputs.add(result);
        return result;
    }

    private String[] addCorp(String secretSource) {
        return new String[] {"connections", "add", "corp", "--type", "ldap",
                "--set", "url=ldap://127.0.0.1:" + server.getListenPort(), "--set", "base_dn=dc=example,dc=com",
                "--set", "bind_dn=cn=roster,dc=example,dc=com", "--secret", "bind_password=" + secretSource};
    }

    @Test
    void anEnvSecretIsReadAtUseAndNeverWrittenOrPrinted() throws Exception {
        cli.env.put("CORP_PW", PLANTED);
        CliRunner.Result added = run(addCorp("env:CORP_PW"));
        assertThat(added.code()).as(added.toString()).isZero();
        assertThat(added.json().at("/secrets/bind_password").asText()).isEqualTo("env:CORP_PW");

        CliRunner.Result test = run("connections", "test", "corp");
        assertThat(test.code()).as(test.toString()).isZero();
        assertThat(test.json().get("ok").asBoolean()).isTrue();

        CliRunner.Result debug = run("groups", "list", "-c", "corp", "--format", "debug");
        assertThat(debug.code()).as(debug.toString()).isZero();
        assertThat(debug.json().get("result")).hasSize(1);
        String groupId = debug.json().at("/result/0/id").asText();
        run("groups", "create", "-c", "corp", "--name", "Ops", "--format", "debug");
        run("groups", "remove-member", "-c", "corp", "--group-id", groupId, "--user-id", "uid=ada,ou=People,dc=example,dc=com", "--yes", "--format", "debug");
        run("connections", "list");

        cli.env.put("CORP_PW", "wrong-password");
        CliRunner.Result wrong = run("connections", "test", "corp");
        assertThat(wrong.code()).as(wrong.toString()).isEqualTo(ExitCodes.REMOTE);
        assertThat(wrong.error().get("statusCode").asInt()).isEqualTo(401);
        cli.env.remove("CORP_PW");
        CliRunner.Result unset = run("connections", "test", "corp");
        assertThat(unset.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(unset.error().get("message").asText()).contains("CORP_PW").contains("not set");

        assertSecretAbsentEverywhere();
    }

    // feature: connection-check
    @Test
    void theTestReportIsJsonWithEveryCheckAndTextForAPerson() {
        cli.env.put("CORP_PW", PLANTED);
        assertThat(run(addCorp("env:CORP_PW")).code()).isZero();

        CliRunner.Result json = run("connections", "test", "corp");
        assertThat(json.code()).as(json.toString()).isZero();
        assertThat(json.json().get("connection").asText()).isEqualTo("corp");
        assertThat(json.json().get("type").asText()).isEqualTo("ldap");
        List<String> aspects = new ArrayList<>();
        json.json().get("checks").forEach(c -> aspects.add(c.get("aspect").asText()));
        assertThat(aspects).containsExactly("reachable", "tls", "authenticated", "permissions", "groups", "users", "rate_limit");
        assertThat(json.json().at("/checks/0/outcome").asText()).isEqualTo("OK");
        assertThat(json.json().at("/checks/0/details/latency_ms").asText()).matches("\\d+");
        assertThat(json.json().at("/checks/2/summary").asText()).contains("dn:cn=roster,dc=example,dc=com");
        assertThat(json.json().at("/checks/3/outcome").asText()).isEqualTo("NOT_CHECKED");

        CliRunner.Result text = run("connections", "test", "corp", "--format", "text");
        assertThat(text.code()).as(text.toString()).isZero();
        assertThat(text.out().lines().toList()).first().isEqualTo("Connection corp (ldap)");
        assertThat(text.out()).containsPattern("(?m)^reachable +OK +ldap://127\\.0\\.0\\.1:\\d+ \\(connect and bind\\) answered in \\d+ ms$")
                .containsPattern("(?m)^permissions +NOT_CHECKED +the server does not say")
                .contains("OK: the connection works");

        cli.env.put("CORP_PW", "wrong-password");
        CliRunner.Result failed = run("connections", "test", "corp", "--format", "text");
        assertThat(failed.code()).isEqualTo(ExitCodes.REMOTE);
        assertThat(failed.out()).containsPattern("(?m)^authenticated +FAILED +The server refused to bind")
                .contains("FAILED: authenticated");
        assertThat(failed.error().get("aspect").asText()).isEqualTo("authenticated");
        assertThat(run("connections", "test", "corp", "--format", "yaml").code()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void aServerThatIsDownExitsWithTheWiresCode() {
        cli.env.put("CORP_PW", PLANTED);
        assertThat(run(addCorp("env:CORP_PW")).code()).isZero();
        server.shutDown(true);
        CliRunner.Result down = run("connections", "test", "corp");
        assertThat(down.code()).as(down.toString()).isEqualTo(ExitCodes.TRANSPORT);
        assertThat(down.json().get("ok").asBoolean()).isFalse();
        assertThat(down.json().at("/checks/0/aspect").asText()).isEqualTo("reachable");
        assertThat(down.json().at("/checks/0/outcome").asText()).isEqualTo("FAILED");
        assertThat(down.error().get("error").asText()).isEqualTo("Service Unavailable");
    }

    @Test
    void aPromptedSecretGoesToTheKeychainNotTheFile() throws Exception {
        CliRunner.Result offTerminal = run(addCorp("prompt"));
        assertThat(offTerminal.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(offTerminal.error().get("message").asText()).contains("interactive terminal");

        cli.interactive = true;
        cli.secretAnswers.add(PLANTED);
        CliRunner.Result added = run(addCorp("prompt"));
        assertThat(added.code()).as(added.toString()).isZero();
        assertThat(added.json().at("/secrets/bind_password").asText()).isEqualTo("keychain");
        assertThat(cli.secrets.get("corp", "bind_password")).contains(PLANTED);
        cli.interactive = false;
        assertThat(run("connections", "test", "corp").code()).isZero();

        assertThat(run("connections", "remove", "corp").code()).isZero();
        assertThat(cli.secrets.values).isEmpty();
        assertSecretAbsentEverywhere();
    }

    @Test
    void secretsAreNeverAcceptedAsPlainSettingsAndUnknownSettingsAreNamed() throws IOException {
        CliRunner.Result plain = run("connections", "add", "corp", "--type", "ldap", "--set", "url=ldap://x", "--set",
                "base_dn=dc=x", "--set", "bind_password=" + PLANTED);
        assertThat(plain.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(plain.error().get("message").asText()).contains("is a secret");
        CliRunner.Result literal = run("connections", "add", "corp", "--type", "ldap", "--secret", "bind_password=" + PLANTED);
        assertThat(literal.code()).isEqualTo(ExitCodes.USAGE);
        CliRunner.Result unknown = run("connections", "add", "corp", "--type", "ldap", "--set", "colour=blue");
        assertThat(unknown.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.error().get("message").asText()).contains("colour").contains("url");
        CliRunner.Result type = run("connections", "add", "corp", "--type", "nosuch");
        assertThat(type.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("connections", "list").json().get("result")).hasSize(1);
        assertSecretAbsentEverywhere();
    }

    @Test
    void aBindInClearToThisMachineIsSavedAndTestedWithAWarningOnStderr() {
        cli.env.put("CORP_PW", PLANTED);
        CliRunner.Result added = run(addCorp("env:CORP_PW"));
        assertThat(added.code()).as(added.toString()).isZero();
        assertThat(added.err()).contains("warning").contains("in clear").contains("127.0.0.1:" + server.getListenPort());

        CliRunner.Result test = run("connections", "test", "corp");
        assertThat(test.code()).as(test.toString()).isZero();
        assertThat(test.err()).contains("warning").contains("in clear");
        assertThat(test.json().get("ok").asBoolean()).isTrue();
    }

    @Test
    void aBindInClearToAnotherMachineIsRefusedUnlessTheConnectionSaysSo() {
        String[] remote = {"connections", "add", "corp", "--type", "ldap", "--set", "url=ldap://directory.example.invalid:389",
                "--set", "base_dn=dc=example,dc=com", "--set", "bind_dn=cn=roster,dc=example,dc=com", "--secret", "bind_password=env:CORP_PW"};
        cli.env.put("CORP_PW", PLANTED);
        CliRunner.Result refused = run(remote);
        assertThat(refused.code()).as(refused.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(refused.error().get("message").asText()).contains("without encryption").contains("allow_insecure=true");
        assertThat(run("connections", "list").json().get("result")).hasSize(1);

        String[] allowed = Arrays.copyOf(remote, remote.length + 2);
        allowed[remote.length] = "--set";
        allowed[remote.length + 1] = "allow_plaintext_bind=true";
        CliRunner.Result saved = run(allowed);
        assertThat(saved.code()).as(saved.toString()).isZero();
        assertThat(saved.err()).contains("warning").contains("in clear").contains("directory.example.invalid");
    }

    @Test
    void aTrustedCertificatesFileIsCheckedWhenAddedAndAgainWhenTested() throws IOException {
        cli.env.put("CORP_PW", PLANTED);
        Path garbage = Files.writeString(home.resolve("garbage.pem"), "not a certificate\n");
        Path empty = Files.createFile(home.resolve("empty.pem"));
        for (Path bad : List.of(home.resolve("missing.pem"), empty, garbage)) {
            CliRunner.Result refused = run(addLdaps("--set", "trusted_certificates=" + bad));
            assertThat(refused.code()).as(refused.toString()).isEqualTo(ExitCodes.USAGE);
            assertThat(refused.error().get("message").asText()).contains("trusted_certificates").contains(bad.toString());
        }
        assertThat(run("connections", "list").json().get("result")).hasSize(1);

        Path pem = selfSignedPem();
        CliRunner.Result added = run(addLdaps("--set", "trusted_certificates=" + pem));
        assertThat(added.code()).as(added.toString()).isZero();
        Files.writeString(pem, "overwritten\n");
        CliRunner.Result test = run("connections", "test", "corp");
        assertThat(test.code()).as(test.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(test.error().get("message").asText()).contains("trusted_certificates").contains(pem.toString());
    }

    @Test
    void aSecretFromAnUnsetVariableIsAWarningWhenAddedAndAnErrorWhenTested() {
        CliRunner.Result added = run(addCorp("env:CORP_PW_NOT_YET"));
        assertThat(added.code()).as(added.toString()).isZero();
        assertThat(added.err()).contains("warning").contains("CORP_PW_NOT_YET").contains("not set");

        CliRunner.Result test = run("connections", "test", "corp");
        assertThat(test.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(test.error().get("message").asText()).contains("CORP_PW_NOT_YET").contains("not set");
    }

    private String[] addLdaps(String... extra) {
        List<String> args = new ArrayList<>(List.of("connections", "add", "corp", "--type", "ldap",
                "--set", "url=ldaps://127.0.0.1:" + server.getListenPort(), "--set", "base_dn=dc=example,dc=com",
                "--set", "bind_dn=cn=roster,dc=example,dc=com", "--secret", "bind_password=env:CORP_PW"));
        args.addAll(List.of(extra));
        return args.toArray(String[]::new);
    }

    /** A real certificate, PEM, made with UnboundID's ManageCertificates (test code only). */
    private Path selfSignedPem() {
        Path keystore = home.resolve("ca.p12");
        Path pem = home.resolve("ca.pem");
        manageCertificates("generate-self-signed-certificate", "--keystore", keystore.toString(), "--keystore-password", "changeit",
                "--keystore-type", "PKCS12", "--alias", "ca", "--subject-dn", "CN=Roster CLI Test CA", "--days-valid", "2",
                "--key-algorithm", "EC", "--key-size-bits", "256", "--signature-algorithm", "SHA256withECDSA");
        manageCertificates("export-certificate", "--keystore", keystore.toString(), "--keystore-password", "changeit",
                "--alias", "ca", "--output-format", "PEM", "--output-file", pem.toString());
        return pem;
    }

    private static void manageCertificates(String... args) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        assertThat(ManageCertificates.main(null, output, output, args))
                .as(output.toString()).isEqualTo(ResultCode.SUCCESS);
    }

    private void assertSecretAbsentEverywhere() throws IOException {
        for (CliRunner.Result result : outputs) {
            assertThat(result.out() + result.err()).doesNotContain(PLANTED);
        }
        try (Stream<Path> files = Files.walk(home)) {
            files.filter(Files::isRegularFile).forEach(file -> {
                try {
                    assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).as(file.toString()).doesNotContain(PLANTED);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
