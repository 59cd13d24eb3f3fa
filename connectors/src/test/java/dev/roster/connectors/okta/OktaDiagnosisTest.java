package dev.roster.connectors.okta;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.connectors.ConnectionReport;
import dev.roster.connectors.ConnectionReport.Check;
import dev.roster.connectors.ConnectionReport.Outcome;
import dev.roster.connectors.ConnectionSettings;
import dev.roster.connectors.ErrorKind;
import dev.roster.connectors.UnifiedDirectory;
import dev.roster.connectors.fakes.OktaFake;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

// feature: connection-check
/** "Test connection" on Okta: the token's user ({@code /users/me}), its admin roles, the X-Rate-Limit-* window. */
class OktaDiagnosisTest {
    private OktaFake fake;

    @BeforeEach
    void start() {
        fake = OktaFake.start(4, 3);
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    private ConnectionReport test(String token) {
        try (UnifiedDirectory okta = UnifiedDirectory.open(new OktaConnectorProvider(),
                new ConnectionSettings("okta", Map.of("base_url", fake.baseUrl()), Map.of("token", token)))) {
            return okta.test();
        }
    }

    @Test
    void anApiTokenReportsItsUserItsAdminRolesAndTheRateLimitWindow() {
        ConnectionReport report = test(OktaFake.TOKEN);

        assertThat(report.ok()).as(report.toString()).isTrue();
        Check who = report.check(ConnectionReport.AUTHENTICATED).orElseThrow();
        assertThat(who.summary()).contains("roster.admin@example.com");
        assertThat(who.details()).containsEntry("login", "roster.admin@example.com");
        Check roles = report.check(ConnectionReport.PERMISSIONS).orElseThrow();
        assertThat(roles.outcome()).isEqualTo(Outcome.OK);
        assertThat(roles.details()).containsEntry("admin_roles", "ORG_ADMIN");
        assertThat(report.check(ConnectionReport.GROUPS).orElseThrow().outcome()).isEqualTo(Outcome.OK);
        assertThat(report.check(ConnectionReport.USERS).orElseThrow().outcome()).isEqualTo(Outcome.OK);
        Check limit = report.check(ConnectionReport.RATE_LIMIT).orElseThrow();
        assertThat(limit.outcome()).isEqualTo(Outcome.OK);
        assertThat(limit.details()).containsEntry("limit", Integer.toString(OktaFake.RATE_LIMIT)).containsKeys("remaining", "reset");
        // plain http to the fake: said, not failed
        assertThat(report.check(ConnectionReport.TLS).orElseThrow().outcome()).isEqualTo(Outcome.WARNING);
        assertThat(report.toString()).doesNotContain(OktaFake.TOKEN);
    }

    @Test
    void aReadOnlyAdminIsWarnedThatItCannotChangeGroups() {
        Check roles = test(OktaFake.READ_ONLY_TOKEN).check(ConnectionReport.PERMISSIONS).orElseThrow();
        assertThat(roles.outcome()).isEqualTo(Outcome.WARNING);
        assertThat(roles.details()).containsEntry("admin_roles", "READ_ONLY_ADMIN");
        assertThat(roles.summary()).contains("not change groups");
    }

    @Test
    void aRefusedTokenFailsAuthenticationWithOktasOwnError() {
        ConnectionReport report = test("00not-a-token-of-this-org");
        assertThat(report.ok()).isFalse();
        assertThat(report.check(ConnectionReport.REACHABLE).orElseThrow().outcome()).isEqualTo(Outcome.OK);
        Check auth = report.check(ConnectionReport.AUTHENTICATED).orElseThrow();
        assertThat(auth.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(auth.errorKind()).contains(ErrorKind.AUTHENTICATION);
        assertThat(auth.details()).containsEntry(ConnectionReport.PROVIDER_STATUS, "401");
        assertThat(auth.summary()).contains("Invalid token provided");
        assertThat(report.check(ConnectionReport.PERMISSIONS).orElseThrow().outcome()).isEqualTo(Outcome.NOT_CHECKED);
        assertThat(report.toString()).doesNotContain("00not-a-token-of-this-org");
    }
}
