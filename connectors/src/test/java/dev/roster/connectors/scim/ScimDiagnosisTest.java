package dev.roster.connectors.scim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.connectors.ConnectionReport;
import dev.roster.connectors.ConnectionReport.Check;
import dev.roster.connectors.ConnectionReport.Outcome;
import dev.roster.connectors.ErrorKind;
import dev.roster.connectors.UnifiedDirectory;
import dev.roster.connectors.fakes.ScimFake;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

// feature: connection-check
/** "Test connection" on SCIM: the server's ServiceProviderConfig features, one group, one user, Retry-After state. */
class ScimDiagnosisTest {
    private ScimFake fake;

    @BeforeEach
    void start() {
        fake = ScimFake.start(3, 3).capCount(25);
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void theServiceProviderConfigSaysWhatTheServerSupports() {
        ConnectionReport report;
        try (UnifiedDirectory scim = ScimTestConnections.open(fake, Map.of())) {
            report = scim.test();
        }
        assertThat(report.ok()).as(report.toString()).isTrue();
        Check features = report.check(ConnectionReport.PERMISSIONS).orElseThrow();
        assertThat(features.outcome()).isEqualTo(Outcome.OK);
        assertThat(features.details()).containsEntry("patch", "true").containsEntry("filter", "true")
                .containsEntry("filter_max_results", "25").containsEntry("bulk", "false");
        assertThat(features.summary()).contains("PATCH").contains("no bulk");
        assertThat(report.check(ConnectionReport.AUTHENTICATED).orElseThrow().summary()).contains("token was accepted");
        assertThat(report.check(ConnectionReport.GROUPS).orElseThrow().outcome()).isEqualTo(Outcome.OK);
        assertThat(report.check(ConnectionReport.USERS).orElseThrow().outcome()).isEqualTo(Outcome.OK);
        assertThat(report.check(ConnectionReport.RATE_LIMIT).orElseThrow().outcome()).isEqualTo(Outcome.NOT_CHECKED);
        assertThat(report.toString()).doesNotContain(ScimFake.TOKEN);
    }

    @Test
    void aWrongTokenIsAFailedAuthenticationAndNothingElseIsAsked() {
        ConnectionReport report;
        try (UnifiedDirectory scim = ScimTestConnections.open(fake, "wrong-scim-token", Map.of())) {
            report = scim.test();
        }
        Check auth = report.check(ConnectionReport.AUTHENTICATED).orElseThrow();
        assertThat(auth.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(auth.errorKind()).contains(ErrorKind.AUTHENTICATION);
        assertThat(report.check(ConnectionReport.PERMISSIONS).orElseThrow().outcome()).isEqualTo(Outcome.NOT_CHECKED);
        assertThat(fake.journal().getAllServeEvents()).hasSize(1);
    }
}
