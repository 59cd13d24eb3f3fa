package dev.roster.app.connections;

import static dev.roster.app.testing.ConsoleFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.app.service.SecretSource;
import dev.roster.app.testing.ConsoleFixture;
import dev.roster.connectors.fakes.TrutoFake;
import java.nio.file.Path;
import java.util.Map;
import javafx.scene.control.Label;
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

/** Smoke test: the console opened on a Truto connection (against {@link TrutoFake}) lists its groups, and a blocked account says so. */
@ExtendWith(ApplicationExtension.class)
class TrutoConsoleUiTest {
    private static final Map<String, String> ENV = Map.of("TRUTO_TOKEN", TrutoFake.TOKEN);
    @TempDir static Path home;
    private static TrutoFake fake;
    private ConsoleFixture console;
    private FxRobot robot;

    @BeforeAll
    static void startFake() {
        fake = TrutoFake.start(5, 2);
        var connections = ConsoleFixture.connections(home, ENV);
        connections.add("truto", "truto", Map.of("base_url", fake.baseUrl(), "integrated_account_id", TrutoFake.ACCOUNT),
                Map.of("token", new SecretSource.Env("TRUTO_TOKEN")), label -> null);
        connections.add("truto-blocked", "truto", Map.of("base_url", fake.baseUrl(), "integrated_account_id", TrutoFake.BLOCKED_ACCOUNT),
                Map.of("token", new SecretSource.Env("TRUTO_TOKEN")), label -> null);
        // without the Sandbox the first connection, truto, is the one the console opens: no Sandbox is started
        connections.remove("sandbox");
    }

    @AfterAll
    static void stopFake() {
        fake.close();
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
    void listsTheGroupsOfTheIntegratedAccount(FxRobot robot) throws Exception {
        this.robot = robot;

        await(30, () -> text("#groups-count").startsWith("5 loaded"));
    }

    @Test
    void aBlockedAccountIsExplained(FxRobot robot) throws Exception {
        this.robot = robot;
        robot.clickOn("truto-blocked");

        await(30, () -> text("#connection-detail").contains("blocked this integrated account"));
        assertThat(text("#connection-detail")).contains("Truto");
    }

    private String text(String query) {
        String text = robot.lookup(query).queryAs(Label.class).getText();
        return text == null ? "" : text;
    }
}
