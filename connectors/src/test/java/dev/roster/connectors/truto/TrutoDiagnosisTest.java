package dev.roster.connectors.truto;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.connectors.ConnectionReport;
import dev.roster.connectors.ConnectionReport.Check;
import dev.roster.connectors.ConnectionReport.Outcome;
import dev.roster.connectors.UnifiedDirectory;
import dev.roster.connectors.fakes.TrutoFake;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

// feature: connection-check
/** "Test connection" on Truto: the integrated account from the Admin API, and Truto's ratelimit-* window. */
class TrutoDiagnosisTest {
    private TrutoFake fake;

    @BeforeEach
    void start() {
        fake = TrutoFake.start(3, 3);
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    private ConnectionReport test(String account) {
        try (UnifiedDirectory truto = TrutoTestConnections.open(fake, account, Map.of("request_timeout_seconds", "30"))) {
            return truto.test();
        }
    }

    @Test
    void anActiveAccountIsReportedWithItsTenantAndTheRateLimitWindow() {
        ConnectionReport report = test(TrutoFake.ACCOUNT);
        assertThat(report.ok()).as(report.toString()).isTrue();
        Check account = report.check(ConnectionReport.PERMISSIONS).orElseThrow();
        assertThat(account.outcome()).isEqualTo(Outcome.OK);
        assertThat(account.details()).containsEntry("integrated_account_id", TrutoFake.ACCOUNT).containsEntry("tenant_id", "acme-1")
                .containsEntry("status", "active").containsEntry("is_sandbox", "false").doesNotContainKey("context");
        assertThat(report.toString()).doesNotContain("acme.okta.example").doesNotContain(TrutoFake.TOKEN);
        Check limit = report.check(ConnectionReport.RATE_LIMIT).orElseThrow();
        assertThat(limit.outcome()).isEqualTo(Outcome.OK);
        assertThat(limit.details()).containsEntry("limit", "50").containsKey("remaining");
    }

    @Test
    void aSandboxAccountIsWarnedThatTrutoRefusesWrites() {
        ConnectionReport report = test(TrutoFake.SANDBOX_ACCOUNT);
        Check account = report.check(ConnectionReport.PERMISSIONS).orElseThrow();
        assertThat(account.outcome()).as(report.toString()).isEqualTo(Outcome.WARNING);
        assertThat(account.summary()).contains("sandbox").contains("405");
    }

    @Test
    void aBlockedAccountFailsTheFirstCall() {
        ConnectionReport report = test(TrutoFake.BLOCKED_ACCOUNT);
        assertThat(report.ok()).isFalse();
        assertThat(report.firstFailure().orElseThrow().summary()).contains("blocked");
    }
}
