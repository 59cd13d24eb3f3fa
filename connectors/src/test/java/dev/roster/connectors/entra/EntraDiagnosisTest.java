package dev.roster.connectors.entra;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.connectors.ConnectionReport;
import dev.roster.connectors.ConnectionReport.Check;
import dev.roster.connectors.ConnectionReport.Outcome;
import dev.roster.connectors.ConnectionSettings;
import dev.roster.connectors.ErrorKind;
import dev.roster.connectors.UnifiedDirectory;
import dev.roster.connectors.fakes.GraphFake;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

// feature: connection-check
/**
 * "Test connection" on Graph over HTTPS: the server's certificate, the app the token was issued to and its granted
 * application permissions (the access token's {@code roles} claim).
 */
class EntraDiagnosisTest {
    private GraphFake fake;

    @BeforeEach
    void start() {
        fake = GraphFake.start(3, 2);
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    private static ConnectionReport test(ConnectionSettings settings) {
        try (UnifiedDirectory graph = UnifiedDirectory.open(new EntraConnectorProvider(), settings)) {
            return graph.test();
        }
    }

    @Test
    void theAppItsPermissionsAndTheServersCertificateAreReported() throws Exception {
        ConnectionReport report = test(fake.settings("tenant", GraphFake.CLIENT_ID, GraphFake.CLIENT_SECRET, Map.of()));

        assertThat(report.ok()).as(report.toString()).isTrue();
        Check who = report.check(ConnectionReport.AUTHENTICATED).orElseThrow();
        assertThat(who.summary()).contains("Roster Test App").contains(GraphFake.CLIENT_ID).contains(GraphFake.TENANT);
        Check roles = report.check(ConnectionReport.PERMISSIONS).orElseThrow();
        assertThat(roles.outcome()).isEqualTo(Outcome.OK);
        assertThat(roles.details()).containsEntry("roles", "Group.ReadWrite.All User.ReadWrite.All");
        X509Certificate server;
        try (InputStream in = Files.newInputStream(fake.serverCertificatePem())) {
            server = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
        Check tls = report.check(ConnectionReport.TLS).orElseThrow();
        assertThat(tls.details()).containsEntry("subject", "CN=localhost,O=Roster Test")
                .containsEntry("issuer", "CN=Roster Test CA,O=Roster Test")
                .containsEntry("sha256_fingerprint", HexFormat.ofDelimiter(":")
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(server.getEncoded())).toUpperCase(Locale.ROOT));
        assertThat(report.check(ConnectionReport.GROUPS).orElseThrow().outcome()).isEqualTo(Outcome.OK);
        assertThat(report.check(ConnectionReport.USERS).orElseThrow().outcome()).isEqualTo(Outcome.OK);
        assertThat(report.toString()).doesNotContain(GraphFake.CLIENT_SECRET).doesNotContain("eyJ");
    }

    @Test
    void aReaderAppIsWarnedThatItCannotChangeMembers() {
        Check roles = test(fake.settings("reader", GraphFake.READER_CLIENT_ID, GraphFake.READER_SECRET, Map.of()))
                .check(ConnectionReport.PERMISSIONS).orElseThrow();
        assertThat(roles.outcome()).isEqualTo(Outcome.WARNING);
        assertThat(roles.details()).containsEntry("roles", "Group.Read.All User.Read.All");
        assertThat(roles.summary()).contains("GroupMember.ReadWrite.All");
    }

    @Test
    void aPastedDelegatedTokenReportsItsUserAndScopes() {
        ConnectionReport report = test(fake.tokenSettings("pasted", fake.issueToken(false)));
        assertThat(report.check(ConnectionReport.AUTHENTICATED).orElseThrow().summary()).contains("admin@contoso.example");
        assertThat(report.check(ConnectionReport.PERMISSIONS).orElseThrow().details()).containsEntry("scopes", "Group.Read.All User.Read.All");
    }

    @Test
    void aRefusedSecretFailsAuthenticationWithTheSignInsReason() {
        ConnectionReport report = test(fake.settings("wrong", GraphFake.CLIENT_ID, "wrong-secret-value", Map.of()));
        Check auth = report.check(ConnectionReport.AUTHENTICATED).orElseThrow();
        assertThat(auth.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(auth.errorKind()).contains(ErrorKind.AUTHENTICATION);
        assertThat(auth.summary()).contains("AADSTS7000215").contains("client_secret");
        assertThat(report.toString()).doesNotContain("wrong-secret-value");
    }
}
