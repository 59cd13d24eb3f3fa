package dev.roster.app.inspector;

import static dev.roster.app.testing.ConsoleFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.app.testing.ConsoleFixture;
import dev.roster.app.testing.Ui;
import dev.roster.connectors.UnifiedDirectory;
import dev.roster.connectors.model.Group;
import dev.roster.connectors.trace.Exchange;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
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
 * The inspector of a console that has just read the Sandbox's first page of groups: every exchange, newest
 * first, each with its request, response and result; the Sandbox's bind password nowhere, neither shown, nor
 * copied, nor saved. Each test opens its own window; they only read, so they share one Sandbox (seeding is the
 * slowest part of a start). The secret is the real one, read from the Sandbox's own file under the home.
 */
@ExtendWith(ApplicationExtension.class)
class InspectorUiTest {
    static final List<String> TEXTS = List.of("#inspector-request-headers", "#inspector-request-body",
            "#inspector-response-headers", "#inspector-response-body", "#inspector-unified", "#inspector-normalized",
            "#inspector-raw", "#inspector-debug");
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
    void firstPageRead() throws Exception {
        await(60, () -> robot.lookup("#groups-count").queryAs(Label.class).getText().startsWith("100 loaded"));
        await(10, () -> table().getItems().size() >= 2);
    }

    @AfterEach
    void close() throws Exception {
        console.close();
        Files.deleteIfExists(console.savedExchange());
    }

    @Test
    void exchangesAreListedNewestFirstAndAGroupsPageShowsItsResult() throws Exception {
        List<Long> sequences = table().getItems().stream().map(Exchange::sequence).toList();
        assertThat(sequences).isSortedAccordingTo((a, b) -> Long.compare(b, a)).doesNotHaveDuplicates();
        assertThat(table().getItems()).anyMatch(e -> e.method().equals("BIND"));

        Exchange page = groupsPage();
        show(page);
        assertThat(text("#inspector-summary")).contains(page.method(), page.target());
        Group first = console.groups(1).getFirst();
        assertThat(text("#inspector-unified")).contains("\"id\"", first.id(), first.name(), "\"remote_data\"");
        assertThat(text("#inspector-normalized")).contains(first.id()).doesNotContain("\"remote_data\"");
        assertThat(text("#inspector-response-body")).contains(first.name());
    }

    @Test
    void theBindPasswordIsMaskedInTheBindAndAppearsInNoExchange() throws Exception {
        String password = console.bindPassword();
        Exchange bind = table().getItems().stream().filter(e -> e.method().equals("BIND")).findFirst()
                .orElseThrow(() -> new AssertionError("the Sandbox connection starts with a bind"));
        show(bind);
        assertThat(text("#inspector-request-body")).contains("\"password\" : \"****\"");

        for (Exchange e : List.copyOf(table().getItems())) {
            show(e);
            for (String area : TEXTS) {
                assertThat(text(area)).as("%s of exchange #%d", area, e.sequence()).doesNotContain(password);
            }
            assertThat(Ui.texts(robot.lookup("#inspector").query())).doesNotContain(password);
        }
    }

    @Test
    void theCopiedCommandUsesAShellVariableForTheSecret() throws Exception {
        String password = console.bindPassword();
        show(groupsPage());
        Ui.clearClipboard();
        robot.clickOn("#inspector-curl");
        await(10, () -> Ui.clipboard() != null);

        assertThat(Ui.clipboard()).startsWith("ldapsearch").contains("-w \"$TOKEN\"", "ou=Groups").doesNotContain(password);
    }

    @Test
    void aSavedExchangeHasTheRequestAndResponseButNotTheSecret() throws Exception {
        String password = console.bindPassword();
        for (Exchange e : List.of(bind(), groupsPage())) {
            show(e);
            Files.deleteIfExists(console.savedExchange());
            robot.clickOn("#inspector-save");
            await(10, () -> Files.exists(console.savedExchange()));
            String saved = Files.readString(console.savedExchange(), StandardCharsets.UTF_8);
            assertThat(saved).contains(e.method(), e.target()).doesNotContain(password);
        }
    }

    @Test
    void ctrlIHidesAndShowsTheInspector() throws Exception {
        robot.clickOn("#groups-table");
        robot.push(KeyCode.CONTROL, KeyCode.I);
        await(10, () -> robot.lookup("#bottom-tabs").tryQuery().map(n -> n.getScene() == null || !n.isVisible()).orElse(true));
        robot.push(KeyCode.CONTROL, KeyCode.I);
        await(10, () -> robot.lookup("#inspector-table").tryQuery().map(Node::isVisible).orElse(false));
    }

    /** Selects {@code e} as a click would and waits until its details are shown (rendering runs in the background). */
    private void show(Exchange e) throws Exception {
        Ui.fx(() -> {
            table().scrollTo(e);
            table().getSelectionModel().select(e);
        });
        await(30, () -> text("#inspector-summary").startsWith("#" + e.sequence() + " "));
    }

    private Exchange bind() {
        return table().getItems().stream().filter(e -> e.method().equals("BIND")).findFirst().orElseThrow();
    }

    /** The exchange that read the first page of groups: a search under ou=Groups. */
    private Exchange groupsPage() {
        return table().getItems().stream().filter(e -> e.method().equals("SEARCH") && e.target().contains("ou=Groups"))
                .reduce((newer, older) -> older).orElseThrow(() -> new AssertionError("no search of ou=Groups"));
    }

    private String text(String query) {
        Node node = robot.lookup(query).query();
        return node instanceof TextArea area ? area.getText() : ((Label) node).getText();
    }

    @SuppressWarnings("unchecked")
    private TableView<Exchange> table() {
        return robot.lookup("#inspector-table").queryAs(TableView.class);
    }
}
