package dev.roster.app.users;

import static dev.roster.app.testing.ConsoleFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.ldap.sdk.Filter;
import dev.roster.app.service.activity.ActivityEntry;
import dev.roster.app.testing.ConsoleFixture;
import dev.roster.app.testing.Ui;
import dev.roster.connectors.model.Group;
import dev.roster.connectors.model.User;
import dev.roster.connectors.query.ListQuery;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
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

/**
 * The Users view on the real Sandbox: finding a seeded person, the groups the directory says they are in,
 * adding them to a group and removing them from one (the directory and the activity log change), and a user
 * just created shown and selected. What is expected is read from the Sandbox directly, never from the console.
 */
@ExtendWith(ApplicationExtension.class)
class UsersUiTest {
    @TempDir Path home;
    private ConsoleFixture console;
    private FxRobot robot;
    /** A seeded person, found through a small group's members. */
    private User person;

    @Start
    void start(Stage stage) {
        console = ConsoleFixture.open(stage, home);
    }

    @BeforeEach
    void openTheUsersView() throws Exception {
        await(60, () -> robot.lookup("#groups-count").queryAs(Label.class).getText().startsWith("100 loaded"));
        person = console.members(console.smallGroup()).getFirst();
        robot.clickOn("#switch-users");
        await(30, () -> !users().getItems().isEmpty() && !console.window().users().loadingProperty().get());
    }

    @AfterEach
    void close() {
        console.close();
    }

    @Test
    void typingSearchesTheSandboxByNameAndItsFilterFindsASeededUser() throws Exception {
        assertThat(robot.lookup("#users-table").query().isVisible()).isTrue();
        assertThat(robot.lookup("#groups-table").query().getParent().isVisible()).as("the groups pane is hidden").isFalse();
        assertThat(robot.lookup("#users-count").queryAs(Label.class).getText()).isEqualTo("100 users loaded, more available");
        assertThat(robot.lookup("#users-search").queryAs(TextField.class).isDisabled()).isFalse();
        assertThat(robot.lookup("#users-search-note").queryAs(Label.class).getText()).contains("\u201csearch\u201d parameter");

        // the directory's own answer to the same substring, read without the console
        String typed = person.username();
        String any = "*" + Filter.encodeValue(typed) + "*";
        List<String> expected = console.directory().listUsers(ListQuery.ofLimit(1000).withParameters(Map.of("filter",
                "(|(uid=" + any + ")(mail=" + any + ")(cn=" + any + ")(givenName=" + any + ")(sn=" + any + "))")))
                .page().result().stream().map(User::id).toList();
        robot.clickOn("#users-search").write(typed);
        await(30, () -> !console.window().users().loadingProperty().get()
                && users().getItems().stream().map(User::id).toList().containsAll(expected)
                && users().getItems().size() == expected.size());
        assertThat(users().getItems()).extracting(User::id).contains(person.id());

        robot.clickOn("#users-search").press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL)
                .push(KeyCode.BACK_SPACE);
        robot.clickOn("#users-param-filter").write(Filter.createEqualityFilter("uid", person.username()).toString()).push(KeyCode.ENTER);
        await(30, () -> users().getItems().size() == 1 && users().getItems().getFirst().id().equals(person.id()));
        assertThat(robot.lookup("#users-count").queryAs(Label.class).getText()).isEqualTo("1 user loaded");

