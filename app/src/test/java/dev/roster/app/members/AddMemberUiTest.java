package dev.roster.app.members;

import static dev.roster.app.testing.ConsoleFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.app.testing.ConsoleFixture;
import dev.roster.app.testing.Ui;
import dev.roster.connectors.model.Group;
import dev.roster.connectors.model.User;
import dev.roster.connectors.query.ListQuery;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
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

/** The Add member dialog: opened on the selected group, it finds a user as you type and adds them. */
@ExtendWith(ApplicationExtension.class)
class AddMemberUiTest {
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
    void ctrlMFindsAUserAsYouTypeAndAddsThemToTheSelectedGroup() throws Exception {
        await(60, () -> robot.lookup("#groups-count").queryAs(Label.class).getText().startsWith("100 loaded"));
        Group group = console.smallGroup();
        List<String> before = console.members(group).stream().map(User::id).toList();
        User newcomer = console.directory().listUsers(ListQuery.ofLimit(50)).page().result().stream()
                .filter(u -> !before.contains(u.id()) && u.username() != null).findFirst().orElseThrow();
        Ui.<Group>clickRow(robot, "#groups-table", g -> g.id().equals(group.id()));
        await(30, () -> members().getItems().size() == before.size());

        robot.push(KeyCode.CONTROL, KeyCode.M);
        await(10, () -> Ui.showing(robot, "#add-member-dialog"));
        assertThat(robot.lookup("#add-member-group").queryAs(ComboBox.class).getValue()).extracting("id").isEqualTo(group.id());
        robot.clickOn("#add-member-search").write(newcomer.username());
        ListView<User> matches = robot.lookup("#add-member-matches").queryAs(ListView.class);
        await(30, () -> matches.getItems().stream().anyMatch(u -> u.id().equals(newcomer.id())));
        robot.clickOn(robot.lookup("#add-member-matches .list-cell")
                .match(c -> ((ListCell<?>) c).getItem() instanceof User u && u.id().equals(newcomer.id())).queryAs(Node.class));
        robot.clickOn("#add-member-submit");
        await(30, () -> !Ui.showing(robot, "#add-member-dialog"));

        await(30, () -> members().getItems().stream().anyMatch(u -> u.id().equals(newcomer.id())));
        assertThat(console.members(group)).extracting(User::id).contains(newcomer.id()).hasSize(before.size() + 1);
        await(10, () -> !console.activity().isEmpty());
        assertThat(console.activity()).singleElement().satisfies(e -> {
            assertThat(e.operation()).isEqualTo("add_member");
            assertThat(e.succeeded()).isTrue();
        });
    }

    @SuppressWarnings("unchecked")
    private TableView<User> members() {
        return robot.lookup("#members-table").queryAs(TableView.class);
    }
}
