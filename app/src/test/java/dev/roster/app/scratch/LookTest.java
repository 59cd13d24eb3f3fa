package dev.roster.app.scratch;

import static dev.roster.app.testing.ConsoleFixture.await;

import dev.roster.app.main.ConsoleApp;
import dev.roster.app.testing.ConsoleFixture;
import dev.roster.connectors.model.Group;
import dev.roster.connectors.query.ListQuery;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

@EnabledIfSystemProperty(named = "roster.look", matches = ".+")
class LookTest extends FxRobot {
    @TempDir Path home;

    private void x(Path out, String name) throws Exception {
        Thread.sleep(700);
        new ProcessBuilder("import", "-window", "root", out.resolve(name).toString()).inheritIO().start().waitFor();
    }

    @Test
    void look() throws Exception {
        Path out = Path.of(System.getProperty("roster.look"));
        Files.createDirectories(out);
        int w = Integer.getInteger("look.w", 1440), h = Integer.getInteger("look.h", 900);
        ConsoleApp app = ConsoleFixture.start(home, ConsoleFixture.registry());
        try {
            var window = app.window();
            interact(() -> { window.stage().setX(0); window.stage().setY(0); window.stage().setWidth(w); window.stage().setHeight(h); });
            await(60, () -> !window.groups().loaded().isEmpty() && !window.groups().loadingProperty().get());
            Group big = window.groups().loaded().stream().filter(g -> {
                int n = window.connections().session().directory().listUsers(ListQuery.ofLimit(1000).withGroupId(g.id())).page().result().size();
                return n > 150 && n < 1000;
            }).findFirst().orElseThrow();
            Group small = window.groups().loaded().stream().filter(g -> {
                int n = window.connections().session().directory().listUsers(ListQuery.ofLimit(50).withGroupId(g.id())).page().result().size();
                return n >= 4 && n < 30;
            }).findFirst().orElseThrow();
            // small group: remove 3
            interact(() -> lookup("#groups-table").queryAs(TableView.class).scrollTo(small));
            clickOn(lookup("#groups-table .table-row-cell").match(r -> ((TableRow<?>) r).getItem() == small).queryAs(Node.class));
            await(30, () -> !window.members().loadingProperty().get() && !window.members().members().isEmpty());
            clickOn(lookup("#members-table .table-row-cell").nth(0).queryAs(Node.class));
            press(KeyCode.SHIFT).clickOn(lookup("#members-table .table-row-cell").nth(2).queryAs(Node.class)).release(KeyCode.SHIFT);
            push(KeyCode.DELETE);
            await(10, () -> lookup("#confirmation").tryQuery().isPresent());
            x(out, "confirm-3.png");
            clickOn("#confirmation-ok");
            await(30, () -> window.members().results().size() == 3 && !window.members().loadingProperty().get());
            x(out, "after-removal.png");
            // big group: select all
            interact(() -> lookup("#groups-table").queryAs(TableView.class).scrollTo(big));
            clickOn(lookup("#groups-table .table-row-cell").match(r -> ((TableRow<?>) r).getItem() == big).queryAs(Node.class));
            await(30, () -> !window.members().loadingProperty().get() && window.members().members().size() > 150);
            clickOn(lookup("#members-table .table-row-cell").nth(0).queryAs(Node.class));
            push(KeyCode.CONTROL, KeyCode.A);
            push(KeyCode.DELETE);
            await(10, () -> lookup("#confirmation").tryQuery().isPresent());
            x(out, "confirm-many.png");
            clickOn("#confirmation-cancel");
            // new group with error
            push(KeyCode.CONTROL, KeyCode.G);
            await(10, () -> lookup("#create-group-dialog").tryQuery().isPresent());
            x(out, "group-open.png");
            clickOn("#group-create");
            x(out, "group-error.png");
            push(KeyCode.ESCAPE);
            push(KeyCode.CONTROL, KeyCode.N);
            await(10, () -> lookup("#create-user-dialog").tryQuery().isPresent());
            x(out, "user-open.png");
            clickOn("#user-username").write("someone");
            clickOn("#user-create");
            x(out, "user-error.png");
            push(KeyCode.ESCAPE);
            push(KeyCode.CONTROL, KeyCode.E);
            await(10, () -> lookup("#export-dialog").tryQuery().isPresent());
            clickOn("#export-file").write(home.resolve("some folder with a long name/and a long file name for the groups.csv").toString());
            Files.createDirectories(home.resolve("some folder with a long name"));
            clickOn("#export-start");
            await(60, () -> lookup("#export-status").queryLabeled().getText().startsWith("Done"));
            x(out, "export-done.png");
            clickOn("#export-close");
            clickOn(lookup(".tab").match(t -> "tab-activity".equals(t.getId())).queryAs(Node.class));
            x(out, "activity.png");
        } finally {
            ConsoleFixture.stop(app);
        }
    }
}