        robot.clickOn("#users-load-more");
        assertThat(robot.lookup("#users-load-more").query().isDisabled()).isTrue();
    }

    @Test
    void theDetailShowsTheFieldsTheRemoteDataAndTheGroupsTheDirectoryHasThePersonIn() throws Exception {
        find(person);
        await(30, () -> !console.window().userDetail().groupsLoadingProperty().get() && !groups().getItems().isEmpty());
        assertThat(robot.lookup("#user-detail-title").queryAs(Label.class).getText()).isEqualTo(UserLabel.of(person));
        assertThat(groups().getItems()).extracting(Group::id).containsExactlyInAnyOrderElementsOf(ids(groupsOf(person)));
        @SuppressWarnings("unchecked")
        TableView<UserFields.Field> fields = robot.lookup("#user-fields").queryAs(TableView.class);
        assertThat(fields.getItems()).contains(new UserFields.Field("username", person.username()),
                new UserFields.Field("id", person.id()));
        String remote = robot.lookup("#user-remote-data").queryAs(TextArea.class).getText();
        assertThat(remote).contains("\"uid\"", person.username(), "\n  ");
    }

    @Test
    void addingToAGroupAndRemovingFromItChangeTheSandboxAndTheActivityLog() throws Exception {
        find(person);
        await(30, () -> !console.window().userDetail().groupsLoadingProperty().get() && !groups().getItems().isEmpty());
        List<String> before = ids(groupsOf(person));
        Group other = console.groups(100).stream().filter(g -> !before.contains(g.id())).findFirst().orElseThrow();

        robot.clickOn("#user-add-to-group");
        await(10, () -> Ui.showing(robot, "#add-to-group-dialog"));
        robot.clickOn("#add-to-group-search").write(other.name());
        await(30, () -> matches().getItems().stream().anyMatch(g -> g.id().equals(other.id())));
        robot.clickOn(cell("#add-to-group-matches", other));
        robot.clickOn("#add-to-group-submit");
        await(30, () -> !Ui.showing(robot, "#add-to-group-dialog"));
        await(30, () -> groups().getItems().stream().anyMatch(g -> g.id().equals(other.id())));
        assertThat(ids(console.members(other))).contains(person.id());
        assertThat(robot.lookup("#user-detail-notice").queryAs(Label.class).getText())
                .isEqualTo("Added " + UserLabel.of(person) + " to " + other.name());

        robot.clickOn(cell("#user-groups", other));
        robot.clickOn("#user-remove-from-group");
        await(10, () -> Ui.showing(robot, "#confirmation"));
        assertThat(Ui.texts(robot.lookup("#confirmation").query())).contains(other.name(), UserLabel.of(person));
        robot.clickOn("#confirmation-ok");
        await(30, () -> groups().getItems().stream().noneMatch(g -> g.id().equals(other.id()))
                && !console.window().userDetail().groupsLoadingProperty().get());
        assertThat(ids(console.members(other))).doesNotContain(person.id());
        assertThat(ids(groupsOf(person))).containsExactlyInAnyOrderElementsOf(before);

        await(10, () -> console.activity().size() == 2);
        Map<String, String> target = Map.of("group_id", other.id(), "user_id", person.id());
        assertThat(console.activity()).extracting(ActivityEntry::operation).containsExactly("add_member", "remove_member");
        assertThat(console.activity()).allSatisfy(e -> {
            assertThat(e.target()).isEqualTo(target);
            assertThat(e.succeeded()).isTrue();
        });
    }

    @Test
    void aUserJustCreatedIsShownAndSelectedInTheUsersView() throws Exception {
        robot.clickOn("#switch-groups");
        await(10, () -> robot.lookup("#groups-table").query().isVisible());
        robot.clickOn("#groups-table");
        robot.push(KeyCode.CONTROL, KeyCode.N);
        await(10, () -> Ui.showing(robot, "#create-user-dialog"));
        robot.clickOn("#user-username").write("grace.newhire");
        robot.clickOn("#user-first-name").write("Grace");
        robot.clickOn("#user-last-name").write("Newhire");
        robot.clickOn("#user-create");
        await(30, () -> !Ui.showing(robot, "#create-user-dialog"));

        User stored = console.users("(uid=grace.newhire)").stream().findFirst()
                .orElseThrow(() -> new AssertionError("the user is not in the directory"));
        await(10, () -> robot.lookup("#users-table").query().isVisible());
        await(30, () -> users().getSelectionModel().getSelectedItem() != null
                && users().getSelectionModel().getSelectedItem().id().equals(stored.id()));
        assertThat(users().getItems().getFirst().id()).isEqualTo(stored.id());
        assertThat(robot.lookup("#user-detail-title").queryAs(Label.class).getText()).contains("grace.newhire");
        await(30, () -> !console.window().userDetail().groupsLoadingProperty().get());
        assertThat(groups().getItems()).as("a new user is in no group").isEmpty();
    }

    /** Finds {@code user} with the Sandbox's filter parameter and opens it. */
    private void find(User user) throws Exception {
        robot.clickOn("#users-param-filter").write(Filter.createEqualityFilter("uid", user.username()).toString()).push(KeyCode.ENTER);
        await(30, () -> users().getItems().size() == 1 && users().getItems().getFirst().id().equals(user.id()));
        robot.clickOn(Ui.row(robot, "#users-table", users().getItems().getFirst()));
        await(10, () -> console.window().users().selectedProperty().get() != null);
    }

    /** The groups whose member attribute names {@code user}: the directory's own answer (an LDAP search on member). */
    private List<Group> groupsOf(User user) {
        return console.directory().listGroups(ListQuery.ofLimit(1000)
                .withParameters(Map.of("filter", Filter.createEqualityFilter("member", user.id()).toString()))).page().result();
    }

    private Node cell(String list, Group group) {
        return robot.lookup(list + " .list-cell").match(c -> ((ListCell<?>) c).getItem() instanceof Group g && g.id().equals(group.id()))
                .queryAs(Node.class);
    }

    private static List<String> ids(List<?> items) {
        return items.stream().map(i -> i instanceof Group g ? g.id() : ((User) i).id()).toList();
    }

    @SuppressWarnings("unchecked")
    private TableView<User> users() {
        return robot.lookup("#users-table").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private ListView<Group> groups() {
        return robot.lookup("#user-groups").queryAs(ListView.class);
    }

    @SuppressWarnings("unchecked")
    private ListView<Group> matches() {
        return robot.lookup("#add-to-group-matches").queryAs(ListView.class);
    }
}
