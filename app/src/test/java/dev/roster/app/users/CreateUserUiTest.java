package dev.roster.app.users;

import static dev.roster.app.testing.ConsoleFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.app.testing.ConsoleFixture;
import dev.roster.app.testing.Ui;
import dev.roster.connectors.model.User;
import dev.roster.connectors.trace.Exchange;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The New user dialog (Ctrl+N) on the Sandbox: bad input is shown and nothing sent; a valid user is created. */
@ExtendWith(ApplicationExtension.class)
class CreateUserUiTest {
    @TempDir Path home;
    private ConsoleFixture console;
    private FxRobot robot;

    @Start
    void start(Stage stage) {
        console = ConsoleFixture.open(stage, home);
    }

    @BeforeEach
    void openTheDialog() throws Exception {
        await(60, () -> robot.lookup("#groups-count").queryAs(Label.class).getText().startsWith("100 loaded"));
        robot.clickOn("#groups-table");
        robot.push(KeyCode.CONTROL, KeyCode.N);
        await(10, () -> Ui.showing(robot, "#create-user-dialog"));
    }

    @AfterEach
    void close() {
        console.close();
    }

    @Test
    void anInvalidEmailAndAMissingUsernameAreShownAndNothingIsSent() throws Exception {
        robot.clickOn("#user-email-0").write("not-an-email");
        robot.clickOn("#user-create");
        Label validation = robot.lookup("#user-validation").queryAs(Label.class);
        await(10, validation::isVisible);

        assertThat(validation.getText()).contains("\u201cnot-an-email\u201d is not an email address");
        assertThat(Ui.showing(robot, "#create-user-dialog")).isTrue();
        assertThat(robot.lookup("#user-username").query().getPseudoClassStates()).extracting(Object::toString).contains("danger");
        TableView<Exchange> exchanges = robot.lookup("#inspector-table").queryAs(TableView.class);
        assertThat(exchanges.getItems()).extracting(Exchange::method).isNotEmpty().doesNotContain("ADD");
        assertThat(console.users("(mail=not-an-email)")).isEmpty();
        assertThat(console.activity()).isEmpty();
    }

    @Test
    void aValidUserIsCreatedInTheDirectoryAndRecorded() throws Exception {
        robot.clickOn("#user-username").write("uitester");
        robot.clickOn("#user-first-name").write("Ada");
        robot.clickOn("#user-last-name").write("Tester");
        if (robot.lookup("#user-name").tryQuery().isPresent()) {
            robot.clickOn("#user-name").write("Ada Tester");
        }
        robot.clickOn("#user-email-0").write("uitester@example.com");
        robot.clickOn("#user-create");
        await(30, () -> !Ui.showing(robot, "#create-user-dialog"));

        User stored = console.users("(uid=uitester)").stream().findFirst()
                .orElseThrow(() -> new AssertionError("the user is not in the directory"));
        assertThat(stored.lastName()).isEqualTo("Tester");
        assertThat(stored.primaryEmail()).isEqualTo("uitester@example.com");
        await(10, () -> !console.activity().isEmpty());
        assertThat(console.activity()).singleElement().satisfies(e -> {
            assertThat(e.operation()).isEqualTo("create_user");
            assertThat(e.succeeded()).isTrue();
        });
    }
}
