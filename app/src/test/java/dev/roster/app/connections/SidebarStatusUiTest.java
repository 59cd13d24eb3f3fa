package dev.roster.app.connections;

import static dev.roster.app.testing.ConsoleFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.roster.app.testing.ConsoleFixture;
import dev.roster.app.testing.Snapshots;
import dev.roster.app.testing.TwoOktaConnections;
import dev.roster.app.testing.Ui;
import dev.roster.app.ui.Formats;
import dev.roster.connectors.fakes.OktaFake;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The sidebar says how each connection is: an unreachable one is in error, with the reason on hover and in its
 * details; an Okta connection whose rate limit is spent is rate limited, with what is left and when it resets,
 * from the X-Rate-Limit-* headers the (fake) Okta sent.
 */
@ExtendWith(ApplicationExtension.class)
class SidebarStatusUiTest {
    @TempDir static Path home;
    private static OktaFake fake;
    private static int closedPort;
    private ConsoleFixture console;
    private FxRobot robot;

    @BeforeAll
    static void startFake() {
        fake = OktaFake.start(6, 5);
        closedPort = TwoOktaConnections.add(home, fake);
    }

    @AfterAll
    static void stopFake() {
        fake.close();
    }

    @Start
    void start(Stage stage) {
        console = ConsoleFixture.open(stage, home, TwoOktaConnections.ENV);
    }

    @AfterEach
    void close() {
        fake.clearFaults();
        console.close();
    }

    @Test
    void aConnectionToAClosedPortShowsErrorWithTheReasonOnHoverAndInItsDetails() throws Exception {
        await(30, () -> status(TwoOktaConnections.OKTA) == ConnectionStatus.CONNECTED);
        robot.clickOn(cell(TwoOktaConnections.DOWN));
        await(30, () -> status(TwoOktaConnections.DOWN) == ConnectionStatus.ERROR);

        ListCell<?> cell = cell(TwoOktaConnections.DOWN);
        assertThat(Ui.texts(cell)).contains("Okta \u00b7 error");
        String hover = cell.getTooltip().getText();
        assertThat(hover).startsWith(TwoOktaConnections.DOWN + " (Okta)\nerror: ").contains("127.0.0.1:" + closedPort);
        String reason = hover.substring(hover.indexOf("error: ") + "error: ".length());
        assertThat(text("#connection-detail")).isEqualTo(reason);

        robot.clickOn("#connection-details-button");
        await(10, () -> Ui.showing(robot, "#connection-details"));
        assertThat(text("#details-title")).isEqualTo(TwoOktaConnections.DOWN + " (Okta) \u00b7 error");
        assertThat(text("#details-error-text")).isEqualTo(reason);
        assertThat(text("#details-error-time")).matches("Last error at \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
        assertThat(text("#details-rate-limit")).isEqualTo("Rate limit: not reported by this directory yet.");
        Snapshots.save(cell.getScene(), "sidebar-error");
        Snapshots.save(robot.lookup("#connection-details").query().getScene(), "sidebar-error-details");
        robot.push(KeyCode.ESCAPE);
    }

    @Test
    void anOktaConnectionWhoseRateLimitIsSpentShowsRateLimitedWithWhatIsLeftAndTheReset() throws Exception {
        await(30, () -> status(TwoOktaConnections.OKTA) == ConnectionStatus.CONNECTED);
        // the next answers are 429 with X-Rate-Limit-Remaining 0 and a reset an hour away: beyond what a retry waits
        fake.rateLimitNext(5, 3600);
        robot.clickOn("#groups-table");
        robot.push(KeyCode.F5);
        await(30, () -> status(TwoOktaConnections.OKTA) == ConnectionStatus.RATE_LIMITED);

        // each 429 carried its own reset (an hour from when it was sent): the sidebar shows the last one's window
        List<ServeEvent> refused = fake.served().stream().filter(e -> e.getResponse().getStatus() == 429).toList();
        assertThat(refused).as("the fake answered 429").isNotEmpty();
        List<String> resets = refused.stream().map(e -> Formats.time(Instant.ofEpochSecond(
                Long.parseLong(e.getResponse().getHeaders().getHeader("X-Rate-Limit-Reset").firstValue())))).toList();
        String limit = refused.getFirst().getResponse().getHeaders().getHeader("X-Rate-Limit-Limit").firstValue();
        String detail = text("#connection-detail");
        assertThat(detail).startsWith("Rate limited until ");
        String reset = detail.substring("Rate limited until ".length());
        assertThat(resets).contains(reset);
        String expected = "Rate limit: 0 of " + limit + " requests left, resets at " + reset;

        assertThat(Ui.texts(cell(TwoOktaConnections.OKTA))).contains("Okta \u00b7 rate limited");
        assertThat(text("#connection-rate-limit")).isEqualTo(expected);
        assertThat(cell(TwoOktaConnections.OKTA).getTooltip().getText())
                .isEqualTo("okta (Okta)\nrate limited: Rate limited until " + reset + "\n" + expected);

        robot.clickOn("#connection-details-button");
        await(10, () -> Ui.showing(robot, "#connection-details"));
        assertThat(text("#details-rate-limit")).isEqualTo(expected);
        // Okta's own words for it, from its answer's body (E0000047: API call exceeded rate limit)
        assertThat(text("#details-error-detail")).contains("E0000047");
        Snapshots.save(cell(TwoOktaConnections.OKTA).getScene(), "sidebar-rate-limited");
        Snapshots.save(robot.lookup("#connection-details").query().getScene(), "sidebar-rate-limited-details");
        robot.push(KeyCode.ESCAPE);

        // the window has room again: the next answer says so, and the status follows; the last error stays in the details
        fake.clearFaults();
        robot.clickOn("#groups-table");
        robot.push(KeyCode.F5);
        await(30, () -> status(TwoOktaConnections.OKTA) == ConnectionStatus.CONNECTED);
        // the fake counts down from its limit on every answer: some left again, of the same limit
        assertThat(text("#connection-rate-limit"))
                .matches("Rate limit: [1-9][0-9]* of " + OktaFake.RATE_LIMIT + " requests left, resets at \\d\\d:\\d\\d:\\d\\d");
    }

    private ConnectionStatus status(String name) {
        return console.window().connections().items().stream().filter(i -> i.name().equals(name)).findFirst()
                .map(i -> i.statusProperty().get()).orElse(null);
    }

    private ListCell<?> cell(String name) {
        List<Node> cells = List.copyOf(robot.lookup("#connections-list .list-cell").queryAll());
        return cells.stream().map(n -> (ListCell<?>) n).filter(c -> c.getItem() instanceof ConnectionItem i && i.name().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no cell for " + name));
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
