package dev.roster.app.connections.test;

import static dev.roster.app.testing.ConsoleFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import dev.roster.app.service.Connections;
import dev.roster.app.service.SecretSource;
import dev.roster.app.testing.ConsoleFixture;
import dev.roster.app.testing.Ui;
import dev.roster.app.ui.Messages;
import dev.roster.app.ui.task.ErrorLog;
import dev.roster.app.ui.task.FxTaskRunner;
import dev.roster.connectors.ConnectionReport;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

// feature: connection-check
/** The "Test connection" dialog on a saved LDAP connection to a real embedded server: the report, failure, cancel. */
@ExtendWith(ApplicationExtension.class)
class ConnectionTestDialogUiTest {
    private static final String PASSWORD = "Ui-Test-Bind-Secret-4471";
    @TempDir
    Path home;
    private final Map<String, String> env = new HashMap<>(Map.of("CORP_PW", PASSWORD));
    private final Messages messages = Messages.load(Locale.ROOT);
    private InMemoryDirectoryServer server;
    private Connections connections;
    private FxTaskRunner runner;
    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 640, 480));
        stage.show();
    }

    @BeforeEach
    void startServer() throws Exception {
        var config = new InMemoryDirectoryServerConfig("dc=example,dc=com");
        config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("default", InetAddress.getLoopbackAddress(), 0, null));
        config.addAdditionalBindCredentials("cn=roster,dc=example,dc=com", PASSWORD);
        server = new InMemoryDirectoryServer(config);
        server.add("dn: dc=example,dc=com", "objectClass: top", "objectClass: domain", "dc: example");
        server.add("dn: uid=ada,dc=example,dc=com", "objectClass: inetOrgPerson", "uid: ada", "cn: Ada Lovelace", "sn: Lovelace");
        server.add("dn: cn=Engineering,dc=example,dc=com", "objectClass: groupOfNames", "cn: Engineering",
                "member: uid=ada,dc=example,dc=com");
        server.startListening();
        connections = ConsoleFixture.connections(home, env);
        connections.add("corp", "ldap", Map.of("url", "ldap://127.0.0.1:" + server.getListenPort(), "base_dn", "dc=example,dc=com",
                "bind_dn", "cn=roster,dc=example,dc=com"), Map.of("bind_password", new SecretSource.Env("CORP_PW")), label -> null);
        runner = new FxTaskRunner(new ErrorLog());
    }

    @AfterEach
    void stop() {
        Ui.fx(() -> new java.util.ArrayList<>(javafx.stage.Window.getWindows()).stream().filter(w -> w != owner).forEach(javafx.stage.Window::hide));
        runner.close();
        server.shutDown(true);
    }

    private void open(Supplier<ConnectionReport> test) {
        Ui.fx(() -> ConnectionTestDialog.show(owner, messages, runner, "corp", test));
    }

    @Test
    void theReportShowsEveryCheckWithAnIconPerOutcome(FxRobot robot) throws Exception {
        open(() -> connections.test("corp"));
        await(30, () -> robot.lookup("#connection-test-again").queryAs(Button.class).isDisabled() == false
                && !robot.lookup("#connection-test-checks").queryAs(VBox.class).getChildren().isEmpty());

        VBox checks = robot.lookup("#connection-test-checks").queryAs(VBox.class);
        assertThat(checks.getChildren()).hasSize(7);
        String shown = Ui.texts(checks);
        assertThat(shown).contains("Reachable").contains("TLS").contains("Authenticated").contains("Permissions").contains("Rate limit")
                .contains("dn:cn=roster,dc=example,dc=com").contains("latency_ms: ").contains("not encrypted");
        // plain ldap:// on this machine: the connection works, and the TLS row warns
        assertThat(robot.lookup("#connection-test-status").queryAs(Label.class).getText())
                .isEqualTo(messages.get("connections.test.okWithWarnings"));
        assertThat(robot.lookup(".check-ok").queryAll()).isNotEmpty();
        assertThat(robot.lookup(".check-warning").queryAll()).hasSize(1);
        assertThat(robot.lookup(".check-not-checked").queryAll()).isNotEmpty();
        assertThat(robot.lookup("#connection-test-cancel").queryAs(Button.class).isVisible()).isFalse();
        assertThat(shown).doesNotContain(PASSWORD);
    }

    @Test
    void aWrongPasswordShowsTheFailedCheckAndTestAgainWorksOnceFixed(FxRobot robot) throws Exception {
        env.put("CORP_PW", "not-the-password");
        open(() -> connections.test("corp"));
        Label status = robot.lookup("#connection-test-status").queryAs(Label.class);
        await(30, () -> status.getText().equals(messages.get("connections.test.failed", messages.get("connections.test.aspect.authenticated"))));
        assertThat(robot.lookup(".check-failed").queryAll()).hasSize(1);
        assertThat(Ui.texts(robot.lookup("#connection-test-checks").queryAs(VBox.class))).contains("bind DN or password is wrong")
                .doesNotContain("not-the-password");

        env.put("CORP_PW", PASSWORD);
        robot.clickOn("#connection-test-again");
        await(30, () -> status.getText().equals(messages.get("connections.test.okWithWarnings")));
        assertThat(robot.lookup(".check-failed").queryAll()).isEmpty();
    }

    @Test
    void aTestStillRunningCanBeCancelled(FxRobot robot) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch never = new CountDownLatch(1);
        open(() -> {
            started.countDown();
            try {
                // a directory that answers late: the call ends only when the test lets it
                never.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return connections.test("corp");
        });
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        Button cancel = robot.lookup("#connection-test-cancel").queryAs(Button.class);
        await(10, cancel::isVisible);
        assertThat(robot.lookup("#connection-test-progress").query().isVisible()).isTrue();
        robot.clickOn(cancel);
        Label status = robot.lookup("#connection-test-status").queryAs(Label.class);
        await(10, () -> status.getText().equals(messages.get("connections.test.cancelling")));
        // the call under way ends (its answer, or its timeout): its report is dropped
        never.countDown();
        await(30, () -> status.getText().equals(messages.get("connections.test.cancelled")));
        await(10, () -> !cancel.isVisible());
        Node checks = robot.lookup("#connection-test-checks").query();
        assertThat(((VBox) checks).getChildren()).isEmpty();
    }
}
