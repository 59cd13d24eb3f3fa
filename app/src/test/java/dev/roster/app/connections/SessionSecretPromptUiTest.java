package dev.roster.app.connections;

import static dev.roster.app.testing.ConsoleFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.app.service.ConnectionProfile;
import dev.roster.app.service.SecretSource;
import dev.roster.app.testing.ConsoleFixture;
import dev.roster.app.testing.Ui;
import dev.roster.connectors.ldap.EmbeddedLdap;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * No keychain (the fixture's console has none): opening a connection whose secret is kept in the
 * {@code keychain} asks for it once per session in a password dialog, and a second open does not ask; the
 * secret lives in memory only (no file of the home holds it, in any encoding), and the dialog's field is
 * cleared when it closes. A cancelled or refused secret is asked for again.
 */
@ExtendWith(ApplicationExtension.class)
class SessionSecretPromptUiTest {
    private static final Map<String, String> ENV = new HashMap<>();
    @TempDir static Path home;
    private static EmbeddedLdap ldap;
    private ConsoleFixture console;
    private FxRobot robot;

    @BeforeAll
    static void setUp() {
        ldap = EmbeddedLdap.start(3, 2);
        ENV.put("OTHER_PW", ldap.writerPassword());
        var connections = ConsoleFixture.connections(home, ENV);
        Map<String, String> settings = new HashMap<>(ldap.settings("corp", Map.of()).values());
        connections.store().add(new ConnectionProfile("corp", "ldap", settings, Map.of("bind_password", "keychain")));
        connections.add("other", "ldap", settings, Map.of("bind_password", new SecretSource.Env("OTHER_PW")), k -> null);
        // without the Sandbox the first connection, corp, is the one the console opens
        connections.remove("sandbox");
    }

    @AfterAll
    static void tearDown() {
        ldap.close();
    }

    @Start
    void start(Stage stage) {
        console = ConsoleFixture.open(stage, home, ENV);
    }

    @AfterEach
    void close() {
        console.close();
    }

    @Test
    void asksOnceKeepsTheSecretInMemoryOnlyAndAsksNothingTheSecondTime(FxRobot robot) throws Exception {
        this.robot = robot;
        await(30, () -> Ui.showing(robot, "#session-secret-field"));
        assertThat(text("#session-secret-intro")).contains("no OS keychain").contains("kept in memory for this session only");
        PasswordField field = robot.lookup("#session-secret-field").queryAs(PasswordField.class);
        type(field, ldap.writerPassword());
        robot.clickOn("#session-secret-ok");

        await(10, () -> !Ui.showing(robot, "#session-secret-field"));
        assertThat(field.getText()).as("the field forgets what was typed once its dialog closes").isEmpty();
        awaitConnected("corp");

        robot.clickOn("other");
        awaitConnected("other");
        robot.clickOn("corp");
        // reaching "connected" again means no question stopped the open: a second open does not ask
        awaitConnected("corp");
        assertThat(Ui.showing(robot, "#session-secret-field")).isFalse();
        assertThat(console.window().context().secrets().holds("corp", "bind_password")).isTrue();

        assertThat(filesHolding(ldap.writerPassword())).as("files of the home holding the secret").isEmpty();
    }

    @Test
    void aCancelledQuestionIsSaidAndRetryAsksAgain(FxRobot robot) throws Exception {
        this.robot = robot;
        await(30, () -> Ui.showing(robot, "#session-secret-field"));
        robot.clickOn("#session-secret-cancel");

        await(10, () -> text("#connection-detail").contains("No value was entered for the secret bind_password"));
        robot.clickOn("#connection-retry");
        await(30, () -> Ui.showing(robot, "#session-secret-field"));
        type(robot.lookup("#session-secret-field").queryAs(PasswordField.class), ldap.writerPassword());
        robot.clickOn("#session-secret-ok");
        awaitConnected("corp");
    }

    @Test
    void aSecretTheDirectoryRefusesIsForgottenSoRetryAsksAgain(FxRobot robot) throws Exception {
        this.robot = robot;
        await(30, () -> Ui.showing(robot, "#session-secret-field"));
        type(robot.lookup("#session-secret-field").queryAs(PasswordField.class), "not-the-password");
        robot.clickOn("#session-secret-ok");

        await(30, () -> !text("#connection-detail").isEmpty());
        assertThat(console.window().context().secrets().holds("corp", "bind_password")).isFalse();
        robot.clickOn("#connection-retry");
        await(30, () -> Ui.showing(robot, "#session-secret-field"));
        type(robot.lookup("#session-secret-field").queryAs(PasswordField.class), ldap.writerPassword());
        robot.clickOn("#session-secret-ok");
        awaitConnected("corp");
    }

    private void type(PasswordField field, String secret) {
        robot.clickOn(field);
        robot.write(secret);
        assertThat(field.getText()).isEqualTo(secret);
    }

    private void awaitConnected(String name) throws Exception {
        await(30, () -> {
            var session = console.window().connections().session();
            return session != null && session.name().equals(name);
        });
    }

    /** Every file under the home that holds the secret as it is, URL-encoded or in base64. */
    private static List<Path> filesHolding(String secret) throws IOException {
        List<String> forms = List.of(secret, URLEncoder.encode(secret, StandardCharsets.UTF_8),
                Base64.getEncoder().encodeToString(secret.getBytes(StandardCharsets.UTF_8)));
        List<Path> holding = new ArrayList<>();
        try (Stream<Path> files = Files.walk(home)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                if (forms.stream().anyMatch(content::contains)) {
                    holding.add(file);
                }
            }
        }
        return holding;
    }

    private String text(String query) {
        return robot.lookup(query).tryQuery().map(n -> ((Label) n).getText()).map(t -> t == null ? "" : t).orElse("");
    }
}
