package dev.roster.app.groups;

import static dev.roster.app.testing.ConsoleFixture.await;
import static dev.roster.app.testing.Ui.row;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.app.testing.ConsoleFixture;
import dev.roster.app.testing.Ui;
import dev.roster.connectors.UnifiedDirectory;
import dev.roster.connectors.model.Group;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The groups browser of a console opened on a fresh home, so on the Sandbox's demo organisation (250 groups,
 * README): the first page, the quick filter, copying rows, Load all and F5. Each test opens its own window;
 * the tests only read, so they share one Sandbox (seeding 2,754 entries is the slowest part of a start).
 */
@ExtendWith(ApplicationExtension.class)
class GroupsUiTest {
    static final int DEMO_GROUPS = 250;
    static final int PAGE = 100;
    @TempDir static Path home;
    private static UnifiedDirectory sandbox;
    private ConsoleFixture console;
    private FxRobot robot;

    @BeforeAll
    static void seed() {
        sandbox = ConsoleFixture.directory(home);
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @Start
    void start(Stage stage) {
        console = ConsoleFixture.open(stage, home);
    }

    @BeforeEach
    void firstPageShown() throws Exception {
        await(60, () -> count().equals(PAGE + " loaded, more available"));
    }

    @AfterEach
    void close() {
        console.close();
    }

    @Test
    void theSandboxIsSelectedAndItsFirstPageOfGroupsIsShown() {
        ListView<?> connections = robot.lookup("#connections-list").queryAs(ListView.class);
        assertThat(connections.getSelectionModel().getSelectedItem()).extracting("name").isEqualTo("sandbox");
        assertThat(table().getItems()).hasSize(PAGE)
                .extracting(Group::id).containsExactlyInAnyOrderElementsOf(ids(console.groups(PAGE)));
        assertThat(table().getColumns()).extracting(TableColumn::getText).first().isEqualTo("Name");
    }

    @Test
    void ctrlFFocusesTheFilterWhichKeepsOnlyTheMatchingRows() throws Exception {
        Group pick = table().getItems().get(3);
        robot.clickOn("#groups-table");
        robot.push(KeyCode.CONTROL, KeyCode.F);
        assertThat(robot.lookup("#groups-filter").queryAs(TextField.class).isFocused()).isTrue();
        robot.write(pick.name());
        await(10, () -> table().getItems().size() < PAGE);

        String needle = pick.name().toLowerCase(Locale.ROOT);
        assertThat(table().getItems()).contains(pick).allSatisfy(g -> assertThat(Stream.of(g.name(), g.description(), g.id(),
                g.organization(), g.groupType() == null ? null : g.groupType().wireName()))
                .anyMatch(v -> v != null && v.toLowerCase(Locale.ROOT).contains(needle)));
        assertThat(count()).isEqualTo(table().getItems().size() + " shown of " + PAGE + " loaded, more available");

        robot.push(KeyCode.CONTROL, KeyCode.A).push(KeyCode.BACK_SPACE);
        await(10, () -> table().getItems().size() == PAGE);
        assertThat(count()).isEqualTo(PAGE + " loaded, more available");
    }

    @Test
    void ctrlCCopiesTheSelectedRowAsTabSeparatedTextUnderAHeader() throws Exception {
        Group shown = table().getItems().get(2);
        Group stored = console.groups(PAGE).stream().filter(g -> g.id().equals(shown.id())).findFirst().orElseThrow();
        Ui.clearClipboard();
        robot.clickOn(row(robot, "#groups-table", shown));
        robot.push(KeyCode.CONTROL, KeyCode.C);
        await(10, () -> Ui.clipboard() != null);

        List<String> lines = Arrays.asList(Ui.clipboard().split("\n"));
        assertThat(lines).hasSize(2);
        List<String> header = List.of(lines.get(0).split("\t", -1));
        List<String> cells = List.of(lines.get(1).split("\t", -1));
        assertThat(header).startsWith("name").contains("description", "id").hasSameSizeAs(cells);
        assertThat(cells.get(header.indexOf("name"))).isEqualTo(stored.name());
        assertThat(cells.get(header.indexOf("description"))).isEqualTo(stored.description() == null ? "" : stored.description());
        assertThat(cells.get(header.indexOf("id"))).isEqualTo(stored.id());
    }

    @Test
    void loadAllBringsInEveryGroupOnceAndF5StartsOverFromTheFirstPage() throws Exception {
        robot.clickOn("#groups-load-all");
        await(120, () -> count().equals(DEMO_GROUPS + " loaded"));
        assertThat(table().getItems()).hasSize(DEMO_GROUPS).extracting(Group::id).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(ids(console.allGroups()));

        robot.clickOn("#groups-table");
        robot.push(KeyCode.F5);
        await(30, () -> count().equals(PAGE + " loaded, more available"));
        assertThat(table().getItems()).hasSize(PAGE);
    }

    private String count() {
        return robot.lookup("#groups-count").queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private TableView<Group> table() {
        return robot.lookup("#groups-table").queryAs(TableView.class);
    }

    private static List<String> ids(List<Group> groups) {
        return groups.stream().map(Group::id).toList();
    }
}
