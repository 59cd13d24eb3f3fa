package dev.roster.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.app.service.secret.NoKeychainSecretStore;
import dev.roster.connectors.ldap.EmbeddedLdap;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI's exit codes and errors for the keychain: a locked keychain is this machine's problem (exit 6, code
 * SECRET_STORE_LOCKED), never a missing secret; with no keychain, prompt and keychain sources fail with a usage
 * error (exit 2) that names env:VARIABLE, and env:VARIABLE works.
 */
class SecretsCliTest {
    private static EmbeddedLdap ldap;
    @TempDir Path home;

    @BeforeAll
    static void startLdap() {
        ldap = EmbeddedLdap.start(3, 2);
    }

    @AfterAll
    static void stopLdap() {
        ldap.close();
    }

    private CliRunner.Result add(CliRunner cli, String name, String source) {
        return cli.run("connections", "add", name, "--type", "ldap", "--set", "url=" + ldap.url(),
                "--set", "bind_dn=" + EmbeddedLdap.WRITER, "--set", "base_dn=" + EmbeddedLdap.BASE,
                "--set", "group_base=" + EmbeddedLdap.GROUPS, "--set", "user_base=" + EmbeddedLdap.PEOPLE,
                "--secret", "bind_password=" + source);
    }

    @Test
    void aKeychainThatRefusesToDeleteIsExitSixAndTheConnectionStays() {
        CliRunner cli = new CliRunner(home);
        cli.interactive = true;
        cli.secretAnswers.add(ldap.writerPassword());
        assertThat(add(cli, "corp", "prompt").code()).isEqualTo(ExitCodes.OK);
        assertThat(cli.secrets.values).containsKey("corp/bind_password");

        cli.secrets.locked = true;
        CliRunner.Result refused = cli.run("connections", "remove", "corp");

        assertThat(refused.code()).as(refused.toString()).isEqualTo(ExitCodes.LOCAL);
        assertThat(refused.error().path("code").asText()).isEqualTo("SECRET_STORE_LOCKED");
        assertThat(refused.error().path("error").asText()).isEqualTo("Local Problem");
        assertThat(refused.error().path("message").asText()).contains("locked").contains("bind_password");
        assertThat(refused.err()).doesNotContain(ldap.writerPassword());
        assertThat(cli.run("connections", "list").out()).contains("\"corp\"");

        cli.secrets.locked = false;
        assertThat(cli.run("connections", "remove", "corp").code()).isEqualTo(ExitCodes.OK);
        assertThat(cli.secrets.values).isEmpty();
    }

    @Test
    void withNoKeychainAPromptIsAUsageErrorNamingEnvAndEnvWorks() {
        CliRunner cli = new CliRunner(home);
        cli.secretStore = new NoKeychainSecretStore("no OS keychain is reachable (no D-Bus session)");
        cli.interactive = true;
        cli.secretAnswers.add("typed-but-never-kept");

        CliRunner.Result prompted = add(cli, "corp", "prompt");

        assertThat(prompted.code()).as(prompted.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(prompted.error().path("code").asText()).isEqualTo("SECRET_STORE_NONE");
        assertThat(prompted.error().path("message").asText()).contains("no D-Bus session")
                .contains("--secret bind_password=env:VARIABLE");
        assertThat(prompted.err()).doesNotContain("typed-but-never-kept");
        assertThat(cli.run("connections", "list").out()).doesNotContain("\"corp\"");

        cli.env.put("CORP_PW", ldap.writerPassword());
        assertThat(add(cli, "corp", "env:CORP_PW").code()).isEqualTo(ExitCodes.OK);
        CliRunner.Result tested = cli.run("connections", "test", "corp");
        assertThat(tested.code()).as(tested.toString()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void withNoKeychainAKeychainSourceSaysThereIsNoneNotThatTheSecretIsMissing() {
        CliRunner cli = new CliRunner(home);
        cli.interactive = true;
        cli.secretAnswers.add(ldap.writerPassword());
        assertThat(add(cli, "corp", "prompt").code()).isEqualTo(ExitCodes.OK);

        // the same home on a machine (or session) without a keychain
        cli.secretStore = new NoKeychainSecretStore("no OS keychain is reachable (no D-Bus session)");
        CliRunner.Result listed = cli.run("groups", "list", "-c", "corp");

        assertThat(listed.code()).as(listed.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(listed.error().path("code").asText()).isEqualTo("SECRET_NO_KEYCHAIN");
        assertThat(listed.error().path("message").asText()).contains("no D-Bus session")
                .contains("--secret bind_password=env:VARIABLE").doesNotContain("is not in the keychain");
    }
}
