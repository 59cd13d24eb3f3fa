package dev.roster.app.groups;

import static dev.roster.app.testing.ConsoleFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.app.service.ConnectionProfile;
import dev.roster.app.service.ConnectionStore;
import dev.roster.app.service.RosterHome;
import dev.roster.app.testing.ConsoleFixture;
import dev.roster.connectors.fakes.GoogleFake;
import dev.roster.connectors.model.Group;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;

/** Smoke test: a Google Workspace connection (service-account key file) chosen in the console lists the fake's groups. */
@ExtendWith(ApplicationExtension.class)
class GoogleConsoleUiTest {
    @TempDir Path home;
    private GoogleFake fake;
    private ConsoleFixture console;
    private FxRobot robot;

    @Start
    void start(Stage stage) {
        fake = GoogleFake.start(4, 2);
        try {
            Path key = fake.writeKeyFile(home.resolve("service-account.json"));
            new ConnectionStore(RosterHome.of(home).connectionsFile()).add(new ConnectionProfile("workspace", "google",
                    Map.of("service_account_key_file", key.toString(), "subject", GoogleFake.ADMIN, "base_url", fake.baseUrl()), Map.of()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        console = ConsoleFixture.open(stage, home);
    }

    @AfterEach
    void close() {
        console.close();
        fake.close();
    }

    @Test
    void choosingTheWorkspaceConnectionListsItsGroups() throws Exception {
        ListView<?> connections = robot.lookup("#connections-list").queryAs(ListView.class);
        await(30, () -> connections.getItems().size() >= 2);
        robot.clickOn(robot.from(connections).lookup(LabeledMatchers.hasText("workspace")).<javafx.scene.Node>query());

        await(60, () -> robot.lookup("#groups-count").queryAs(Label.class).getText().startsWith("4 loaded"));
        TableView<Group> table = robot.lookup("#groups-table").queryTableView();
        assertThat(table.getItems()).extracting(Group::name).containsExactlyInAnyOrder("Group 001", "Group 002", "Group 003", "Group 004");
        assertThat(fake.tokenRequests()).isEqualTo(1);
    }
}
