package dev.roster.connectors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.connectors.ConnectionReport.Check;
import dev.roster.connectors.ConnectionReport.Outcome;
import dev.roster.connectors.tls.PeerCertificate;
import dev.roster.connectors.tls.TestCertificates;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

// feature: connection-check
/** The probe's rules: what a failure of the first call means, certificate expiry, and the rate-limit window. */
class ConnectionProbeTest {
    @TempDir
    Path dir;

    private Check tlsAt(X509Certificate leaf, Instant now) {
        ConnectionProbe probe = new ConnectionProbe(Clock.fixed(now, ZoneOffset.UTC));
        probe.reach("the server", () -> "answered");
        probe.tls(Optional.of(PeerCertificate.of(leaf, "TLSv1.3")), "plain");
        return probe.checks().get(1);
    }

    @Test
    void aCertificateIsOkThenDueForRenewalThenExpired() throws Exception {
        TestCertificates ca = TestCertificates.authority(dir);
        X509Certificate leaf;
        try (InputStream in = Files.newInputStream(ca.issue("directory.example", "dns:directory.example").certificatePem())) {
            leaf = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
        Instant notAfter = leaf.getNotAfter().toInstant();
        assertThat(tlsAt(leaf, notAfter.minus(Duration.ofDays(31))).outcome()).isEqualTo(Outcome.OK);
        Check soon = tlsAt(leaf, notAfter.minus(Duration.ofDays(29)));
        assertThat(soon.outcome()).isEqualTo(Outcome.WARNING);
        assertThat(soon.summary()).contains("(29 days)").endsWith("renew it soon");
        Check expired = tlsAt(leaf, notAfter.plusSeconds(1));
        assertThat(expired.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(expired.details()).containsEntry("subject", "CN=directory.example,O=Roster Test").containsEntry("names", "DNS:directory.example");
    }

    @Test
    void aRefusalMeansReachedButNotAuthenticatedAndSilenceMeansNotReached() {
        ConnectionProbe refused = new ConnectionProbe();
        refused.reach("the server", () -> {
            throw DirectoryException.remote(ErrorKind.AUTHENTICATION, "no such token", 401, "{}", null, null);
        });
        refused.check(ConnectionReport.USERS, () -> Check.ok(ConnectionReport.USERS, "read", Map.of()));
        assertThat(refused.checks()).extracting(Check::aspect, Check::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ConnectionReport.REACHABLE, Outcome.OK),
                org.assertj.core.groups.Tuple.tuple(ConnectionReport.AUTHENTICATED, Outcome.FAILED),
                org.assertj.core.groups.Tuple.tuple(ConnectionReport.USERS, Outcome.NOT_CHECKED));

        ConnectionProbe silent = new ConnectionProbe();
        silent.reach("the server", () -> {
            throw DirectoryException.of(ErrorKind.TRANSPORT, "connection refused");
        });
        assertThat(silent.checks()).singleElement().satisfies(c -> {
            assertThat(c.aspect()).isEqualTo(ConnectionReport.REACHABLE);
            assertThat(c.outcome()).isEqualTo(Outcome.FAILED);
            assertThat(c.errorKind()).contains(ErrorKind.TRANSPORT);
        });
    }

    @Test
    void aLaterCallsErrorIsItsFailedCheckNotAnException() {
        ConnectionProbe probe = new ConnectionProbe();
        probe.reach("the server", () -> "ok");
        probe.check(ConnectionReport.USERS, () -> {
            throw DirectoryException.remote(ErrorKind.PERMISSION, "may not list users", 403, "{}", null, null);
        });
        Check users = probe.checks().get(1);
        assertThat(users.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(users.details()).containsEntry(ConnectionReport.ERROR_KIND, "PERMISSION").containsEntry(ConnectionReport.PROVIDER_STATUS, "403");
    }

    @Test
    void theRateLimitWindowWarnsWhenNearlySpent() {
        Instant reset = Instant.parse("2026-01-01T00:01:00Z");
        assertThat(RateLimitCheck.of(new DirectorySignal.RateLimited(600L, 598L, reset)).outcome()).isEqualTo(Outcome.OK);
        Check low = RateLimitCheck.of(new DirectorySignal.RateLimited(600L, 12L, reset));
        assertThat(low.outcome()).isEqualTo(Outcome.WARNING);
        assertThat(low.details()).containsEntry("remaining", "12").containsEntry("limit", "600").containsEntry("reset", "2026-01-01T00:01:00Z");
        assertThat(RateLimitCheck.of(new DirectorySignal.RateLimited(600L, 0L, reset)).summary()).startsWith("rate limited");
    }
}
