package dev.roster.connectors.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.connectors.ConnectionReport;
import dev.roster.connectors.ConnectionReport.Check;
import dev.roster.connectors.ConnectionReport.Outcome;
import dev.roster.connectors.ConnectionSettings;
import dev.roster.connectors.ConnectorProvider;
import dev.roster.connectors.ConnectorRegistry;
import dev.roster.connectors.UnifiedDirectory;
import dev.roster.connectors.model.User;
import dev.roster.connectors.model.UserInput;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

// feature: connection-check
/**
 * "Test connection" on the Sandbox: its server answers the get-effective-rights control from its own access rule
 * (only the service account writes), so the report says what each account may write, asked without writing.
 */
class SandboxDiagnosisTest {
    @TempDir
    Path home;
    private final ConnectorProvider provider = ConnectorRegistry.load().require("sandbox");

    @Test
    void theServiceAccountMayWriteAndTheReportSaysSoWithoutATlsWarning() throws Exception {
        SandboxFixture.start(home).close();
        ConnectionReport report;
        try (UnifiedDirectory sandbox = UnifiedDirectory.open(provider,
                new ConnectionSettings("demo", Map.of(SandboxConnectorProvider.HOME, home.toString()), Map.of()))) {
            report = sandbox.test();
        }
        assertThat(report.ok()).as(report.toString()).isTrue();
        assertThat(report.type()).isEqualTo("sandbox");
        Check tls = report.check(ConnectionReport.TLS).orElseThrow();
        assertThat(tls.outcome()).isEqualTo(Outcome.NOT_CHECKED);
        assertThat(tls.summary()).contains("loopback");
        assertThat(report.check(ConnectionReport.AUTHENTICATED).orElseThrow().summary()).contains("dn:" + SandboxServer.SERVICE_ACCOUNT);
        Check rights = report.check(ConnectionReport.PERMISSIONS).orElseThrow();
        assertThat(rights.outcome()).as(rights.toString()).isEqualTo(Outcome.OK);
        assertThat(rights.details()).containsEntry("may_create_groups", "true").containsEntry("may_change_members", "true")
                .containsEntry("group_base", DemoOrganisation.GROUPS);
        assertThat(rights.details().get("source")).contains("aclRights");
        assertThat(report.check(ConnectionReport.GROUPS).orElseThrow().outcome()).isEqualTo(Outcome.OK);
        assertThat(report.check(ConnectionReport.USERS).orElseThrow().outcome()).isEqualTo(Outcome.OK);
    }

    @Test
    void aDemoUserMayReadButTheEffectiveRightsSayItMayNotWrite() throws Exception {
        try (SandboxServer server = SandboxFixture.start(home)) {
            String password = "Demo-User-Pw-8812";
            User created;
            try (UnifiedDirectory admin = SandboxFixture.connect(server.endpoint())) {
                created = admin.createUser(new UserInput("Rita Reader", "Rita", "Reader", "rita.reader", null, password, null, null,
                        null, null, null, null, null, null, null, null)).item();
            }
            ConnectionReport report;
            try (UnifiedDirectory rita = SandboxFixture.connect(server.endpoint(), created.id(), password)) {
                report = rita.test();
            }
            Check rights = report.check(ConnectionReport.PERMISSIONS).orElseThrow();
            assertThat(rights.outcome()).as(report.toString()).isEqualTo(Outcome.WARNING);
            assertThat(rights.details()).containsEntry("may_create_groups", "false").containsEntry("may_change_members", "false");
            assertThat(rights.summary()).contains("may not create groups").contains("may not change members");
            assertThat(report.check(ConnectionReport.GROUPS).orElseThrow().outcome()).isEqualTo(Outcome.OK);
            assertThat(report.toString()).doesNotContain(password);
        }
    }
}
