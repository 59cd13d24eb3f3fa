package dev.roster.app.main;

import static dev.roster.app.testing.ConsoleFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.app.connections.ConnectionItem;
import dev.roster.app.service.RosterHome;
import dev.roster.app.testing.ConsoleFixture;
import dev.roster.app.testing.TwoOktaConnections;
import dev.roster.app.testing.Ui;
import dev.roster.app.ui.theme.Theme;
import dev.roster.connectors.fakes.OktaFake;
import dev.roster.connectors.model.Group;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The console remembers how it was left: a person arranges the window, closes it, opens it again on the same
 * home and finds the window's bounds, the dividers, the groups table's column widths, order and sort, the theme,
 * the selected connection and the expanded inspector as they were. The inspector starts collapsed to a strip.
 */
class RememberedLayoutUiTest extends FxRobot {
    private static OktaFake fake;
    @TempDir Path home;
    private Stage stage;

    @BeforeAll
    static void startFake() {
        fake = OktaFake.start(6, 5);
    }

    @AfterAll
    static void stopFake() {
        fake.close();
    }

    @AfterEach
    void closeWindow() {
        if (stage != null) {
            Ui.fx(stage::close);
        }
    }

    private ConsoleFixture open() throws Exception {
        FxToolkit.registerPrimaryStage();
        stage = WaitForAsyncUtils.asyncFx((java.util.concurrent.Callable<Stage>) Stage::new).get(30, TimeUnit.SECONDS);
        ConsoleFixture console = WaitForAsyncUtils.asyncFx(
                (java.util.concurrent.Callable<ConsoleFixture>) () -> ConsoleFixture.openRemembered(stage, home, TwoOktaConnections.ENV))
                .get(60, TimeUnit.SECONDS);
        await(30, () -> console.window().connections().selectedProperty().get() != null);
        return console;
    }

    private void closeAndForget() {
        Ui.fx(stage::close);
        stage = null;
    }

    @Test
    void theInspectorStartsCollapsedToAStripAndCtrlIExpandsIt() throws Exception {
        TwoOktaConnections.add(home, fake);
        open();
        await(30, () -> !groupsTable().getItems().isEmpty());

        assertThat(lookup("#inspector-table").tryQuery()).as("collapsed: not in the window").isEmpty();
        assertThat(Ui.showing(this, "#inspector-handle")).isTrue();
        double collapsedTableHeight = groupsTable().getHeight();
        dev.roster.app.testing.Snapshots.save(stage.getScene(), "inspector-collapsed");

        clickOn(groupsTable());
        push(KeyCode.CONTROL, KeyCode.I);
        await(10, () -> Ui.showing(this, "#inspector-table"));
        assertThat(groupsTable().getHeight()).as("the tables gave the inspector room").isLessThan(collapsedTableHeight);

        push(KeyCode.CONTROL, KeyCode.I);
        await(10, () -> lookup("#inspector-table").tryQuery().isEmpty());

        clickOn("#inspector-handle");
        await(10, () -> Ui.showing(this, "#inspector-table"));
    }

