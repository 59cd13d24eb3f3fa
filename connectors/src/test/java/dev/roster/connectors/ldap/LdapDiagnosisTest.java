package dev.roster.connectors.ldap;

import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.DN;
import dev.roster.connectors.ConnectionReport;
import dev.roster.connectors.ConnectionReport.Check;
import dev.roster.connectors.ConnectionReport.Outcome;
import dev.roster.connectors.ConnectionSettings;
import dev.roster.connectors.UnifiedDirectory;
import dev.roster.connectors.tls.TestCertificates;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

// feature: connection-check
/** "Test connection" on LDAP against the embedded server: each aspect, from the server's own answers. */
class LdapDiagnosisTest {
    @TempDir
    Path dir;

    private static ConnectionReport test(ConnectionSettings settings) {
        try (UnifiedDirectory directory = UnifiedDirectory.open(new LdapConnectorProvider(), settings)) {
            return directory.test();
        }
    }

    private static Check check(ConnectionReport report, String aspect) {
        return report.check(aspect).orElseThrow(() -> new AssertionError("no " + aspect + " check in " + report));
    }

    @Test
    void anOpenLdapLikeServerIsReachedAndReadButCannotSayWhatTheAccountMayWrite() {
        try (EmbeddedLdap ldap = EmbeddedLdap.start(3, 2)) {
            ConnectionReport report = test(ldap.settings("corp", Map.of()));

            assertThat(report.ok()).as(report.toString()).isTrue();
            assertThat(report.checks()).extracting(Check::aspect).containsExactly(ConnectionReport.REACHABLE, ConnectionReport.TLS,
                    ConnectionReport.AUTHENTICATED, ConnectionReport.PERMISSIONS, ConnectionReport.GROUPS, ConnectionReport.USERS,
                    ConnectionReport.RATE_LIMIT);
            assertThat(check(report, ConnectionReport.REACHABLE).outcome()).isEqualTo(Outcome.OK);
            assertThat(check(report, ConnectionReport.REACHABLE).details().get("latency_ms")).matches("\\d+");
            // plain ldap:// to this machine: it works, and the report says the password travels in clear
            assertThat(check(report, ConnectionReport.TLS).outcome()).isEqualTo(Outcome.WARNING);
            assertThat(check(report, ConnectionReport.TLS).summary()).contains("not encrypted");
            Check who = check(report, ConnectionReport.AUTHENTICATED);
            assertThat(who.outcome()).isEqualTo(Outcome.OK);
            // RFC 4532: the in-memory server answers "dn:" and the bound DN
            assertThat(who.summary()).contains("dn:" + EmbeddedLdap.WRITER);
            assertThat(check(report, ConnectionReport.PERMISSIONS).outcome()).isEqualTo(Outcome.NOT_CHECKED);
            assertThat(check(report, ConnectionReport.PERMISSIONS).summary()).contains("get-effective-rights").contains("OpenLDAP");
            assertThat(check(report, ConnectionReport.GROUPS).outcome()).isEqualTo(Outcome.OK);
            assertThat(check(report, ConnectionReport.GROUPS).details()).containsEntry("base", EmbeddedLdap.GROUPS);
            assertThat(check(report, ConnectionReport.USERS).outcome()).isEqualTo(Outcome.OK);
            assertThat(check(report, ConnectionReport.RATE_LIMIT).outcome()).isEqualTo(Outcome.NOT_CHECKED);
            assertThat(report.toString()).doesNotContain(ldap.writerPassword());
        }
    }

    @Test
    void aWrongPasswordIsAFailedAuthenticationOfAReachableServerAndTheRestIsNotChecked() {
        try (EmbeddedLdap ldap = EmbeddedLdap.start(1, 1)) {
            ConnectionReport report = test(ldap.settings("corp", EmbeddedLdap.WRITER, "Wrong-Password-31337", Map.of()));

            assertThat(report.ok()).isFalse();
            assertThat(check(report, ConnectionReport.REACHABLE).outcome()).isEqualTo(Outcome.OK);
            Check auth = check(report, ConnectionReport.AUTHENTICATED);
            assertThat(auth.outcome()).isEqualTo(Outcome.FAILED);
            assertThat(auth.errorKind()).contains(dev.roster.connectors.ErrorKind.AUTHENTICATION);
            assertThat(auth.details()).containsEntry(ConnectionReport.PROVIDER_STATUS, "49"); // invalidCredentials
            assertThat(auth.summary()).contains("bind DN or password is wrong");
            assertThat(report.firstFailure()).contains(auth);
            assertThat(check(report, ConnectionReport.USERS).outcome()).isEqualTo(Outcome.NOT_CHECKED);
            assertThat(report.toString()).doesNotContain("Wrong-Password-31337");
        }
    }

