package dev.roster.connectors.ldap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.util.ssl.KeyStoreKeyManager;
import com.unboundid.util.ssl.SSLUtil;
import com.unboundid.util.ssl.TrustAllTrustManager;
import com.unboundid.util.ssl.cert.ManageCertificates;
import dev.roster.connectors.ConnectionSettings;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorKind;
import dev.roster.connectors.UnifiedDirectory;
import dev.roster.connectors.query.ListQuery;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ldaps:// and StartTLS against a server with a self-signed certificate for localhost: trusted through the
 * {@code trusted_certificates} PEM file, refused when the certificate is not trusted or names another host.
 * (At IP addresses, loopback included, see {@link LdapHostNameTest}.)
 */
class LdapTlsTest {
    private static final String PIN = "changeit";
    @TempDir
    static Path dir;
    private static InMemoryDirectoryServer server;
    private static Path pem;
    private static Path otherPem;

    @BeforeAll
    static void start() throws Exception {
        pem = dir.resolve("ca.pem");
        SSLUtil serverSsl = serverCertificate("localhost", pem);
        // a second listener whose certificate names another host, its PEM trusted all the same
        otherPem = dir.resolve("other.pem");
        SSLUtil otherSsl = serverCertificate("directory.example.invalid", otherPem);
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(EmbeddedLdap.BASE);
        config.setListenerConfigs(
                InMemoryListenerConfig.createLDAPConfig("starttls", InetAddress.getLoopbackAddress(), 0,
                        serverSsl.createSSLSocketFactory()),
                InMemoryListenerConfig.createLDAPSConfig("ldaps", InetAddress.getLoopbackAddress(), 0,
                        serverSsl.createSSLServerSocketFactory(), null),
                InMemoryListenerConfig.createLDAPSConfig("other", InetAddress.getLoopbackAddress(), 0,
                        otherSsl.createSSLServerSocketFactory(), null));
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

    /** A self-signed certificate for {@code host}, exported as PEM for the client to trust. */
    private static SSLUtil serverCertificate(String host, Path pemFile) throws Exception {
        Path keystore = dir.resolve(host + ".p12");
        manageCertificates("generate-self-signed-certificate", "--keystore", keystore.toString(), "--keystore-password", PIN,
                "--keystore-type", "PKCS12", "--alias", "server", "--subject-dn", "CN=" + host + ",O=Roster Test",
                "--subject-alternative-name-dns", host, "--days-valid", "2", "--key-algorithm", "EC", "--key-size-bits", "256",
                "--signature-algorithm", "SHA256withECDSA");
        manageCertificates("export-certificate", "--keystore", keystore.toString(), "--keystore-password", PIN,
                "--alias", "server", "--output-format", "PEM", "--output-file", pemFile.toString());
        return new SSLUtil(new KeyStoreKeyManager(keystore.toFile(), PIN.toCharArray(), "PKCS12", "server"),
                new TrustAllTrustManager());
    }

    private static void manageCertificates(String... args) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        ResultCode result = ManageCertificates.main(null, output, output, args);
        assertThat(result).as(output.toString()).isEqualTo(ResultCode.SUCCESS);
    }

    private static UnifiedDirectory open(String url, boolean startTls, boolean trustPem) {
        return open(url, startTls, trustPem ? pem : null);
    }

    private static UnifiedDirectory open(String url, boolean startTls, Path trusted) {
        Map<String, String> values = new HashMap<>(Map.of(LdapSettings.URL, url, LdapSettings.START_TLS, String.valueOf(startTls),
                LdapSettings.BIND_DN, "cn=tls admin", LdapSettings.BASE_DN, EmbeddedLdap.BASE));
        if (trusted != null) {
            values.put(LdapSettings.TRUSTED_CERTIFICATES, trusted.toString());
        }
        return UnifiedDirectory.open(new LdapConnectorProvider(),
                new ConnectionSettings("tls", values, Map.of(LdapSettings.BIND_PASSWORD, "tls-admin-secret")));
    }

    @Test
    void ldapsWithTheCertificateTrustedWorks() {
        try (UnifiedDirectory directory = open("ldaps://localhost:" + server.getListenPort("ldaps"), false, true)) {
            directory.verify();
            assertThat(directory.listGroups(ListQuery.ofLimit(5)).page().result()).hasSize(1);
        }
    }

    @Test
    void startTlsWithTheCertificateTrustedWorksAndIsTraced() {
        try (UnifiedDirectory directory = open("ldap://localhost:" + server.getListenPort("starttls"), true, true)) {
            directory.verify();
            assertThat(directory.exchanges().snapshot()).extracting(x -> x.method()).startsWith("EXTENDED", "BIND");
        }
    }

    @Test
    void anUntrustedCertificateIsRefusedBeforeTheBind() {
        try (UnifiedDirectory directory = open("ldaps://localhost:" + server.getListenPort("ldaps"), false, false)) {
            DirectoryException refused = catchThrowableOfType(DirectoryException.class, directory::verify);

            assertThat(refused.kind()).isEqualTo(ErrorKind.TRANSPORT);
            assertThat(directory.exchanges().snapshot()).noneMatch(x -> x.method().equals("BIND") && x.succeeded());
        }
    }

    @Test
    void aTrustedCertificateForAnotherHostNameIsRefused() {
        try (UnifiedDirectory directory = open("ldaps://localhost:" + server.getListenPort("other"), false, otherPem)) {
            DirectoryException refused = catchThrowableOfType(DirectoryException.class, directory::verify);

            assertThat(refused.kind()).isEqualTo(ErrorKind.TRANSPORT);
            assertThat(refused.getMessage()).contains("directory.example.invalid");
        }
    }
}
