package dev.roster.app.members;

import static dev.roster.app.testing.ConsoleFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.app.testing.ConsoleRobot;
import dev.roster.app.testing.FakeSandbox;
import dev.roster.connectors.model.Group;
import dev.roster.connectors.model.User;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** The members pane as a user meets it at the console's usual sizes. */
class MembersPaneUiTest extends ConsoleRobot {
    private final FakeSandbox sandbox = FakeSandbox.withFakeCapabilities(30, 40);

    private Group openFirstGroup() throws Exception {
        Group g0 = window().groups().loaded().getFirst();
        clickOn(row("#groups-table", g0));
        await(30, () -> !window().members().loadingProperty().get() && window().members().members().size() == 6);
        return g0;
    }

    private long memberReads(Group group) {
        return window().connections().session().exchanges().snapshot().stream()
                .filter(e -> e.method().equals("GET") && e.target().contains("/users")).count();
    }

    @Test
    void theResultsOfARemovalAreReadableAt1440x900() throws Exception {
        start(sandbox);
        resize(1440, 900);
        openFirstGroup();
        List<User> two = window().members().members().stream().filter(u -> u.id().equals("u1") || u.id().equals("u2")).toList();
        clickOn(row("#members-table", two.get(0)));
        press(KeyCode.CONTROL).clickOn(row("#members-table", two.get(1))).release(KeyCode.CONTROL);
        push(KeyCode.DELETE);
        await(10, () -> showing("#confirmation"));
        clickOn("#confirmation-ok");
        await(30, () -> window().members().results().size() == 2 && !window().members().loadingProperty().get());
        ListView<?> results = node("#members-results", ListView.class);
        // Two result lines of a list cell each (about 24 px), not a strip of a few pixels.
        assertThat(results.getHeight()).isGreaterThanOrEqualTo(2 * 24);
        assertThat(ConsoleRobot.insideItsWindow(results)).isTrue();
    }

    @Test
    void typingInTheQuickFilterKeepsTheOpenGroupAndItsMemberSelection() throws Exception {
        start(sandbox);
        Group g0 = openFirstGroup();
        User picked = window().members().members().get(2);
        clickOn(row("#members-table", picked));
        long reads = memberReads(g0);
        clickOn("#groups-filter").write("Group 0000");
        TableView<Group> groups = node("#groups-table", TableView.class);
        await(10, () -> groups.getItems().size() == 10);
        assertThat(window().groups().selectedProperty().get()).isEqualTo(g0);
        assertThat(groups.getSelectionModel().getSelectedItem()).isEqualTo(g0);
        assertThat(memberReads(g0)).isEqualTo(reads);
        TableView<User> members = node("#members-table", TableView.class);
        assertThat(members.getSelectionModel().getSelectedItems()).containsExactly(picked);
    }

    @Test
    void labelsAndButtonsAreNotCutAt900x600NorAfterResizingBack() throws Exception {
        start(sandbox);
        openFirstGroup();
        resize(900, 600);
        assertNothingCut(false);
        resize(1440, 900);
        assertNothingCut(true);
    }

    /**
     * Every label and button of the groups and members panes shows its whole text, or (a button with an icon,
     * in a narrow pane) only its icon, never text cut short; and lies inside its pane. {@code roomy}: at
     * 1440×900 every button shows its text.
     */
    private void assertNothingCut(boolean roomy) {
        for (String id : List.of("#members-count", "#groups-count", "#members-title")) {
            Labeled labeled = node(id, Labeled.class);
            assertThat(ConsoleRobot.drawn(labeled)).as(id).isEqualTo(labeled.getText());
        }
        for (String id : List.of("#members-add", "#members-remove", "#groups-load-more", "#groups-load-all")) {
            Button button = node(id, Button.class);
            if (button.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY) {
                assertThat(roomy).as(id + " shows only its icon at 1440x900").isFalse();
                assertThat(button.getGraphic()).as(id).isNotNull();
                assertThat(button.getTooltip()).as(id).isNotNull();
            } else {
                assertThat(ConsoleRobot.drawn(button)).as(id).isEqualTo(button.getText());
            }
            Node pane = id.startsWith("#members") ? node("#members-table", Node.class).getParent()
                    : node("#groups-table", Node.class).getParent();
            Bounds inPane = pane.localToScene(pane.getLayoutBounds());
            Bounds b = button.localToScene(button.getLayoutBounds());
            assertThat(b.getMaxX()).as(id + " inside its pane").isLessThanOrEqualTo(inPane.getMaxX() + 0.5);
        }
        Labeled serverSide = lookup(".label").match(n -> n instanceof Labeled l && "Server-side:".equals(l.getText()))
                .queryAs(Labeled.class);
        assertThat(ConsoleRobot.drawn(serverSide)).isEqualTo("Server-side:");
    }
}
