package dev.roster.app.activity;

import static dev.roster.app.testing.ConsoleFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.app.service.activity.ActivityEntry;
import dev.roster.app.testing.ConsoleFixture;
import dev.roster.app.testing.Ui;
import dev.roster.connectors.trace.Exchange;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Activity tab: a write made in the console is listed and links to the exchange that sent it. */
@ExtendWith(ApplicationExtension.class)
class ActivityUiTest {
    @TempDir Path home;
    private ConsoleFixture console;
    private FxRobot robot;

    @Start
    void start(Stage stage) {
        console = ConsoleFixture.open(stage, home);
    }

    @AfterEach
    void close() {
        console.close();
    }

    @Test
    void aWriteIsListedAndItsLinkSelectsItsExchangeInTheInspector() throws Exception {
        await(60, () -> robot.lookup("#groups-count").queryAs(Label.class).getText().startsWith("100 loaded"));
        robot.clickOn("#groups-table");
        robot.push(KeyCode.CONTROL, KeyCode.G);
        await(10, () -> Ui.showing(robot, "#create-group-dialog"));
        robot.clickOn("#group-name").write("Logged");
        robot.clickOn("#group-create");
        await(30, () -> !Ui.showing(robot, "#create-group-dialog"));
        await(10, () -> !console.activity().isEmpty());
        ActivityEntry logged = console.activity().getFirst();
        assertThat(logged.operation()).isEqualTo("create_group");
        assertThat(logged.exchange()).isNotNull();

        robot.clickOn(robot.lookup(".tab").match(t -> "tab-activity".equals(t.getId())).queryAs(Node.class));
        TableView<ActivityEntry> table = robot.lookup("#activity-table").queryAs(TableView.class);
        await(10, () -> table.getItems().size() == 1);
        assertThat(table.getItems().getFirst().operation()).isEqualTo("create_group");
        robot.clickOn(robot.lookup("#activity-table .hyperlink").queryAs(Node.class));

        TableView<Exchange> inspector = robot.lookup("#inspector-table").queryAs(TableView.class);
        await(10, () -> inspector.isVisible() && inspector.getSelectionModel().getSelectedItem() != null);
        Exchange selected = inspector.getSelectionModel().getSelectedItem();
        assertThat(selected.sequence()).isEqualTo(logged.exchange());
        assertThat(selected.method()).isEqualTo("ADD");
        assertThat(selected.target()).contains("cn=Logged");
    }
}
