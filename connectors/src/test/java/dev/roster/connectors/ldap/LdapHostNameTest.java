package dev.roster.connectors.ldap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedSimpleBindRequest;
import com.unboundid.ldap.listener.interceptor.InMemoryOperationInterceptor;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.SimpleBindRequest;
import dev.roster.connectors.ConnectionSettings;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorKind;
import dev.roster.connectors.UnifiedDirectory;
import dev.roster.connectors.tls.TestCertificates;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The server's name is checked against its certificate at every address, loopback included (DESIGN.md,
 * Security): a certificate a trusted CA issued to {@code wrong.example.com} is refused at 127.0.0.1,
 * 127.0.0.2 and localhost, over ldaps:// and StartTLS, before the bind password is sent; the right one is
 * accepted; {@code tls_server_name} names the host a tunnelled server's certificate carries.
 */
class LdapHostNameTest {
    private static final String ADMIN = "cn=tls admin";
    @TempDir
    static Path dir;
    private static TestCertificates ca;
    private static Path rightLeaf;
    private static InMemoryDirectoryServer server;
    /** Every simple-bind password the server received, on any listener. */
    private static final List<String> passwordsReceived = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        ca = TestCertificates.authority(dir);
        SSLContext wrong = ca.issue("wrong.example.com", "dns:wrong.example.com").serverContext();
        TestCertificates.Identity rightIdentity = ca.issue("localhost", "dns:localhost", "ip:127.0.0.1", "ip:127.0.0.2");
        rightLeaf = rightIdentity.certificatePem();
        SSLContext right = rightIdentity.serverContext();
        SSLContext tunnelled = ca.issue("dc01.corp", "dns:dc01.corp").serverContext();
        InetAddress one = InetAddress.getByName("127.0.0.1");
        InetAddress two = InetAddress.getByName("127.0.0.2");
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(EmbeddedLdap.BASE);
        config.setListenerConfigs(
                ldaps("wrong-ldaps", one, wrong), startTls("wrong-starttls", one, wrong),
                ldaps("wrong-ldaps-2", two, wrong), startTls("wrong-starttls-2", two, wrong),
                ldaps("right-ldaps", one, right), startTls("right-starttls", one, right),
                ldaps("right-ldaps-2", two, right),
                ldaps("tunnel-ldaps", one, tunnelled), startTls("tunnel-starttls", one, tunnelled));
        String serverPassword = "Server-" + UUID.randomUUID();
        config.addAdditionalBindCredentials(ADMIN, serverPassword);
        config.addInMemoryOperationInterceptor(new InMemoryOperationInterceptor() {
            @Override
            public void processSimpleBindRequest(InMemoryInterceptedSimpleBindRequest request) throws LDAPException {
                passwordsReceived.add(request.getRequest().getPassword().stringValue());
                // each attempt sends a password of its own; the record above is what the test looks at
                request.setRequest(new SimpleBindRequest(ADMIN, serverPassword));
            }
        });
        server = new InMemoryDirectoryServer(config);
        server.add("dn: " + EmbeddedLdap.BASE, "objectClass: domain", "dc: example");
        server.startListening();
    }

    private static InMemoryListenerConfig ldaps(String name, InetAddress address, SSLContext context) throws LDAPException {
        return InMemoryListenerConfig.createLDAPSConfig(name, address, 0, context.getServerSocketFactory(), null);
    }

    private static InMemoryListenerConfig startTls(String name, InetAddress address, SSLContext context) throws LDAPException {
        return InMemoryListenerConfig.createLDAPConfig(name, address, 0, context.getSocketFactory());
    }

    @AfterAll
    static void stop() {
        server.shutDown(true);
    }

    /** Opens and verifies a connection with a password of its own, so the server's record shows whether it arrived. */
    private static Attempt attempt(String host, String listener, Map<String, String> extra) {
        boolean startTls = listener.contains("starttls");
        String password = "Bind-" + UUID.randomUUID();
        Map<String, String> values = new HashMap<>(Map.of(
                LdapSettings.URL, (startTls ? "ldap://" : "ldaps://") + host + ":" + server.getListenPort(listener),
                LdapSettings.START_TLS, String.valueOf(startTls), LdapSettings.BIND_DN, ADMIN, LdapSettings.BASE_DN, EmbeddedLdap.BASE,
                LdapSettings.TRUSTED_CERTIFICATES, ca.caPem().toString()));
        values.putAll(extra);
        try (UnifiedDirectory directory = UnifiedDirectory.open(new LdapConnectorProvider(),
                new ConnectionSettings("tls", values, Map.of(LdapSettings.BIND_PASSWORD, password)))) {
            DirectoryException failure = null;
            try {
                directory.verify();
            } catch (DirectoryException e) {
                failure = e;
            }
            return new Attempt(password, failure);
        }
    }

    private record Attempt(String password, DirectoryException failure) {
        boolean passwordReachedTheServer() {
            return passwordsReceived.contains(password);
        }
    }

    @ParameterizedTest(name = "{1} at {0}")
    @CsvSource({
            "127.0.0.1, wrong-ldaps", "127.0.0.1, wrong-starttls",
            "127.0.0.2, wrong-ldaps-2", "127.0.0.2, wrong-starttls-2",
            "localhost, wrong-ldaps", "localhost, wrong-starttls"})
    void aTrustedCertificateForAnotherHostIsRefusedAtEveryAddressBeforeThePasswordIsSent(String host, String listener) {
        Attempt attempt = attempt(host, listener, Map.of());

        assertThat(attempt.failure()).as("a certificate for wrong.example.com at " + host).isNotNull();
        assertThat(attempt.failure().kind()).isEqualTo(ErrorKind.TRANSPORT);
        assertThat(attempt.failure().getMessage()).contains(host).contains("wrong.example.com").contains("tls_server_name");
        assertThat(attempt.passwordReachedTheServer()).as("the bind password reached the server").isFalse();
    }

    @ParameterizedTest(name = "{1} at {0}")
    @CsvSource({"127.0.0.1, right-ldaps", "127.0.0.1, right-starttls", "127.0.0.2, right-ldaps-2", "localhost, right-ldaps",
            "localhost, right-starttls"})
    void aCertificateThatNamesTheAddressOrNameIsAccepted(String host, String listener) {
        Attempt attempt = attempt(host, listener, Map.of());

        assertThat(attempt.failure()).isNull();
        assertThat(attempt.passwordReachedTheServer()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"tunnel-ldaps", "tunnel-starttls"})
    void aTunnelWorksWhenTheSettingNamesTheHostTheCertificateCarries(String listener) {
        Attempt unnamed = attempt("127.0.0.1", listener, Map.of());
        assertThat(unnamed.failure()).isNotNull();
        assertThat(unnamed.passwordReachedTheServer()).isFalse();

        Attempt named = attempt("127.0.0.1", listener, Map.of(LdapSettings.TLS_SERVER_NAME, "dc01.corp"));
        assertThat(named.failure()).isNull();
        assertThat(named.passwordReachedTheServer()).isTrue();

        Attempt misnamed = attempt("127.0.0.1", listener, Map.of(LdapSettings.TLS_SERVER_NAME, "dc02.corp"));
        assertThat(misnamed.failure()).isNotNull();
        assertThat(misnamed.passwordReachedTheServer()).isFalse();
    }

    @Test
    void anUntrustedCertificateNamesTheSettingThatTrustsIt() {
        Attempt attempt = attempt("localhost", "right-ldaps", Map.of(LdapSettings.TRUSTED_CERTIFICATES, ""));

        assertThat(attempt.failure().kind()).isEqualTo(ErrorKind.TRANSPORT);
        assertThat(attempt.failure().getMessage()).contains("not trusted").contains("trusted_certificates");
        assertThat(attempt.passwordReachedTheServer()).isFalse();
    }

    @Test
    void aPinnedLeafCertificateIsTrustedOnItsOwnAndOnlyItself() {
        Attempt pinned = attempt("127.0.0.1", "right-ldaps", Map.of(LdapSettings.TRUSTED_CERTIFICATES, rightLeaf.toString()));
        assertThat(pinned.failure()).isNull();

        // another leaf of the same CA: pinning one leaf trusts that one only
        Path otherLeaf = ca.issue("pinned.example", "ip:127.0.0.1").certificatePem();
        Attempt other = attempt("127.0.0.1", "right-ldaps", Map.of(LdapSettings.TRUSTED_CERTIFICATES, otherLeaf.toString()));
        assertThat(other.failure()).isNotNull();
        assertThat(other.passwordReachedTheServer()).isFalse();
    }
}
