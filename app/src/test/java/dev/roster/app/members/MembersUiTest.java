package dev.roster.app.members;

import static dev.roster.app.testing.ConsoleFixture.await;
import static dev.roster.app.testing.Ui.row;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.app.service.activity.ActivityEntry;
import dev.roster.app.testing.ConsoleFixture;
import dev.roster.app.testing.Ui;
import dev.roster.connectors.model.Group;
import dev.roster.connectors.model.User;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
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

/** The members pane: opening a group lists what the directory holds; removing two members asks, then reports each. */
@ExtendWith(ApplicationExtension.class)
class MembersUiTest {
    @TempDir Path home;
    private ConsoleFixture console;
    private FxRobot robot;
    private Group group;
    private List<User> stored;

    @Start
    void start(Stage stage) {
        console = ConsoleFixture.open(stage, home);
    }

    @BeforeEach
    void openASmallGroup() throws Exception {
        await(60, () -> robot.lookup("#groups-count").queryAs(Label.class).getText().startsWith("100 loaded"));
        group = console.smallGroup();
        stored = console.members(group);
        Ui.<Group>clickRow(robot, "#groups-table", g -> g.id().equals(group.id()));
        await(30, () -> members().getItems().size() == stored.size());
    }

    @AfterEach
    void close() {
        console.close();
    }

    @Test
    void openingAGroupListsEveryMemberTheDirectoryHolds() {
        assertThat(robot.lookup("#members-title").queryAs(Label.class).getText()).isEqualTo("Members of " + group.name());
        assertThat(members().getItems()).extracting(User::id).containsExactlyInAnyOrderElementsOf(ids(stored));
        assertThat(robot.lookup("#members-count").queryAs(Label.class).getText()).isEqualTo(stored.size() + " members");
    }

    @Test
    void removingTwoMembersNamesThemAndTheGroupFirstThenReportsEachResult() throws Exception {
        User firstRow = members().getItems().get(0);
        User secondRow = members().getItems().get(1);
        // What the confirmation must name comes from the directory, not from the rows the console shows.
        User first = stored.stream().filter(u -> u.id().equals(firstRow.id())).findFirst().orElseThrow();
        User second = stored.stream().filter(u -> u.id().equals(secondRow.id())).findFirst().orElseThrow();
        robot.clickOn(row(robot, "#members-table", firstRow));
        robot.press(KeyCode.CONTROL).clickOn(row(robot, "#members-table", secondRow)).release(KeyCode.CONTROL);
        robot.push(KeyCode.DELETE);
        await(10, () -> Ui.showing(robot, "#confirmation"));

        Node confirmation = robot.lookup("#confirmation").query();
        assertThat(Ui.texts(confirmation)).contains(group.name(), first.name(), first.username(), second.name(), second.username(),
                "Remove 2 members");
        robot.clickOn("#confirmation-ok");
        await(30, () -> members().getItems().size() == stored.size() - 2);

        // The list's rows, not its cells' text: at 1440x900 the strip is still too low to show a cell (issue 12,
        // the dialogs/members helper's part); what it lists is checked here.
        ListView<RemovalResult> results = robot.lookup("#members-results").queryAs(ListView.class);
        await(10, () -> results.getItems().size() == 2);
        assertThat(results.isVisible()).isTrue();
        assertThat(results.getItems()).allMatch(RemovalResult::succeeded).extracting(r -> r.user().id())
                .containsExactlyInAnyOrder(first.id(), second.id());
        assertThat(members().getItems()).extracting(User::id).doesNotContain(first.id(), second.id());
        assertThat(console.members(group)).extracting(User::id).hasSize(stored.size() - 2).doesNotContain(first.id(), second.id());
        await(10, () -> console.activity().size() == 2);
        assertThat(console.activity()).filteredOn(e -> e.operation().equals("remove_member"))
                .hasSize(2).allMatch(ActivityEntry::succeeded);
    }

    @SuppressWarnings("unchecked")
    private TableView<User> members() {
        return robot.lookup("#members-table").queryAs(TableView.class);
    }

    private static List<String> ids(List<User> users) {
        return users.stream().map(User::id).toList();
    }
}
