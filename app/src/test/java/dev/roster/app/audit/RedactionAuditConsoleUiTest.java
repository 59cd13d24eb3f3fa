package dev.roster.app.audit;

import static dev.roster.app.testing.ConsoleFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.app.service.Connections;
import dev.roster.app.service.SecretSource;
import dev.roster.app.testing.ConsoleFixture;
import dev.roster.app.testing.Ui;
import dev.roster.connectors.fakes.OktaFake;
import dev.roster.connectors.fakes.ReflectingFake;
import dev.roster.connectors.fakes.ScimFake;
import dev.roster.connectors.ldap.EmbeddedLdap;
import dev.roster.connectors.model.Group;
import dev.roster.connectors.trace.Exchange;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The redaction audit of the console (issue 15): a planted secret in a connection of each kind (Okta, SCIM,
 * LDAP, the Sandbox, and an Okta connection to a server that echoes the request in its 401 and 500 answers),
 * the console opened on it, browsed, written to, exported, and every exchange shown in the inspector, copied
 * as cURL / ldapsearch and saved; then the text of every window (the screenshot sources: labels, fields,
 * tables' cells, tooltips, titles), every clipboard text, the saved exchanges, the export, the log file and the
 * whole home searched for the secret in all its encodings. Each step is checked to have produced something.
 *
 * <p>To add a path: append a {@link Step} to {@link #steps()}, or a {@link Target} to {@link #targets()}.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(300)
class RedactionAuditConsoleUiTest {
    @TempDir static Path root;
    private static OktaFake okta;
    private static ScimFake scim;
    private static EmbeddedLdap ldap;
    private static ReflectingFake reflector;
    private static ProductLog log;
    private static final String OKTA_TOKEN = "00okta-AUDIT+/=&~" + UUID.randomUUID().toString().replace("-", "");
    private static final String SCIM_TOKEN = "scim-AUDIT+/=&~" + UUID.randomUUID().toString().replace("-", "");
    private static final String ECHO_TOKEN = "00echo-AUDIT+/=&~" + UUID.randomUUID().toString().replace("-", "");
    private FxRobot robot;

    @BeforeAll
    static void startFakes() {
        okta = OktaFake.start(3, 3).acceptToken(OKTA_TOKEN);
        scim = ScimFake.start(3, 3).acceptToken(SCIM_TOKEN);
        ldap = EmbeddedLdap.start(3, 3);
        reflector = ReflectingFake.start();
        log = ProductLog.to(root.resolve("logs"));
    }

    @AfterAll
    static void stopFakes() {
        log.close();
        okta.close();
        scim.close();
        ldap.close();
        reflector.close();
    }

    /** One connection the console is opened on. {@code secret} null: the Sandbox's own password, read from its file. */
    record Target(String name, String type, Map<String, String> settings, String secretKey, String secret, boolean loads) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Target> targets() {
        return Stream.of(
                new Target("okta", "okta", Map.of("base_url", okta.baseUrl()), "token", OKTA_TOKEN, true),
                new Target("scim", "scim", Map.of("base_url", scim.baseUrl()), "token", SCIM_TOKEN, true),
                new Target("ldap", "ldap", Map.of("url", ldap.url(), "bind_dn", EmbeddedLdap.WRITER, "base_dn", EmbeddedLdap.BASE,
                        "group_base", EmbeddedLdap.GROUPS, "user_base", EmbeddedLdap.PEOPLE), "bind_password", ldap.writerPassword(), true),
                new Target("sandbox", "sandbox", Map.of(), null, null, true),
                new Target("okta-echo", "okta", Map.of("base_url", reflector.httpsUrl(), "trusted_certificates",
                        reflector.caPem().toString()), "token", ECHO_TOKEN, false));
    }

    /** One thing a person does in the console; it adds what the product put outside the window to {@code texts}. */
    record Step(String name, Consumer<Audit> body) {
    }

    static List<Step> steps() {
        List<Step> steps = new ArrayList<>();
        steps.add(new Step("browse a group's members", a -> {
            if (!a.target.loads()) {
                return;
            }
            TableView<Group> groups = a.table("#groups-table");
            Group first = groups.getItems().getFirst();
            Ui.fx(() -> groups.getSelectionModel().select(first));
            a.awaitTrue(() -> !a.table("#members-table").getItems().isEmpty() || a.text("#members-count").contains("member"));
            a.scene("members of " + first.name());
        }));
        steps.add(new Step("create a group", a -> {
            if (!a.target.loads()) {
                return;
            }
            a.robot.clickOn("#groups-table");
            a.robot.push(KeyCode.CONTROL, KeyCode.G);
            a.awaitTrue(() -> Ui.showing(a.robot, "#create-group-dialog"));
            a.robot.clickOn("#group-name").write("Audit Guild");
            a.scene("create-group dialog");
            a.robot.clickOn("#group-create");
            a.awaitTrue(() -> !Ui.showing(a.robot, "#create-group-dialog"));
            a.scene("after the create");
        }));
        steps.add(new Step("export", a -> {
            if (!a.target.loads()) {
                return;
            }
            a.robot.clickOn("#groups-table");
            a.robot.push(KeyCode.CONTROL, KeyCode.E);
            a.awaitTrue(() -> Ui.showing(a.robot, "#export-dialog"));
            Path target = a.home.resolve("export-" + a.target.name() + ".csv");
            a.robot.clickOn("#export-file").write(target.toString());
            a.robot.push(KeyCode.ENTER);
            a.robot.clickOn("#export-start");
            a.awaitTrue(() -> a.robot.lookup("#export-status").queryAs(Label.class).getText().startsWith("Done"));
            a.scene("export dialog");
            a.robot.clickOn("#export-close");
            a.awaitTrue(() -> !Ui.showing(a.robot, "#export-dialog"));
            a.exports++;
        }));
        steps.add(new Step("refresh against a refusing server", a -> {
            if (a.target.loads()) {
                return;
            }
            reflector.answer(500);
            a.robot.clickOn("#groups-table");
            a.robot.push(KeyCode.F5);
            a.awaitTrue(() -> a.<Exchange>table("#inspector-table").getItems().stream().anyMatch(e -> e.status() == 500));
            a.scene("after a 500");
        }));
        steps.add(new Step("every exchange in the inspector, copied and saved", a -> {
            TableView<Exchange> exchanges = a.table("#inspector-table");
            a.awaitTrue(() -> !exchanges.getItems().isEmpty());
            List<Exchange> all = List.copyOf(exchanges.getItems());
            for (Exchange e : all.subList(0, Math.min(all.size(), 12))) {
                Ui.fx(() -> {
                    exchanges.scrollTo(e);
                    exchanges.getSelectionModel().select(e);
                });
                a.awaitTrue(() -> a.text("#inspector-summary").startsWith("#" + e.sequence() + " "));
                a.scene("inspector on #" + e.sequence());
                // an exchange with no command to copy (a bind, a refused connect) has the button disabled
                if (!a.robot.lookup("#inspector-curl").queryAs(javafx.scene.control.Button.class).isDisabled()) {
                    Ui.clearClipboard();
                    a.robot.clickOn("#inspector-curl");
                    a.awaitTrue(() -> Ui.clipboard() != null);
                    a.texts.put("clipboard after copy of #" + e.sequence(), SceneText.clipboard());
                }
                Path saved = a.console.savedExchange();
                try {
                    Files.deleteIfExists(saved);
                    a.robot.clickOn("#inspector-save");
                    a.awaitTrue(() -> Files.exists(saved) && Files.size(saved) > 0);
                    a.texts.put("saved exchange #" + e.sequence(), Files.readString(saved, StandardCharsets.UTF_8));
                } catch (java.io.IOException io) {
                    throw new java.io.UncheckedIOException(io);
                }
                a.copies++;
            }
        }));
        return steps;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void noSecretIsShownCopiedSavedOrWritten(Target target) throws Exception {
        Path home = Files.createDirectories(root.resolve("home-" + target.name()));
        Map<String, String> env = new LinkedHashMap<>();
        if (target.secretKey() != null) {
            env.put("AUDIT_SECRET", target.secret());
            Connections connections = ConsoleFixture.connections(home, env);
            connections.add(target.name(), target.type(), target.settings(), Map.of(target.secretKey(), new SecretSource.Env("AUDIT_SECRET")),
                    key -> null);
            connections.remove("sandbox"); // the connection alone: the console selects it
        }
        reflector.answer(401);
        Audit a = new Audit(target, home, robot);
        // the first window of a run takes a while to build (the theme, FXML): longer than Ui.fx's 10 s
        org.testfx.util.WaitForAsyncUtils.waitForAsyncFx(60_000, () -> {
            a.stage = new Stage();
            a.console = ConsoleFixture.open(a.stage, home, env);
        });
        try {
            if (target.loads()) {
                await(120, () -> a.robot.lookup("#groups-count").tryQuery().map(n -> ((Label) n).getText().matches("[1-9]\\d* loaded.*"))
                        .orElse(false));
            } else {
                await(60, () -> a.robot.lookup("#inspector-table").tryQuery()
                        .map(n -> ((TableView<?>) n).getItems().size() > 0).orElse(false));
            }
            a.scene("opened");
            for (Step step : steps()) {
                a.step = step.name();
                step.body().accept(a);
            }
        } finally {
            a.console.close();
            Ui.fx(() -> a.stage.close());
        }

        SecretScanner scanner = new SecretScanner();
        Path sandboxPassword = null;
        if (target.secret() != null) {
            scanner.secret(target.name() + " " + target.secretKey(), target.secret());
        } else {
            sandboxPassword = findFile(home, "bind-password");
            scanner.secret("the Sandbox bind password", Files.readString(sandboxPassword, StandardCharsets.UTF_8).strip());
        }
        List<SecretScanner.Finding> found = new ArrayList<>(scanner.scan(a.texts));
        Path excluded = sandboxPassword;
        scanner.scanTree(home).stream().filter(f -> excluded == null || !f.where().equals(excluded.toString())).forEach(found::add);
        found.addAll(scanner.scanTree(log.folder()));

        assertThat(found).as("secrets found in the console's texts, copies and files").isEmpty();
        assertThat(a.scenes).isGreaterThanOrEqualTo(target.loads() ? 5 : 3);
        assertThat(a.copies).as("exchanges copied and saved").isGreaterThanOrEqualTo(1);
        assertThat(a.texts.values().stream().filter(t -> t.startsWith("curl") || t.startsWith("ldap"))).isNotEmpty();
        assertThat(a.exports).isEqualTo(target.loads() ? 1 : 0);
    }

    private static Path findFile(Path root, String name) throws Exception {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.getFileName().toString().equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + name + " under " + root));
        }
    }

    /** One console's run: what it showed, copied and saved, by label. */
    static final class Audit {
        final Target target;
        final Path home;
        final FxRobot robot;
        final Map<String, String> texts = new LinkedHashMap<>();
        Stage stage;
        ConsoleFixture console;
        String step = "open";
        int scenes;
        int copies;
        int exports;

        Audit(Target target, Path home, FxRobot robot) {
            this.target = target;
            this.home = home;
            this.robot = robot;
        }

        /** Records the text of every window now (what a screenshot would show). */
        void scene(String when) {
            List<String> windows = SceneText.windows();
            assertThat(windows).as("windows showing at " + when).isNotEmpty();
            for (int i = 0; i < windows.size(); i++) {
                texts.put("window " + i + " " + when, windows.get(i));
            }
            scenes++;
        }

        void awaitTrue(java.util.concurrent.Callable<Boolean> condition) {
            try {
                await(60, condition);
            } catch (Exception e) {
                throw new AssertionError(step + ": condition not met within 60 s", e);
            }
        }

        String text(String query) {
            return robot.lookup(query).tryQuery().map(n -> n instanceof Label l ? l.getText()
                    : n instanceof javafx.scene.control.TextInputControl t ? t.getText() : "").orElse("");
        }

        @SuppressWarnings("unchecked")
        <T> TableView<T> table(String query) {
            return robot.lookup(query).queryAs(TableView.class);
        }
    }
}
