package dev.roster.connectors.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.roster.connectors.ConnectionSettings;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorKind;
import dev.roster.connectors.tls.TestCertificates;
import dev.roster.connectors.tls.TlsSettings;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTTP transport checks the server's name against its certificate at a loopback address too (the
 * JDK client's endpoint identification), with {@code trusted_certificates} and {@code tls_server_name}
 * as for LDAP: HTTPS servers on 127.0.0.1 with certificates a trusted CA issued to other hosts.
 */
class HttpTransportTlsTest {
    @TempDir
    static Path dir;
    private static TestCertificates ca;
    private static HttpsServer wrongHost;
    private static HttpsServer rightAddress;
    private static HttpsServer tunnelled;
    /** The Authorization header of every request a server received. */
    private static final List<String> received = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws IOException {
        ca = TestCertificates.authority(dir);
        wrongHost = server(ca.issue("wrong.example.com", "dns:wrong.example.com").serverContext());
        rightAddress = server(ca.issue("localhost", "ip:127.0.0.1", "dns:localhost").serverContext());
        tunnelled = server(ca.issue("dc01.corp", "dns:dc01.corp").serverContext());
    }

    private static HttpsServer server(SSLContext context) throws IOException {
        HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(context));
        server.createContext("/", exchange -> {
            received.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            byte[] body = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return server;
    }

    @AfterAll
    static void stop() {
        for (HttpsServer s : new HttpsServer[] {wrongHost, rightAddress, tunnelled}) {
            if (s != null) {
                s.stop(0);
            }
        }
    }

    private static URI url(HttpsServer server, String host) {
        return URI.create("https://" + host + ":" + server.getAddress().getPort() + "/api/v1/groups");
    }

    /** A transport whose connection is the server at {@code uri} (requests elsewhere are refused unsent). */
    private static TestTransports at(URI uri) {
        return new TestTransports(() -> uri.resolve("/"));
    }

    private HttpTransport transport(URI uri, Map<String, String> extra) {
        Map<String, String> values = new HashMap<>(Map.of(TlsSettings.TRUSTED_CERTIFICATES, ca.caPem().toString()));
        values.putAll(extra);
        values.values().removeIf(String::isEmpty);
        return at(uri).builder(Auth.bearer(TestTransports.TOKEN)).tls(TlsSettings.parse(new ConnectionSettings("tls", values, Map.of())))
                .build();
    }

    private DirectoryException refused(HttpTransport transport, URI uri) {
        int before = received.size();
        try (transport) {
            DirectoryException e = catchThrowableOfType(DirectoryException.class, () -> transport.send(ApiRequest.get(uri)));
            assertThat(e).as("a request to " + uri).isNotNull();
            assertThat(received).as("requests the server received").hasSize(before);
            return e;
        }
    }

    @Test
    void aTrustedCertificateForAnotherHostIsRefusedAtALoopbackAddressBeforeTheTokenIsSent() {
        DirectoryException e = refused(transport(url(wrongHost, "127.0.0.1"), Map.of()), url(wrongHost, "127.0.0.1"));

        assertThat(e.kind()).isEqualTo(ErrorKind.TRANSPORT);
        assertThat(e.getMessage()).contains("wrong.example.com").contains("127.0.0.1").contains("tls_server_name");
    }

    @Test
    void aCertificateThatCarriesTheAddressIsAccepted() {
        try (HttpTransport transport = transport(url(rightAddress, "127.0.0.1"), Map.of())) {
            assertThat(transport.send(ApiRequest.get(url(rightAddress, "127.0.0.1"))).status()).isEqualTo(200);
        }
        assertThat(received).contains("Bearer " + TestTransports.TOKEN);
    }

    @Test
    void aTunnelWorksWhenTheSettingNamesTheHostTheCertificateCarries() {
        refused(transport(url(tunnelled, "127.0.0.1"), Map.of()), url(tunnelled, "127.0.0.1"));
        refused(transport(url(tunnelled, "127.0.0.1"), Map.of(TlsSettings.TLS_SERVER_NAME, "dc02.corp")), url(tunnelled, "127.0.0.1"));

        try (HttpTransport transport = transport(url(tunnelled, "127.0.0.1"), Map.of(TlsSettings.TLS_SERVER_NAME, "dc01.corp"))) {
            assertThat(transport.send(ApiRequest.get(url(tunnelled, "127.0.0.1"))).status()).isEqualTo(200);
        }
    }

    @Test
    void withoutTheSettingTheTestCaIsNotTrustedAndTheErrorNamesTheSetting() {
        DirectoryException e = refused(transport(url(rightAddress, "127.0.0.1"), Map.of(TlsSettings.TRUSTED_CERTIFICATES, "")), url(rightAddress, "127.0.0.1"));

        assertThat(e.kind()).isEqualTo(ErrorKind.TRANSPORT);
        assertThat(e.getMessage()).contains("not trusted").contains("trusted_certificates");
    }

    @Test
    void theDefaultTransportChecksNamesAtLoopbackAddressesToo() {
        // no TLS configured: the JVM's CAs, which do not include the test CA; what matters is that nothing is sent
        URI uri = url(wrongHost, "127.0.0.1");
        refused(at(uri).okta(), uri);
    }
}
