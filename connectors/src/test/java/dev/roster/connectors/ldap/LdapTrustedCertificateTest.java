package dev.roster.connectors.ldap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.util.ssl.KeyStoreKeyManager;
import com.unboundid.util.ssl.SSLUtil;
import com.unboundid.util.ssl.TrustAllTrustManager;
import dev.roster.connectors.ConnectionSettings;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.ErrorKind;
import dev.roster.connectors.UnifiedDirectory;
import dev.roster.connectors.query.ListQuery;
import dev.roster.connectors.tls.PresentedCertificate;
import dev.roster.connectors.tls.SelfSigned;
import dev.roster.connectors.tls.TlsFailures;
import dev.roster.connectors.tls.TlsSettings;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The trust flow against a real LDAPS server with self-signed certificates: an untrusted certificate is a
 * typed error carrying the fingerprint, subject, issuer and expiry of the certificate this test made; the
 * same certificate in the connection's trust store works; a trusted certificate for another name is still
 * refused, and said apart; a different certificate later (a rotation, or someone in the middle) is refused
 * again with its own fingerprint. The bind password is never sent when refused.
 */
class LdapTrustedCertificateTest {
    @TempDir
    static Path dir;
    private static InMemoryDirectoryServer server;
    private static SelfSigned localhost;
    private static SelfSigned rotated;
    private static SelfSigned otherName;

    @BeforeAll
    static void start() throws Exception {
        localhost = SelfSigned.make(dir, "localhost", "localhost", "localhost");
        rotated = SelfSigned.make(dir, "rotated", "localhost", "localhost");
        otherName = SelfSigned.make(dir, "other", "directory.example.invalid", "directory.example.invalid");
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(EmbeddedLdap.BASE);
        config.setListenerConfigs(
                InMemoryListenerConfig.createLDAPSConfig("ldaps", InetAddress.getLoopbackAddress(), 0,
                        ssl(localhost).createSSLServerSocketFactory(), null),
                InMemoryListenerConfig.createLDAPSConfig("rotated", InetAddress.getLoopbackAddress(), 0,
                        ssl(rotated).createSSLServerSocketFactory(), null),
                InMemoryListenerConfig.createLDAPSConfig("other", InetAddress.getLoopbackAddress(), 0,
                        ssl(otherName).createSSLServerSocketFactory(), null),
                InMemoryListenerConfig.createLDAPConfig("starttls", InetAddress.getLoopbackAddress(), 0,
                        ssl(localhost).createSSLSocketFactory()));
        config.addAdditionalBindCredentials("cn=tls admin", "tls-admin-secret");
        server = new InMemoryDirectoryServer(config);
        server.add("dn: " + EmbeddedLdap.BASE, "objectClass: domain", "dc: example");
        server.add("dn: cn=g," + EmbeddedLdap.BASE, "objectClass: groupOfNames", "cn: g");
        server.startListening();
    }

    @AfterAll
    static void stop() {
        server.shutDown(true);
    }

    private static SSLUtil ssl(SelfSigned certificate) throws Exception {
        return new SSLUtil(new KeyStoreKeyManager(certificate.keystore().toFile(), SelfSigned.PIN.toCharArray(), "PKCS12", "server"),
                new TrustAllTrustManager());
    }

    private static UnifiedDirectory open(String listener, Path trustStore) {
        boolean startTls = listener.equals("starttls");
        String url = (startTls ? "ldap" : "ldaps") + "://localhost:" + server.getListenPort(listener);
        Map<String, String> values = new HashMap<>(Map.of(LdapSettings.URL, url, LdapSettings.START_TLS, String.valueOf(startTls),
                LdapSettings.BIND_DN, "cn=tls admin", LdapSettings.BASE_DN, EmbeddedLdap.BASE));
        if (trustStore != null) {
            values.put(TlsSettings.TRUST_STORE, trustStore.toString());
        }
        return UnifiedDirectory.open(new LdapConnectorProvider(),
                new ConnectionSettings("corp", values, Map.of(LdapSettings.BIND_PASSWORD, "tls-admin-secret")));
    }

