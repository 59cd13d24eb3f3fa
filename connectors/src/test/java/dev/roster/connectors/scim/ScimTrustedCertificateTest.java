package dev.roster.connectors.scim;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.roster.connectors.ConnectionSettings;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.ErrorKind;
import dev.roster.connectors.UnifiedDirectory;
import dev.roster.connectors.tls.SelfSigned;
import dev.roster.connectors.tls.TlsFailures;
import dev.roster.connectors.tls.TlsSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The trust flow over HTTPS: a WireMock SCIM service with a self-signed certificate made here. Untrusted: a
 * typed error with that certificate's fingerprint, and the token never sent; in the connection's trust
 * store: it works; trusted but for another name: still refused; the server restarted with a new certificate
 * on the same port: refused again with the new fingerprint.
 */
class ScimTrustedCertificateTest {
    private static final String LIST = """
            {"schemas":["urn:ietf:params:scim:api:messages:2.0:ListResponse"],"totalResults":1,"startIndex":1,"itemsPerPage":1,
             "Resources":[{"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"id":"g1","displayName":"Engineering"}]}""";
    @TempDir
    Path dir;
    private WireMockServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private WireMockServer start(SelfSigned certificate, int port) {
        WireMockServer s = new WireMockServer(options().httpDisabled(true).httpsPort(port).bindAddress("127.0.0.1").jettyAcceptors(1)
                .keystorePath(certificate.keystore().toString()).keystorePassword(SelfSigned.PIN).keyManagerPassword(SelfSigned.PIN)
                .keystoreType("PKCS12"));
        s.start();
        s.stubFor(get(urlPathEqualTo("/scim/v2/Groups")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/scim+json").withBody(LIST)));
        return s;
    }

    private UnifiedDirectory open(String host, Path trustStore) {
        Map<String, String> values = new HashMap<>(Map.of(ScimSettings.BASE_URL,
                "https://" + host + ":" + server.httpsPort() + "/scim/v2", TlsSettings.TRUST_STORE, trustStore.toString()));
        return UnifiedDirectory.open(new ScimConnectorProvider(),
                new ConnectionSettings("scim-corp", values, Map.of(ScimSettings.TOKEN, "scim-trust-token")));
    }

    private DirectoryException refused(UnifiedDirectory directory) {
        DirectoryException refused = catchThrowableOfType(DirectoryException.class, directory::verify);
        assertThat(refused).as("the handshake must fail").isNotNull();
        assertThat(refused.kind()).isEqualTo(ErrorKind.TRANSPORT);
        assertThat(server.findAll(getRequestedFor(urlPathEqualTo("/scim/v2/Groups")))).as("nothing was sent").isEmpty();
        return refused;
    }

    @Test
    void untrustedThenTrustedThenRotated() throws Exception {
        SelfSigned first = SelfSigned.make(dir, "first", "localhost", "localhost");
        server = start(first, 0);
        Path store = dir.resolve("trust.pem");

        try (UnifiedDirectory directory = open("localhost", store)) {
            DirectoryException refused = refused(directory);
            assertThat(refused.code()).contains(ErrorCode.TLS_CERTIFICATE_UNTRUSTED);
            assertThat(refused.arguments().get(1)).isEqualTo(first.fingerprint());
            assertThat(refused.arguments().get(2)).isEqualTo("CN=localhost,O=Roster Test");
            assertThat(refused.arguments().get(5)).isEqualTo("scim-corp");
            assertThat(TlsFailures.untrusted(refused).orElseThrow().fingerprint()).isEqualTo(first.fingerprint());
        }

        Files.copy(first.pem(), store, StandardCopyOption.REPLACE_EXISTING);
        try (UnifiedDirectory directory = open("localhost", store)) {
            directory.verify();
        }

        int port = server.httpsPort();
        server.stop();
        SelfSigned second = SelfSigned.make(dir, "second", "localhost", "localhost");
        server = start(second, port);
        try (UnifiedDirectory directory = open("localhost", store)) {
            DirectoryException refused = refused(directory);
            assertThat(refused.code()).contains(ErrorCode.TLS_CERTIFICATE_UNTRUSTED);
            assertThat(refused.arguments().get(1)).isEqualTo(second.fingerprint()).isNotEqualTo(first.fingerprint());
        }
    }

    @Test
    void aTrustedCertificateForAnotherNameIsStillRefused() throws Exception {
        SelfSigned other = SelfSigned.make(dir, "other", "scim.example.invalid", "scim.example.invalid");
        server = start(other, 0);
        Path store = Files.copy(other.pem(), dir.resolve("trust-other.pem"));

        try (UnifiedDirectory directory = open("localhost", store)) {
            DirectoryException refused = refused(directory);
            assertThat(refused.code()).contains(ErrorCode.TLS_CERTIFICATE_NAME_MISMATCH);
            assertThat(refused.arguments().get(1)).contains("DNS:scim.example.invalid");
            assertThat(refused.arguments().get(3)).isEqualTo(other.fingerprint());
            assertThat(TlsFailures.untrusted(refused)).isEmpty();
        }
    }
}
