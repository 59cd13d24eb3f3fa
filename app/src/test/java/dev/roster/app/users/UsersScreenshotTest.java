package dev.roster.app.users;

import static dev.roster.app.testing.ConsoleFixture.await;

import com.unboundid.ldap.sdk.Filter;
import dev.roster.app.main.ConsoleApp;
import dev.roster.app.main.ConsoleWindow;
import dev.roster.app.testing.ConsoleFixture;
import dev.roster.app.testing.Ui;
import dev.roster.app.ui.theme.Theme;
import dev.roster.connectors.model.User;
import dev.roster.connectors.query.ListQuery;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * docs/console/users.md's pictures: the Users view with a person open, and the Add to group dialog. Runs only
 * when asked ({@code -Droster.screenshots=DIR}), as the README's ScreenshotsTest does.
 */
@EnabledIfSystemProperty(named = "roster.screenshots", matches = ".+")
class UsersScreenshotTest extends FxRobot {
    @TempDir Path home;

    @Test
    void screenshots() throws Exception {
        Path out = Path.of(System.getProperty("roster.screenshots"));
        Files.createDirectories(out);
        ConsoleApp app = ConsoleFixture.start(home, ConsoleFixture.registry());
        try {
            ConsoleWindow window = app.window();
            interact(() -> window.theme().modeProperty().set(Theme.Mode.LIGHT));
            await(60, () -> !window.groups().loaded().isEmpty() && !window.groups().loadingProperty().get());
            var directory = window.connections().session().directory();
            User person = window.groups().loaded().stream()
                    .flatMap(g -> directory.listUsers(ListQuery.ofLimit(5).withGroupId(g.id())).page().result().stream())
                    .findFirst().orElseThrow();
            clickOn("#switch-users");
            await(30, () -> !window.users().loaded().isEmpty() && !window.users().loadingProperty().get());
            shoot(window.stage().getScene(), out.resolve("users-list.png"));
            clickOn("#users-param-filter").write(Filter.createEqualityFilter("uid", person.username()).toString()).push(KeyCode.ENTER);
            await(30, () -> window.users().loaded().size() == 1 && !window.users().loadingProperty().get());
            clickOn(Ui.row(this, "#users-table", window.users().loaded().getFirst()));
            await(30, () -> !window.userDetail().groupsLoadingProperty().get() && !window.userDetail().groups().isEmpty());
            Thread.sleep(300);
            shoot(window.stage().getScene(), out.resolve("users.png"));
            clickOn("#user-add-to-group");
            await(10, () -> Ui.showing(this, "#add-to-group-dialog"));
            clickOn("#add-to-group-search").write("Eng");
            await(30, () -> !lookup("#add-to-group-matches").queryAs(ListView.class).getItems().isEmpty());
            Thread.sleep(300);
            shoot(lookup("#add-to-group-dialog").query().getScene(), out.resolve("dialog-add-to-group.png"));
            push(KeyCode.ESCAPE);
        } finally {
            ConsoleFixture.stop(app);
        }
    }

    private void shoot(Scene scene, Path file) throws Exception {
        AtomicReference<WritableImage> image = new AtomicReference<>();
        interact(() -> image.set(scene.snapshot(null)));
        int w = (int) image.get().getWidth();
        int h = (int) image.get().getHeight();
        BufferedImage png = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader reader = image.get().getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                png.setRGB(x, y, reader.getArgb(x, y));
            }
        }
        ImageIO.write(png, "png", file.toFile());
    }
}
