package dev.roster.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.util.ssl.KeyStoreKeyManager;
import com.unboundid.util.ssl.SSLUtil;
import com.unboundid.util.ssl.TrustAllTrustManager;
import dev.roster.connectors.tls.SelfSigned;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code roster connections trust / untrust} against a real LDAPS server with a self-signed certificate made
 * here: the test fails with the certificate's fingerprint, {@code trust} shows it and trusts it only with the
 * matching fingerprint, and then the connection works; {@code untrust} and {@code remove} forget it.
 */
class TrustCliTest {
    private static final String PASSWORD = "Trust-Cli-Bind-Secret-77";
    @TempDir
    Path home;
    @TempDir
    Path certificates;
    private InMemoryDirectoryServer server;
    private SelfSigned certificate;
    private CliRunner cli;

    @BeforeEach
    void start() throws Exception {
        certificate = SelfSigned.make(certificates, "server", "localhost", "localhost");
        SSLUtil ssl = new SSLUtil(new KeyStoreKeyManager(certificate.keystore().toFile(), SelfSigned.PIN.toCharArray(), "PKCS12",
                "server"), new TrustAllTrustManager());
        var config = new InMemoryDirectoryServerConfig("dc=example,dc=com");
        config.setListenerConfigs(InMemoryListenerConfig.createLDAPSConfig("ldaps", InetAddress.getLoopbackAddress(), 0,
                ssl.createSSLServerSocketFactory(), null));
        config.addAdditionalBindCredentials("cn=roster,dc=example,dc=com", PASSWORD);
        server = new InMemoryDirectoryServer(config);
        server.add("dn: dc=example,dc=com", "objectClass: top", "objectClass: domain", "dc: example");
        server.add("dn: cn=Engineering,dc=example,dc=com", "objectClass: groupOfNames", "cn: Engineering",
                "member: cn=roster,dc=example,dc=com");
        server.startListening();
        cli = new CliRunner(home);
        cli.env.put("CORP_PW", PASSWORD);
        CliRunner.Result added = cli.run("connections", "add", "corp", "--type", "ldap",
                "--set", "url=ldaps://localhost:" + server.getListenPort("ldaps"), "--set", "base_dn=dc=example,dc=com",
                "--set", "bind_dn=cn=roster,dc=example,dc=com", "--secret", "bind_password=env:CORP_PW");
        assertThat(added.code()).as(added.toString()).isZero();
    }

    @AfterEach
    void stop() {
        server.shutDown(true);
    }

    @Test
    void trustShowsTheCertificateAndTrustsOnlyTheFingerprintShown() throws Exception {
        CliRunner.Result untrusted = cli.run("connections", "test", "corp");
        assertThat(untrusted.code()).as(untrusted.toString()).isEqualTo(ExitCodes.TRANSPORT);
        assertThat(untrusted.error().get("code").asText()).isEqualTo("TLS_CERTIFICATE_UNTRUSTED");
        assertThat(untrusted.error().get("message").asText()).contains(certificate.fingerprint())
                .contains("CN=localhost,O=Roster Test").doesNotContain("PKIX");

        CliRunner.Result shown = cli.run("connections", "trust", "corp");
        assertThat(shown.code()).as(shown.toString()).isZero();
        assertThat(shown.json().at("/certificate/fingerprint").asText()).isEqualTo(certificate.fingerprint());
        assertThat(shown.json().at("/certificate/subject").asText()).isEqualTo("CN=localhost,O=Roster Test");
        assertThat(shown.json().at("/certificate/issuer").asText()).isEqualTo("CN=localhost,O=Roster Test");
        assertThat(shown.json().at("/certificate/not_after").asText()).isNotEmpty();
        assertThat(shown.json().get("trusted").asBoolean()).isFalse();
        assertThat(home.resolve("trust/corp.pem")).doesNotExist();

        String wrong = "SHA256:" + "00:".repeat(31) + "00";
        CliRunner.Result refused = cli.run("connections", "trust", "corp", "--fingerprint", wrong);
        assertThat(refused.code()).as(refused.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(refused.error().get("code").asText()).isEqualTo("TRUST_FINGERPRINT_MISMATCH");
        assertThat(home.resolve("trust/corp.pem")).doesNotExist();

        CliRunner.Result trusted = cli.run("connections", "trust", "corp", "--fingerprint", certificate.fingerprint());
        assertThat(trusted.code()).as(trusted.toString()).isZero();
        assertThat(trusted.json().get("trusted").asBoolean()).isTrue();
        Path file = home.resolve("trust/corp.pem");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readString(file)).doesNotContain(PASSWORD);

        CliRunner.Result works = cli.run("connections", "test", "corp");
        assertThat(works.code()).as(works.toString()).isZero();
        CliRunner.Result groups = cli.run("groups", "list", "-c", "corp");
        assertThat(groups.code()).as(groups.toString()).isZero();
        assertThat(groups.json().get("result")).hasSize(1);

        CliRunner.Result nothing = cli.run("connections", "trust", "corp");
        assertThat(nothing.code()).as(nothing.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(nothing.error().get("code").asText()).isEqualTo("TRUST_NOTHING_PRESENTED");

        CliRunner.Result listed = cli.run("connections", "trust", "corp", "--list");
        assertThat(listed.json().at("/trusted/0/fingerprint").asText()).isEqualTo(certificate.fingerprint());

        CliRunner.Result untrust = cli.run("connections", "untrust", "corp");
        assertThat(untrust.code()).as(untrust.toString()).isZero();
        assertThat(untrust.json().get("removed").asInt()).isEqualTo(1);
        assertThat(cli.run("connections", "test", "corp").code()).isEqualTo(ExitCodes.TRANSPORT);
    }

    @Test
    void removingAConnectionRemovesItsTrustFile() {
        assertThat(cli.run("connections", "trust", "corp", "--fingerprint", certificate.fingerprint()).code()).isZero();
        assertThat(home.resolve("trust/corp.pem")).exists();

        assertThat(cli.run("connections", "remove", "corp").code()).isZero();
        assertThat(home.resolve("trust/corp.pem")).doesNotExist();
    }

    @Test
    void plainLdapToAnotherMachineNeedsTheOptInAndLoopbackDoesNot() {
        CliRunner.Result refused = cli.run("connections", "add", "plain", "--type", "ldap", "--set", "url=ldap://directory.example.invalid",
                "--set", "base_dn=dc=example,dc=com", "--set", "bind_dn=cn=roster,dc=example,dc=com", "--secret", "bind_password=env:CORP_PW");
        assertThat(refused.code()).as(refused.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(refused.error().get("code").asText()).isEqualTo("INSECURE_CONNECTION_REFUSED");

        CliRunner.Result allowed = cli.run("connections", "add", "plain", "--type", "ldap", "--set", "url=ldap://directory.example.invalid",
                "--set", "allow_insecure=true",
                "--set", "base_dn=dc=example,dc=com", "--set", "bind_dn=cn=roster,dc=example,dc=com", "--secret", "bind_password=env:CORP_PW");
        assertThat(allowed.code()).as(allowed.toString()).isZero();

        CliRunner.Result loopback = cli.run("connections", "add", "local", "--type", "ldap", "--set", "url=ldap://127.0.0.1:3389",
                "--set", "base_dn=dc=example,dc=com", "--set", "bind_dn=cn=roster,dc=example,dc=com", "--secret", "bind_password=env:CORP_PW");
        assertThat(loopback.code()).as(loopback.toString()).isZero();
    }
}
