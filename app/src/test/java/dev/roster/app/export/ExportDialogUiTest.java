package dev.roster.app.export;

import static dev.roster.app.testing.ConsoleFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.app.testing.ConsoleRobot;
import dev.roster.app.testing.FakeSandbox;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** The export dialog: a typed path is usable at once, and the done message shows all of it. */
class ExportDialogUiTest extends ConsoleRobot {

    @Test
    void aTypedPathEnablesExportWhileTheFieldHasFocusAndTheWholePathIsShownWhenDone() throws Exception {
        start(FakeSandbox.withFakeCapabilities(12, 5));
        clickOn("#groups-filter").write("Group 00011");
        await(10, () -> window().groups().shown().size() == 1);
        push(KeyCode.CONTROL, KeyCode.E);
        await(10, () -> showing("#export-dialog"));
        Button export = node("#export-start", Button.class);
        assertThat(export.isDisabled()).isTrue();
        Path target = home.resolve("a folder with a rather long name for the export of groups").resolve("the shown groups.csv");
        Files.createDirectories(target.getParent());
        TextField file = node("#export-file", TextField.class);
        clickOn(file).write(target.toString());
        assertThat(file.isFocused()).isTrue();
        assertThat(export.isDisabled()).isFalse();
        clickOn(export);
        Label status = node("#export-status", Label.class);
        await(30, () -> status.getText().startsWith("Done"));
        assertThat(status.getText()).isEqualTo("Done: 1 group, 0 memberships in " + target);
        await(10, () -> ConsoleRobot.drawn(status).equals(status.getText()) && ConsoleRobot.insideItsWindow(status));
        assertThat(ConsoleRobot.insideItsWindow(node("#export-close", Button.class))).isTrue();
        assertThat(Files.exists(target)).isTrue();
    }
}