    @Test
    void theLayoutTheSelectionAndTheThemeSurviveACloseAndAReopen() throws Exception {
        TwoOktaConnections.add(home, fake);
        ConsoleFixture first = open();
        await(30, () -> !groupsTable().getItems().isEmpty());

        // the window moved and resized (as a window manager does it), the inspector expanded
        Ui.fx(() -> {
            stage.setX(60);
            stage.setY(50);
            stage.setWidth(1100);
            stage.setHeight(720);
        });
        clickOn("#inspector-handle");
        await(10, () -> Ui.showing(this, "#inspector-table"));

        // the divider above the inspector dragged 60 px up
        SplitPane dock = lookup("#dock").queryAs(SplitPane.class);
        Node dockDivider = dock.lookupAll(".split-pane-divider").stream().filter(n -> n.getParent() == dock).findFirst()
                .orElseThrow(() -> new AssertionError("the inspector has no divider"));
        double dockBefore = dock.getDividerPositions()[0];
        drag(dockDivider, MouseButton.PRIMARY).moveBy(0, -60).drop();
        WaitForAsyncUtils.waitForFxEvents();
        double dockDragged = dock.getDividerPositions()[0];
        assertThat(dockDragged).isLessThan(dockBefore);

        // the first divider dragged 80 px to the right
        SplitPane panes = lookup("#panes").queryAs(SplitPane.class);
        double before = panes.getDividerPositions()[0];
        // its own divider, not one of a split pane inside it (the users browser has some)
        Node divider = panes.lookupAll(".split-pane-divider").stream().filter(n -> n.getParent() == panes).findFirst()
                .orElseThrow(() -> new AssertionError("the panes have no divider"));
        drag(divider, MouseButton.PRIMARY).moveBy(80, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();
        double[] dragged = panes.getDividerPositions().clone();
        assertThat(dragged[0]).isGreaterThan(before);

        // columns: Type moved first (as a header drag does), Name widened, sorted by Name descending (two clicks)
        TableView<Group> groups = groupsTable();
        TableColumn<Group, ?> name = column(groups, "nameColumn");
        TableColumn<Group, ?> type = column(groups, "typeColumn");
        Ui.fx(() -> {
            groups.getColumns().remove(type);
            groups.getColumns().addFirst(type);
            groups.resizeColumn(name, 70);
        });
        double nameWidth = name.getWidth();
        Node nameHeader = from(groups).lookup(".column-header").match(h -> h instanceof TableColumnHeader t && t.getTableColumn() == name)
                .query();
        clickOn(nameHeader);
        clickOn(nameHeader);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(groups.getSortOrder()).containsExactly(name);
        assertThat(name.getSortType()).isEqualTo(TableColumn.SortType.DESCENDING);

        // the dark theme from View > Theme, and the other connection selected in the sidebar
        Ui.fx(() -> themeItem("menu-theme-dark").fire());
        clickOn(lookup("#connections-list .list-cell")
                .match(c -> c instanceof ListCell<?> cell && cell.getItem() instanceof ConnectionItem i
                        && i.name().equals(TwoOktaConnections.DOWN)).queryAs(Node.class));
        await(10, () -> first.window().connections().selectedProperty().get().name().equals(TwoOktaConnections.DOWN));
        Ui.fx(() -> { });

        closeAndForget();
        assertThat(Files.exists(RosterHome.of(home).consoleSettingsFile())).isTrue();

        ConsoleFixture again = open();
        ConsoleWindow window = again.window();
        assertThat(List.of(window.stage().getX(), window.stage().getY(), window.stage().getWidth(), window.stage().getHeight()))
                .containsExactly(60.0, 50.0, 1100.0, 720.0);
        assertThat(window.connections().selectedProperty().get().name()).isEqualTo(TwoOktaConnections.DOWN);
        assertThat(window.theme().modeProperty().get()).isEqualTo(Theme.Mode.DARK);
        assertThat(Ui.showing(this, "#inspector-table")).as("left expanded, so expanded").isTrue();
        // within a few pixels: the dock is first laid out at the scene's first size, before the remembered bounds apply
        assertThat(lookup("#dock").queryAs(SplitPane.class).getDividerPositions()[0])
                .isCloseTo(dockDragged, org.assertj.core.data.Offset.offset(0.01));
        SplitPane reopened = lookup("#panes").queryAs(SplitPane.class);
        assertThat(reopened.getDividerPositions()[0]).isCloseTo(dragged[0], org.assertj.core.data.Offset.offset(0.001));
        assertThat(reopened.getDividerPositions()[1]).isCloseTo(dragged[1], org.assertj.core.data.Offset.offset(0.001));
        TableView<Group> table = groupsTable();
        assertThat(table.getColumns()).extracting(TableColumn::getId)
                .startsWith("typeColumn", "nameColumn", "descriptionColumn");
        assertThat(column(table, "nameColumn").getWidth()).isEqualTo(nameWidth);
        assertThat(table.getSortOrder()).extracting(TableColumn::getId).containsExactly("nameColumn");
        assertThat(column(table, "nameColumn").getSortType()).isEqualTo(TableColumn.SortType.DESCENDING);
    }

    @Test
    void aWindowRememberedOffEveryScreenOpensOnTheScreen() throws Exception {
        TwoOktaConnections.add(home, fake);
        Path settings = RosterHome.of(home).ensureExists().consoleSettingsFile();
        Files.writeString(settings, "{\"window\": {\"x\": 40000, \"y\": -30000, \"width\": 900, \"height\": 600, \"maximized\": false}}");

        ConsoleWindow window = open().window();

        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        assertThat(window.stage().getWidth()).isEqualTo(Math.min(900, screen.getWidth()));
        assertThat(window.stage().getX()).isBetween(screen.getMinX(), screen.getMaxX() - window.stage().getWidth());
        assertThat(window.stage().getY()).isBetween(screen.getMinY(), screen.getMaxY() - window.stage().getHeight());
    }

    @Test
    void aDamagedSettingsFileIsSaidOnceAndTheConsoleOpensWithItsDefaults() throws Exception {
        TwoOktaConnections.add(home, fake);
        Path settings = RosterHome.of(home).ensureExists().consoleSettingsFile();
        Files.writeString(settings, "{\"theme\": \"DARK\", ");

        ConsoleWindow window = open().window();

        await(10, () -> lookup("#status-bar").tryQuery().map(n -> ((org.controlsfx.control.StatusBar) n).getText())
                .filter(t -> t != null && t.contains(settings.toString())).isPresent());
        String said = lookup("#status-bar").queryAs(org.controlsfx.control.StatusBar.class).getText();
        assertThat(said).contains(settings + ".damaged").contains("default layout");
        assertThat(window.theme().modeProperty().get()).isEqualTo(Theme.Mode.SYSTEM);
        assertThat(window.connections().selectedProperty().get().name()).isEqualTo(TwoOktaConnections.OKTA);
        assertThat(Files.readString(Path.of(settings + ".damaged"))).isEqualTo("{\"theme\": \"DARK\", ");
    }

    private MenuItem themeItem(String id) {
        MenuBar bar = lookup("#menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> i instanceof Menu).map(i -> (Menu) i)
                .flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no menu item " + id));
    }

    @SuppressWarnings("unchecked")
    private TableView<Group> groupsTable() {
        return lookup("#groups-table").queryAs(TableView.class);
    }

    private static TableColumn<Group, ?> column(TableView<Group> table, String id) {
        return table.getColumns().stream().filter(c -> id.equals(c.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no column " + id + " in " + table.getColumns().stream().map(TableColumn::getId).toList()));
    }
}
