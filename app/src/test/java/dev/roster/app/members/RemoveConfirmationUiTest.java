package dev.roster.app.members;

import static dev.roster.app.testing.ConsoleFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.app.testing.ConsoleRobot;
import dev.roster.app.testing.FakeSandbox;
import dev.roster.connectors.model.Group;
import dev.roster.connectors.model.User;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** The question before a removal names every user, fits its window, and for hundreds wants the count typed. */
class RemoveConfirmationUiTest extends ConsoleRobot {
    private final FakeSandbox sandbox = FakeSandbox.withFakeCapabilities(3, 700);

    private void open(Group group, int members) throws Exception {
        Set<String> ids = ConcurrentHashMap.newKeySet();
        sandbox.directory().users.stream().filter(u -> !u.id().equals(dev.roster.app.testing.FakeDirectory.FAILING_USER))
                .limit(members).forEach(u -> ids.add(u.id()));
        sandbox.directory().members.put(group.id(), ids);
        clickOn(row("#groups-table", group));
        await(30, () -> !window().members().loadingProperty().get() && window().members().members().size() == members);
    }

    @Test
    void oneMemberIsNamedInTheConfirmation() throws Exception {
        start(sandbox);
        Group group = window().groups().loaded().get(1);
        open(group, 3);
        User chosen = window().members().members().getFirst();
        clickOn(row("#members-table", chosen));
        push(KeyCode.DELETE);
        await(10, () -> showing("#confirmation"));
        ListView<String> items = node("#confirmation-items", ListView.class);
        assertThat(items.getItems()).containsExactly("User 0 (user0)");
        assertThat(node("#confirmation-ok", Button.class).getText()).isEqualTo("Remove 1 member");
        assertThat(ConsoleRobot.insideItsWindow(items)).isTrue();
        assertThat(ConsoleRobot.insideItsWindow(node("#confirmation-ok", Button.class))).isTrue();
        assertThat(lookup("#confirmation-typed").tryQuery()).isEmpty();
        clickOn("#confirmation-cancel");
        await(10, () -> !showing("#confirmation"));
        assertThat(window().members().members()).contains(chosen);
    }

    @Test
    void hundredsOfMembersAreAllListedAndTheCountMustBeTyped() throws Exception {
        start(sandbox);
        Group group = window().groups().loaded().get(2);
        open(group, 669);
        clickOn(row("#members-table", window().members().members().getFirst()));
        push(KeyCode.CONTROL, KeyCode.A);
        push(KeyCode.DELETE);
        await(10, () -> showing("#confirmation"));
        ListView<String> items = node("#confirmation-items", ListView.class);
        assertThat(items.getItems()).hasSize(669).contains("User 0 (user0)", "User 668 (user668)");
        Button ok = node("#confirmation-ok", Button.class);
        assertThat(ok.getText()).isEqualTo("Remove 669 members");
        DialogPane pane = node("#confirmation", DialogPane.class);
        assertThat(pane.getHeight()).isLessThanOrEqualTo(pane.getScene().getWindow().getHeight());
        assertThat(ConsoleRobot.insideItsWindow(ok)).isTrue();
        assertThat(ok.isDisabled()).isTrue();
        clickOn(node("#confirmation-typed", TextField.class)).write("668");
        assertThat(ok.isDisabled()).isTrue();
        push(KeyCode.BACK_SPACE).write("9");
        await(5, () -> !ok.isDisabled());
        clickOn(ok);
        await(30, () -> window().members().results().size() == 669 && !window().members().loadingProperty().get());
        assertThat(window().members().members()).isEmpty();
        assertThat(sandbox.directory().membersOf(group.id())).isEmpty();
    }

}
