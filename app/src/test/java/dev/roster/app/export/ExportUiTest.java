package dev.roster.app.export;

import static dev.roster.app.testing.ConsoleFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.app.testing.ConsoleFixture;
import dev.roster.app.testing.Ui;
import dev.roster.connectors.model.Group;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Export dialog (Ctrl+E): the filtered list shown is written to a CSV that parses back to the same rows. */
@ExtendWith(ApplicationExtension.class)
class ExportUiTest {
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
    void theGroupsShownAreWrittenToACsvInTheOrderShown() throws Exception {
        await(60, () -> robot.lookup("#groups-count").queryAs(Label.class).getText().startsWith("100 loaded"));
        TableView<Group> table = robot.lookup("#groups-table").queryAs(TableView.class);
        robot.clickOn("#groups-filter").write("Sales");
        await(10, () -> table.getItems().size() < 100);
        List<Group> shown = List.copyOf(table.getItems());
        assertThat(shown).isNotEmpty();

        robot.push(KeyCode.CONTROL, KeyCode.E);
        await(10, () -> Ui.showing(robot, "#export-dialog"));
        Path target = home.resolve("groups export.csv");
        robot.clickOn("#export-file").write(target.toString());
        robot.push(KeyCode.ENTER);
        robot.clickOn("#export-start");
        Label status = robot.lookup("#export-status").queryAs(Label.class);
        await(60, () -> status.getText().startsWith("Done"));

        try (Reader in = Files.newBufferedReader(target)) {
            List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
            assertThat(rows).extracting(r -> r.get("id")).containsExactlyElementsOf(shown.stream().map(Group::id).toList());
            assertThat(rows).extracting(r -> r.get("name")).containsExactlyElementsOf(shown.stream().map(Group::name).toList());
        }
        robot.clickOn("#export-close");
        await(10, () -> !Ui.showing(robot, "#export-dialog"));
    }
}
