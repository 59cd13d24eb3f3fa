package dev.roster.app.groups;

import static dev.roster.app.testing.ConsoleFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.app.testing.ConsoleFixture;
import dev.roster.app.testing.Ui;
import dev.roster.connectors.model.Group;
import dev.roster.connectors.model.GroupType;
import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The New group dialog (Ctrl+G): Esc leaves without a trace; Create makes the group, shows it selected, logs it. */
@ExtendWith(ApplicationExtension.class)
class CreateGroupUiTest {
    static final int DEMO_GROUPS = 250;
    @TempDir Path home;
    private ConsoleFixture console;
    private FxRobot robot;

    @Start
    void start(Stage stage) {
        console = ConsoleFixture.open(stage, home);
    }

    @BeforeEach
    void firstPageShown() throws Exception {
        await(60, () -> robot.lookup("#groups-count").queryAs(Label.class).getText().startsWith("100 loaded"));
    }

    @AfterEach
    void close() {
        console.close();
    }

    @Test
    void escClosesTheDialogAndNothingIsCreated() throws Exception {
        robot.clickOn("#groups-table");
        robot.push(KeyCode.CONTROL, KeyCode.G);
        await(10, () -> Ui.showing(robot, "#create-group-dialog"));
        robot.clickOn("#group-name").write("Never sent");
        robot.push(KeyCode.ESCAPE);
        await(10, () -> !Ui.showing(robot, "#create-group-dialog"));

        assertThat(console.allGroups()).hasSize(DEMO_GROUPS).noneMatch(g -> g.name().equals("Never sent"));
        assertThat(console.activity()).isEmpty();
    }

    @Test
    void aCreatedGroupIsStoredShownSelectedAndRecorded() throws Exception {
        robot.clickOn("#groups-table");
        robot.push(KeyCode.CONTROL, KeyCode.G);
        await(10, () -> Ui.showing(robot, "#create-group-dialog"));
        robot.clickOn("#group-name").write("UI Guild");
        robot.clickOn("#group-description").write("made by a test");
        ComboBox<GroupType> type = robot.lookup("#group-type").queryAs(ComboBox.class);
        Ui.fx(() -> type.setValue(GroupType.TEAM));
        robot.clickOn("#group-create");
        await(30, () -> !Ui.showing(robot, "#create-group-dialog"));

        Group stored = console.allGroups().stream().filter(g -> g.name().equals("UI Guild")).findFirst()
                .orElseThrow(() -> new AssertionError("the group is not in the directory"));
        assertThat(stored.description()).isEqualTo("made by a test");
        assertThat(stored.groupType()).isEqualTo(GroupType.TEAM);
        TableView<Group> table = robot.lookup("#groups-table").queryAs(TableView.class);
        await(10, () -> table.getSelectionModel().getSelectedItem() != null);
        assertThat(table.getSelectionModel().getSelectedItem().id()).isEqualTo(stored.id());
        await(10, () -> !console.activity().isEmpty());
        assertThat(console.activity()).singleElement().satisfies(e -> {
            assertThat(e.operation()).isEqualTo("create_group");
            assertThat(e.succeeded()).isTrue();
        });
    }
}
