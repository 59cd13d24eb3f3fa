package dev.roster.app.activity;

import static dev.roster.app.testing.ConsoleFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.app.service.RosterHome;
import dev.roster.app.service.activity.ActivityEntry;
import dev.roster.app.service.activity.ActivityLog;
import dev.roster.app.testing.ConsoleRobot;
import dev.roster.app.testing.FakeSandbox;
import java.time.Instant;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;

/** The activity tab shows each entry's time whole. */
class ActivityPaneUiTest extends ConsoleRobot {

    @Test
    void theTimeColumnIsNotCutWhileTheTableHasRoom() throws Exception {
        new ActivityLog(RosterHome.of(home).activityLog()).append(new ActivityEntry(Instant.parse("2026-12-28T22:58:48Z"), "sandbox",
                "create_group", Map.of("name", "Night shift"), ActivityEntry.OK, null, null, null, 7L));
        start(FakeSandbox.withFakeCapabilities(3, 3));
        resize(1440, 900);
        clickOn(lookup(".tab").match(t -> "tab-activity".equals(t.getId())).queryAs(Node.class));
        TableView<?> table = node("#activity-table", TableView.class);
        await(10, () -> !table.getItems().isEmpty());
        TableCell<?, ?> time = lookup("#activity-table .table-cell").match(c -> c instanceof TableCell<?, ?> cell
                && cell.getTableColumn().getId() != null && cell.getTableColumn().getId().equals("activity-time")
                && cell.getText() != null && !cell.getText().isEmpty()).queryAs(TableCell.class);
        assertThat(time.getText()).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
        assertThat(ConsoleRobot.drawn(time)).isEqualTo(time.getText());
    }
}
