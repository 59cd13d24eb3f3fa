package dev.roster.app.scim;

import static dev.roster.app.testing.ConsoleFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.app.service.ConnectionProfile;
import dev.roster.app.service.ConnectionStore;
import dev.roster.app.service.RosterHome;
import dev.roster.app.testing.ConsoleFixture;
import dev.roster.app.testing.Ui;
import dev.roster.connectors.fakes.ScimFake;
import dev.roster.connectors.model.Group;
import dev.roster.connectors.model.User;
import dev.roster.connectors.trace.Exchange;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The console on a SCIM connection to {@link ScimFake}, saved in the home with its token from the environment:
 * groups and members browse, add-member finds a user by what is typed (in memory: SCIM has no search
 * parameter) and adds them, and the inspector shows every exchange with the bearer token masked.
 */
@ExtendWith(ApplicationExtension.class)
class ScimConsoleUiTest {
    private static final String VAR = "ROSTER_UI_SCIM_TOKEN";
    @TempDir Path home;
    private ScimFake fake;
    private ConsoleFixture console;
    private FxRobot robot;

    @Start
    void start(Stage stage) {
        fake = ScimFake.start(9, 12);
        // the only saved connection (a fresh home lists the Sandbox: it goes), so the console opens it
        ConnectionStore store = new ConnectionStore(RosterHome.of(home).ensureExists().connectionsFile());
        store.add(new ConnectionProfile("scim-fake", "scim", Map.of("base_url", fake.baseUrl()), Map.of("token", "env:" + VAR)));
        store.remove(ConnectionStore.SANDBOX);
        console = ConsoleFixture.open(stage, home, Map.of(VAR, ScimFake.TOKEN));
    }

    @AfterEach
    void close() {
        console.close();
        fake.close();
    }

    @Test
    void browsesGroupsAndMembersAddsAMemberAndMasksTheToken() throws Exception {
        // the window may not be in the scene graph yet on a loaded machine: wait for the table, then for its rows
        await(60, () -> robot.lookup("#groups-table").tryQuery().isPresent() && groups().getItems().size() == 9);
        assertThat(groups().getItems()).extracting(Group::name).startsWith("Engineering", "Sales");
        String engineering = fake.groupIds().getFirst();
        Ui.<Group>clickRow(robot, "#groups-table", g -> g.id().equals(engineering));
        // the seed puts users 0 and 9 of 12 in the first of 9 groups
        await(30, () -> members().getItems().size() == 2);
        assertThat(members().getItems()).extracting(User::name).containsExactly("Ada Lovelace", "Frances Allen");

        robot.push(KeyCode.CONTROL, KeyCode.M);
        await(10, () -> Ui.showing(robot, "#add-member-dialog"));
        robot.clickOn("#add-member-search").write("grace.hopper");
        ListView<User> matches = robot.lookup("#add-member-matches").queryAs(ListView.class);
        await(30, () -> matches.getItems().size() == 1);
        User grace = matches.getItems().getFirst();
        assertThat(grace.username()).isEqualTo("grace.hopper@example.com");
        robot.clickOn(robot.lookup("#add-member-matches .list-cell")
                .match(c -> ((ListCell<?>) c).getItem() instanceof User u && u.id().equals(grace.id())).queryAs(Node.class));
        robot.clickOn("#add-member-submit");
        await(30, () -> !Ui.showing(robot, "#add-member-dialog"));
        await(30, () -> members().getItems().size() == 3);
        assertThat(fake.isMember(engineering, grace.id())).isTrue();

        List<Exchange> exchanges = List.copyOf(inspector().getItems());
        assertThat(exchanges).anySatisfy(e -> assertThat(e.method()).isEqualTo("PATCH"));
        for (Exchange e : exchanges) {
            Ui.fx(() -> {
                inspector().scrollTo(e);
                inspector().getSelectionModel().select(e);
            });
            await(30, () -> text("#inspector-summary").startsWith("#" + e.sequence() + " "));
            assertThat(text("#inspector-request-headers")).contains("Authorization").doesNotContain(ScimFake.TOKEN);
            assertThat(Ui.texts(robot.lookup("#inspector").query())).doesNotContain(ScimFake.TOKEN);
        }
    }

    private String text(String query) {
        Node node = robot.lookup(query).query();
        return node instanceof TextArea area ? area.getText() : ((Label) node).getText();
    }

    @SuppressWarnings("unchecked")
    private TableView<Group> groups() {
        return robot.lookup("#groups-table").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private TableView<User> members() {
        return robot.lookup("#members-table").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private TableView<Exchange> inspector() {
        return robot.lookup("#inspector-table").queryAs(TableView.class);
    }
}
