package dev.roster.app.users;

import static dev.roster.app.testing.ConsoleFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.app.testing.ConsoleRobot;
import dev.roster.app.testing.FakeSandbox;
import dev.roster.connectors.model.User;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** New user as the Sandbox (the LDAP connector) really takes it, and with a directory that keeps email types. */
class CreateUserDialogUiTest extends ConsoleRobot {

    private void openDialog() throws Exception {
        push(KeyCode.CONTROL, KeyCode.N);
        await(10, () -> showing("#create-user-dialog"));
    }

    @Test
    void opensWithTheFirstFieldFocused() throws Exception {
        start(FakeSandbox.withLdapCapabilities(3, 3));
        openDialog();
        keyboardTo("#create-user-dialog");
        await(10, () -> node("#user-username", TextField.class).isFocused());
        write("ada");
        assertThat(node("#user-username", TextField.class).getText()).isEqualTo("ada");
    }

    @Test
    void ldapsLastNameOrNameIsShownBeforeSendingAndNothingIsSentWithoutIt() throws Exception {
        FakeSandbox sandbox = FakeSandbox.withLdapCapabilities(3, 3);
        start(sandbox);
        openDialog();
        Label requirements = node("#user-requirements", Label.class);
        assertThat(requirements.isVisible()).isTrue();
        assertThat(requirements.getText()).isEqualTo("Fill in at least one of: Last name, Display name");
        assertThat(lookup(".label").queryAllAs(Label.class)).extracting(Label::getText).contains("Username *", "Last name *", "Display name *");
        int users = sandbox.directory().users.size();
        clickOn("#user-username").write("ada");
        clickOn("#user-create");
        Label summary = node("#user-validation", Label.class);
        await(10, summary::isVisible);
        assertThat(summary.getText()).contains("Fill in at least one of: Last name, Display name");
        assertThat(ConsoleRobot.insideItsWindow(node("#user-create", Button.class))).isTrue();
        assertThat(sandbox.directory().users).hasSize(users);
        clickOn("#user-last-name").write("Lovelace");
        await(10, () -> !summary.isVisible());
        clickOn("#user-create");
        await(10, () -> !showing("#create-user-dialog"));
        assertThat(sandbox.directory().users).extracting(User::username).contains("ada");
    }

    @Test
    void aConnectorThatKeepsNoEmailTypeIsOfferedNone() throws Exception {
        start(FakeSandbox.withLdapCapabilities(3, 3));
        openDialog();
        assertThat(lookup("#user-email-0").tryQuery()).isPresent();
        assertThat(lookup("#user-emails .combo-box").tryQuery()).as("an email type chooser").isEmpty();
    }

    @Test
    void theEmailTypeChosenReachesTheDirectory() throws Exception {
        FakeSandbox sandbox = FakeSandbox.withFakeCapabilities(3, 3);
        start(sandbox);
        openDialog();
        clickOn("#user-username").write("grace");
        clickOn("#user-last-name").write("Hopper");
        clickOn("#user-email-0").write("grace@home.example");
        ComboBox<String> type = node("#user-email-type-0", ComboBox.class);
        clickOn(type.lookup(".arrow-button"));
        clickOn(lookup(".list-cell").match(c -> "home".equals(((javafx.scene.control.ListCell<?>) c).getText())).queryAs(javafx.scene.Node.class));
        assertThat(type.getValue()).isEqualTo("home");
        clickOn("#user-create");
        await(10, () -> !showing("#create-user-dialog"));
        User created = sandbox.directory().users.stream().filter(u -> "grace".equals(u.username())).findFirst().orElseThrow();
        assertThat(created.emails()).singleElement().satisfies(e -> assertThat(e.type()).isEqualTo("home"));
    }

    @Test
    void aProviderRefusalIsShownWholeWithTheButtonsStillInView() throws Exception {
        start(FakeSandbox.withFakeCapabilities(3, 3));
        openDialog();
        clickOn("#user-username").write(dev.roster.app.testing.FakeDirectory.TAKEN_USERNAME);
        clickOn("#user-last-name").write("Smith");
        clickOn("#user-create");
        Label error = node("#user-error", Label.class);
        await(10, error::isVisible);
        assertThat(error.getText()).isEqualTo("the username 'taken' is already in use (status 409)");
        await(10, () -> ConsoleRobot.drawn(error).equals(error.getText()));
        assertThat(ConsoleRobot.insideItsWindow(error)).isTrue();
        assertThat(ConsoleRobot.insideItsWindow(node("#user-create", Button.class))).isTrue();
        assertThat(ConsoleRobot.insideItsWindow(node("#user-cancel", Button.class))).isTrue();
        assertThat(showing("#create-user-dialog")).isTrue();
    }
}
