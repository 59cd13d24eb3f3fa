package dev.roster.connectors.google;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.connectors.ConnectionReport;
import dev.roster.connectors.ConnectionReport.Check;
import dev.roster.connectors.ConnectionReport.Outcome;
import dev.roster.connectors.DirectoryConnector;
import dev.roster.connectors.fakes.GoogleFake;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

// feature: connection-check
/** "Test connection" on Google: the admin and service account signed in as, the scopes the delegation granted. */
class GoogleDiagnosisTest {
    private final GoogleTestConnections google = new GoogleTestConnections(3, 3);

    @AfterEach
    void stop() {
        google.close();
    }

    private List<Check> diagnose(Map<String, String> settings) {
        try (DirectoryConnector connector = google.connect(settings)) {
            return connector.diagnose();
        }
    }

    private static Check check(List<Check> checks, String aspect) {
        return checks.stream().filter(c -> c.aspect().equals(aspect)).findFirst().orElseThrow();
    }

    @Test
    void theServiceAccountTheAdminAndTheGrantedScopesAreReported() {
        List<Check> checks = diagnose(Map.of());
        assertThat(checks).noneMatch(c -> c.outcome() == Outcome.FAILED);
        Check who = check(checks, ConnectionReport.AUTHENTICATED);
        assertThat(who.details()).containsEntry("subject", GoogleFake.ADMIN).containsEntry("service_account", GoogleFake.CLIENT_EMAIL);
        Check scopes = check(checks, ConnectionReport.PERMISSIONS);
        assertThat(scopes.outcome()).isEqualTo(Outcome.OK);
        assertThat(scopes.details().get("scopes")).contains("https://www.googleapis.com/auth/admin.directory.group")
                .contains("https://www.googleapis.com/auth/admin.directory.user");
        assertThat(check(checks, ConnectionReport.USERS).outcome()).isEqualTo(Outcome.OK);
        assertThat(check(checks, ConnectionReport.RATE_LIMIT).outcome()).isEqualTo(Outcome.NOT_CHECKED);
        assertThat(check(checks, ConnectionReport.RATE_LIMIT).summary()).contains("no rate-limit headers");
    }

    @Test
    void readOnlyScopesAreAWarning() {
        Check scopes = check(diagnose(Map.of("access", "read_only")), ConnectionReport.PERMISSIONS);
        assertThat(scopes.outcome()).isEqualTo(Outcome.WARNING);
        assertThat(scopes.details().get("scopes")).contains("admin.directory.group.readonly");
    }
}
