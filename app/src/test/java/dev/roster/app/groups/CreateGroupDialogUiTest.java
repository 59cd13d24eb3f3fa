package dev.roster.app.groups;

import static dev.roster.app.testing.ConsoleFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.app.testing.ConsoleRobot;
import dev.roster.app.testing.FakeSandbox;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** New group, from the keyboard, with its validation messages in view. */
class CreateGroupDialogUiTest extends ConsoleRobot {

    @Test
    void opensWithTheNameFieldFocusedSoTypingStartsAtOnce() throws Exception {
        start(FakeSandbox.withFakeCapabilities(5, 5));
        push(KeyCode.CONTROL, KeyCode.G);
        await(10, () -> showing("#create-group-dialog"));
        keyboardTo("#create-group-dialog");
        await(10, () -> node("#group-name", TextField.class).isFocused());
        write("Night shift");
        assertThat(node("#group-name", TextField.class).getText()).isEqualTo("Night shift");
    }

    @Test
    void validationMessagesMakeTheDialogTallerAndKeepItsButtonsInView() throws Exception {
        start(FakeSandbox.withFakeCapabilities(5, 5));
        push(KeyCode.CONTROL, KeyCode.G);
        await(10, () -> showing("#create-group-dialog"));
        TitledPane advanced = node("#create-group-dialog .titled-pane", TitledPane.class);
        interact(() -> advanced.setExpanded(true));
        clickOn("#group-remote-data").write("[not an object]");
        clickOn("#group-create");
        Label summary = node("#group-validation", Label.class);
        await(10, summary::isVisible);
        // The fake requires a name and a group type; remote_data is not an object: three lines.
        assertThat(summary.getText()).contains("Name is required", "Group type is required", "remote_data (JSON) must be a JSON object");
        await(10, () -> ConsoleRobot.insideItsWindow(node("#group-create", Button.class)));
        assertThat(ConsoleRobot.insideItsWindow(node("#group-cancel", Button.class))).isTrue();
        assertThat(ConsoleRobot.insideItsWindow(summary)).isTrue();
        assertThat(ConsoleRobot.drawn(summary)).isEqualTo(summary.getText());
        assertThat(node("#group-remote-data", TextArea.class).getText()).isEqualTo("[not an object]");
    }
}