    private static DirectoryException refused(UnifiedDirectory directory) {
        DirectoryException refused = catchThrowableOfType(DirectoryException.class, directory::verify);
        assertThat(refused).as("the handshake must fail").isNotNull();
        assertThat(refused.kind()).isEqualTo(ErrorKind.TRANSPORT);
        assertThat(directory.exchanges().snapshot()).noneMatch(x -> x.method().equals("BIND") && x.succeeded());
        return refused;
    }

    @Test
    void anUntrustedSelfSignedCertificateIsATypedErrorWithItsFingerprintSubjectIssuerAndExpiry() {
        try (UnifiedDirectory directory = open("ldaps", dir.resolve("no-trust-yet.pem"))) {
            DirectoryException refused = refused(directory);

            assertThat(refused.code()).contains(ErrorCode.TLS_CERTIFICATE_UNTRUSTED);
            assertThat(refused.arguments().get(1)).isEqualTo(localhost.fingerprint());
            assertThat(refused.arguments().get(2)).isEqualTo("CN=localhost,O=Roster Test");
            assertThat(refused.arguments().get(3)).isEqualTo("CN=localhost,O=Roster Test"); // self-signed
            assertThat(refused.arguments().get(5)).isEqualTo("corp");
            assertThat(refused.getMessage()).contains(localhost.fingerprint()).doesNotContain("PKIX path building failed");
            PresentedCertificate presented = TlsFailures.untrusted(refused).orElseThrow();
            assertThat(presented.fingerprint()).isEqualTo(localhost.fingerprint());
            assertThat(presented.notAfter()).isAfter(java.time.Instant.parse("2020-01-01T00:00:00Z"));
            assertThat(refused.arguments().get(4)).isEqualTo(TlsFailures.expiry(presented));
        }
    }

    @Test
    void theSameCertificateInTheConnectionsTrustStoreWorksForLdapsAndStartTls() throws Exception {
        Path store = Files.copy(localhost.pem(), dir.resolve("trust-localhost.pem"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (UnifiedDirectory directory = open("ldaps", store)) {
            directory.verify();
            assertThat(directory.listGroups(ListQuery.ofLimit(5)).page().result()).hasSize(1);
        }
        try (UnifiedDirectory directory = open("starttls", store)) {
            directory.verify();
        }
    }

    @Test
    void aTrustedCertificateForAnotherNameIsStillRefusedAndSaidApartFromUntrusted() throws Exception {
        Path store = Files.copy(otherName.pem(), dir.resolve("trust-other.pem"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (UnifiedDirectory directory = open("other", store)) {
            DirectoryException refused = refused(directory);

            assertThat(refused.code()).contains(ErrorCode.TLS_CERTIFICATE_NAME_MISMATCH);
            assertThat(refused.arguments().get(1)).contains("DNS:directory.example.invalid");
            assertThat(refused.arguments().get(2)).contains("localhost");
            assertThat(refused.arguments().get(3)).isEqualTo(otherName.fingerprint());
            assertThat(TlsFailures.untrusted(refused)).as("nothing to offer for trust: it is trusted").isEmpty();
        }
    }

    @Test
    void aDifferentCertificateLaterIsRefusedAgainWithTheNewFingerprint() throws Exception {
        Path store = Files.copy(localhost.pem(), dir.resolve("trust-before-rotation.pem"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (UnifiedDirectory directory = open("rotated", store)) {
            DirectoryException refused = refused(directory);

            assertThat(refused.code()).contains(ErrorCode.TLS_CERTIFICATE_UNTRUSTED);
            assertThat(refused.arguments().get(1)).isEqualTo(rotated.fingerprint()).isNotEqualTo(localhost.fingerprint());
        }
    }
}
