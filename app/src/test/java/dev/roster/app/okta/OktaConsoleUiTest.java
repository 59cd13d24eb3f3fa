package dev.roster.app.okta;

import static dev.roster.app.testing.ConsoleFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.app.service.Connections;
import dev.roster.app.service.SecretSource;
import dev.roster.app.testing.ConsoleFixture;
import dev.roster.app.testing.Ui;
import dev.roster.connectors.fakes.OktaFake;
import dev.roster.connectors.model.Group;
import dev.roster.connectors.model.User;
import dev.roster.connectors.trace.Exchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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
 * The console on an Okta connection to {@link OktaFake} (its only connection, the token from the environment):
 * groups and members browse, the create-group form offers what Okta takes, and the inspector shows the HTTP
 * exchange with the token masked and a curl command that, given the token, gets the same answer.
 */
@ExtendWith(ApplicationExtension.class)
class OktaConsoleUiTest {
    private static final int SEEDED = 6;
    private static final Map<String, String> ENV = Map.of("OKTA_TOKEN", OktaFake.TOKEN);
    @TempDir static Path home;
    private static OktaFake fake;
    private ConsoleFixture console;
    private FxRobot robot;

    @BeforeAll
    static void startFake() {
        fake = OktaFake.start(SEEDED, 5);
        Connections connections = ConsoleFixture.connections(home, ENV);
        connections.add("okta", "okta", Map.of("base_url", fake.baseUrl()), Map.of("token", new SecretSource.Env("OKTA_TOKEN")), key -> null);
        // the Okta connection alone: the console selects it instead of seeding a Sandbox
        connections.remove("sandbox");
    }

    @AfterAll
    static void stopFake() {
        fake.close();
    }

    @Start
    void start(Stage stage) {
        console = ConsoleFixture.open(stage, home, ENV);
    }

    @BeforeEach
    void groupsRead() throws Exception {
        // tryQuery: the window may still be building when the first poll runs
        try {
            await(60, () -> robot.lookup("#groups-count").tryQuery()
                    .map(n -> ((Label) n).getText().startsWith((SEEDED + 2) + " loaded")).orElse(false));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the groups did not load; count label: "
                    + robot.lookup("#groups-count").tryQuery().map(n -> ((Label) n).getText()).orElse("(none)")
                    + "; window: " + robot.lookup(".root").tryQuery().map(Ui::texts).orElse("(none)"), e);
        }
    }

    @AfterEach
    void close() {
        console.close();
    }

    @Test
    void groupsAndTheirMembersAreShown() throws Exception {
        TableView<Group> groups = table("#groups-table");
        assertThat(groups.getItems()).extracting(Group::name).startsWith("Everyone", "Engineering users", "Team 01");

        Group team = groups.getItems().stream().filter(g -> g.name().equals("Team 01")).findFirst().orElseThrow();
        Ui.fx(() -> {
            groups.scrollTo(team);
            groups.getSelectionModel().select(team);
        });

        TableView<User> members = table("#members-table");
        await(30, () -> members.getItems().size() == fake.memberIds(fake.groupIdNamed("Team 01")).size());
        assertThat(members.getItems()).extracting(User::id).containsExactlyElementsOf(fake.memberIds(fake.groupIdNamed("Team 01")));
    }

    @Test
    void theCreateGroupFormOffersWhatOktaTakes() throws Exception {
        robot.clickOn("#groups-table");
        robot.push(KeyCode.CONTROL, KeyCode.G);
        await(10, () -> Ui.showing(robot, "#create-group-dialog"));

        assertThat(robot.lookup("#group-name").query().isVisible()).isTrue();
        assertThat(robot.lookup("#group-description").query().isVisible()).isTrue();
        // Okta has no team or department groups: the capabilities leave group_type out, so does the form
        assertThat(robot.lookup("#group-type").query().isVisible()).isFalse();
        robot.push(KeyCode.ESCAPE);
        await(10, () -> !Ui.showing(robot, "#create-group-dialog"));
    }

    @Test
    void theInspectorMasksTheTokenAndItsCurlCommandWorksWithTheTokenSet() throws Exception {
        TableView<Exchange> exchanges = table("#inspector-table");
        await(10, () -> exchanges.getItems().stream().anyMatch(OktaConsoleUiTest::groupsPage));
        Exchange page = exchanges.getItems().stream().filter(OktaConsoleUiTest::groupsPage).findFirst().orElseThrow();
        Ui.fx(() -> {
            exchanges.scrollTo(page);
            exchanges.getSelectionModel().select(page);
        });
        await(30, () -> text("#inspector-summary").startsWith("#" + page.sequence() + " "));

        assertThat(text("#inspector-request-headers")).contains("SSWS ****").doesNotContain(OktaFake.TOKEN);
        assertThat(text("#inspector-response-headers")).containsIgnoringCase("x-rate-limit-remaining");
        assertThat(Ui.texts(robot.lookup("#inspector").query())).doesNotContain(OktaFake.TOKEN);

        Ui.clearClipboard();
        robot.clickOn("#inspector-curl");
        await(10, () -> Ui.clipboard() != null);
        String curl = Ui.clipboard();
        assertThat(curl).startsWith("curl").contains("$TOKEN").doesNotContain(OktaFake.TOKEN);

        assertThat(runWithToken(curl)).isEqualTo("200");
    }

    /** Runs the copied command in a shell with TOKEN set, printing only the status; bounded by curl's and our own timeout. */
    private static String runWithToken(String curl) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", curl + " -s -o /dev/null -w '%{http_code}' --max-time 10");
        pb.environment().put("TOKEN", OktaFake.TOKEN);
        pb.redirectErrorStream(true);
        Process p = pb.start();
        if (!p.waitFor(20, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("curl did not finish within 20 s");
        }
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    }

    private static boolean groupsPage(Exchange e) {
        return e.method().equals("GET") && e.target().contains("/api/v1/groups?") && e.status() == 200;
    }

    private String text(String query) {
        Node node = robot.lookup(query).query();
        return node instanceof TextArea area ? area.getText() : ((Label) node).getText();
    }

    @SuppressWarnings("unchecked")
    private <T> TableView<T> table(String query) {
        return robot.lookup(query).queryAs(TableView.class);
    }
}
