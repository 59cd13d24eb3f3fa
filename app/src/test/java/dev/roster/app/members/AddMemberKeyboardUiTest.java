package dev.roster.app.members;

import static dev.roster.app.testing.ConsoleFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.app.testing.ConsoleRobot;
import dev.roster.app.testing.FakeSandbox;
import dev.roster.connectors.model.Group;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** Add member from the keyboard alone: type, Down into the results, Enter. */
class AddMemberKeyboardUiTest extends ConsoleRobot {

    @Test
    void aMemberIsAddedWithoutTheMouse() throws Exception {
        // LDAP's capabilities: its "search" parameter, so the directory is searched as one types.
        FakeSandbox sandbox = FakeSandbox.withLdapCapabilities(3, 30);
        start(sandbox);
        Group g1 = window().groups().loaded().get(1);
        clickOn(row("#groups-table", g1));
        await(30, () -> !window().members().loadingProperty().get());
        push(KeyCode.CONTROL, KeyCode.M);
        await(10, () -> showing("#add-member-dialog"));
        keyboardTo("#add-member-dialog");
        await(10, () -> node("#add-member-search", TextField.class).isFocused());
        write("User 2");
        ListView<?> matches = node("#add-member-matches", ListView.class);
        // "User 2" and "User 20" ... "User 29"
        await(30, () -> matches.getItems().size() == 11);
        push(KeyCode.DOWN);
        assertThat(matches.isFocused()).isTrue();
        push(KeyCode.DOWN);
        push(KeyCode.ENTER);
        await(30, () -> !showing("#add-member-dialog"));
        assertThat(sandbox.directory().members.get(g1.id())).containsExactly("u20");
    }
}