    @Test
    void aServerThatIsNotThereIsUnreachable() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        Map<String, String> values = Map.of(LdapSettings.URL, "ldap://127.0.0.1:" + port, LdapSettings.BIND_DN, EmbeddedLdap.WRITER,
                LdapSettings.BASE_DN, EmbeddedLdap.BASE, "connect_timeout_seconds", "5");
        ConnectionReport report = test(new ConnectionSettings("gone", values, Map.of(LdapSettings.BIND_PASSWORD, "x-secret")));

        Check reachable = check(report, ConnectionReport.REACHABLE);
        assertThat(reachable.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(reachable.errorKind()).contains(dev.roster.connectors.ErrorKind.TRANSPORT);
        assertThat(check(report, ConnectionReport.TLS).summary()).isEqualTo("not reached");
        assertThat(check(report, ConnectionReport.GROUPS).outcome()).isEqualTo(Outcome.NOT_CHECKED);
    }

    @Test
    void activeDirectorysEffectiveAttributesTellWhatTheAccountMayWriteOnTheGroupBase() {
        try (EmbeddedLdap ldap = EmbeddedLdap.start(2, 2, new ActiveDirectoryEffectiveRights(dn(EmbeddedLdap.WRITER)))) {
            Check writer = check(test(ldap.settings("corp", Map.of())), ConnectionReport.PERMISSIONS);
            assertThat(writer.outcome()).as(writer.toString()).isEqualTo(Outcome.OK);
            assertThat(writer.details()).containsEntry("may_create_groups", "true").containsEntry("may_change_members", "true")
                    .containsEntry("group_base", EmbeddedLdap.GROUPS);

            Check reader = check(test(ldap.settings("corp", EmbeddedLdap.READER, ldap.readerPassword(), Map.of())),
                    ConnectionReport.PERMISSIONS);
            // the reader is told nothing: the attributes come back without values, as AD leaves them out
            assertThat(reader.outcome()).as(reader.toString()).isEqualTo(Outcome.NOT_CHECKED);
        }
    }

    @Test
    void ldapsReportsTheServersCertificate() throws Exception {
        TestCertificates ca = TestCertificates.authority(dir);
        TestCertificates.Identity identity = ca.issue("localhost", "dns:localhost");
        var config = new InMemoryDirectoryServerConfig(EmbeddedLdap.BASE);
        config.setListenerConfigs(InMemoryListenerConfig.createLDAPSConfig("ldaps", InetAddress.getLoopbackAddress(), 0,
                identity.serverContext().getServerSocketFactory(), null));
        config.addAdditionalBindCredentials("cn=tls admin", "tls-admin-secret");
        InMemoryDirectoryServer server = new InMemoryDirectoryServer(config);
        server.add("dn: " + EmbeddedLdap.BASE, "objectClass: domain", "dc: example");
        server.startListening();
        try {
            Map<String, String> values = new HashMap<>(Map.of(LdapSettings.URL, "ldaps://localhost:" + server.getListenPort(),
                    LdapSettings.BIND_DN, "cn=tls admin", LdapSettings.BASE_DN, EmbeddedLdap.BASE,
                    LdapSettings.TRUSTED_CERTIFICATES, ca.caPem().toString()));
            ConnectionReport report = test(new ConnectionSettings("tls", values, Map.of(LdapSettings.BIND_PASSWORD, "tls-admin-secret")));

            X509Certificate leaf = certificate(identity.certificatePem());
            Check tls = check(report, ConnectionReport.TLS);
            // the test CA's certificates last two days: well within the 30 days that call for renewal
            assertThat(tls.outcome()).as(report.toString()).isEqualTo(Outcome.WARNING);
            assertThat(tls.summary()).startsWith("verified: CN=localhost,O=Roster Test, issued by CN=Roster Test CA,O=Roster Test")
                    .endsWith("renew it soon");
            assertThat(tls.details()).containsEntry("subject", "CN=localhost,O=Roster Test")
                    .containsEntry("issuer", "CN=Roster Test CA,O=Roster Test")
                    .containsEntry("not_after", leaf.getNotAfter().toInstant().toString())
                    .containsEntry("sha256_fingerprint", sha256(leaf))
                    .containsEntry("names", "DNS:localhost");
            assertThat(tls.details().get("protocol")).startsWith("TLSv1.");
        } finally {
            server.shutDown(true);
        }
    }

    static X509Certificate certificate(Path pem) throws Exception {
        try (InputStream in = Files.newInputStream(pem)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }

    /** What {@code keytool -printcert} shows as SHA256: colon-separated upper-case hex of the DER digest. */
    static String sha256(X509Certificate certificate) throws Exception {
        return HexFormat.ofDelimiter(":").formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()))
                .toUpperCase(Locale.ROOT);
    }

    private static DN dn(String s) {
        try {
            return new DN(s);
        } catch (com.unboundid.ldap.sdk.LDAPException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
