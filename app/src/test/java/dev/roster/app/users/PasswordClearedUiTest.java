package dev.roster.app.users;

import static dev.roster.app.testing.ConsoleFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.app.testing.ConsoleRobot;
import dev.roster.app.testing.FakeSandbox;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** The new-user dialog's password leaves the field when the dialog closes without creating the user. */
class PasswordClearedUiTest extends ConsoleRobot {

    @Test
    void thePasswordFieldIsEmptiedWhenTheDialogIsClosed() throws Exception {
        start(FakeSandbox.withLdapCapabilities(3, 3));
        push(KeyCode.CONTROL, KeyCode.N);
        await(10, () -> showing("#create-user-dialog"));
        PasswordField password = node("#user-password", PasswordField.class);
        clickOn(password).write("Typed-Passw0rd");
        assertThat(password.getText()).isEqualTo("Typed-Passw0rd");

        clickOn("#user-cancel");

        await(10, () -> !showing("#create-user-dialog"));
        assertThat(password.getText()).isEmpty();
    }
}
