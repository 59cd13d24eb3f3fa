package dev.roster.app.main;

import dev.roster.app.session.ResultMemory;

import static dev.roster.app.testing.ConsoleFixture.await;

import dev.roster.app.testing.ConsoleFixture;
import dev.roster.app.ui.theme.Theme;
import dev.roster.connectors.model.Group;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * The README's screenshots: main window light and dark, a dialog, the inspector. Runs only when asked
 * ({@code -Droster.screenshots=DIR}); docs/screenshots/make.sh runs it under Xvfb.
 */
@EnabledIfSystemProperty(named = "roster.screenshots", matches = ".+")
class ScreenshotsTest extends FxRobot {
    @TempDir Path home;

    @Test
    void screenshots() throws Exception {
        Path out = Path.of(System.getProperty("roster.screenshots"));
        Files.createDirectories(out);
        ConsoleApp app = ConsoleFixture.start(home, ConsoleFixture.registry());
        try {
            ConsoleWindow window = app.window();
            interact(() -> window.theme().modeProperty().set(Theme.Mode.LIGHT));
            // the inspector starts collapsed to a strip: the screenshots show it expanded, as Ctrl+I does
            interact(window::showInspector);
            await(60, () -> !window.groups().loaded().isEmpty() && !window.groups().loadingProperty().get());
            Group group = window.groups().loaded().stream()
                    .filter(g -> !window.connections().session().directory()
                            .listUsers(dev.roster.connectors.query.ListQuery.ofLimit(5).withGroupId(g.id())).page().result().isEmpty())
                    .findFirst().orElse(window.groups().loaded().getFirst());
            interact(() -> lookup("#groups-table").queryAs(TableView.class).scrollTo(group));
            clickOn(lookup("#groups-table .table-row-cell").match(r -> ((TableRow<?>) r).getItem() == group).queryAs(Node.class));
            await(30, () -> !window.members().loadingProperty().get() && !window.members().members().isEmpty());
            TableView<?> inspector = lookup("#inspector-table").queryAs(TableView.class);
            await(10, () -> !inspector.getItems().isEmpty());
            clickOn(lookup("#inspector-table .table-row-cell").nth(1).queryAs(Node.class));
            Thread.sleep(500);
            shoot(window.stage().getScene(), out.resolve("main-light.png"));

            interact(() -> window.theme().modeProperty().set(Theme.Mode.DARK));
            Thread.sleep(500);
            shoot(window.stage().getScene(), out.resolve("main-dark.png"));
            interact(() -> window.theme().modeProperty().set(Theme.Mode.LIGHT));
            var results = window.connections().session().results();
            TableView<dev.roster.connectors.trace.Exchange> exchanges = lookup("#inspector-table").queryAs(TableView.class);
            var groupsPage = exchanges.getItems().stream().filter(e -> results.find(e.sequence())
                    .filter(r -> r instanceof dev.roster.app.session.ResultMemory.Remembered.OfList l
                            && l.result().operation() == dev.roster.connectors.Operation.LIST_GROUPS).isPresent())
                    .findFirst().orElse(exchanges.getItems().getLast());
            interact(() -> {
                exchanges.getSelectionModel().select(groupsPage);
                exchanges.scrollTo(groupsPage);
            });
            await(30, () -> window.inspector().shownProperty().get() == groupsPage);
            clickOn(lookup(".tab").match(t -> "tab-response".equals(t.getId())).queryAs(Node.class));
            Thread.sleep(500);
            shootNode(lookup("#bottom-tabs").query(), out.resolve("inspector.png"));

            interact(() -> window.theme().modeProperty().set(Theme.Mode.LIGHT));
            push(KeyCode.CONTROL, KeyCode.N);
            await(10, () -> lookup("#create-user-dialog").tryQuery().isPresent());
            clickOn("#user-email-0").write("not-an-email");
            clickOn("#user-create");
            Thread.sleep(500);
            Scene dialog = lookup("#create-user-dialog").query().getScene();
            shoot(dialog, out.resolve("dialog-create-user.png"));
            push(KeyCode.ESCAPE);
        } finally {
            ConsoleFixture.stop(app);
        }
    }

    private void shoot(Scene scene, Path file) throws Exception {
        if (file == null) {
            return;
        }
        AtomicReference<WritableImage> image = new AtomicReference<>();
        interact(() -> image.set(scene.snapshot(null)));
        write(image.get(), file);
    }

    /** The node as it looks in its window: the scene's snapshot, cropped to the node's bounds. */
    private void shootNode(Node node, Path file) throws Exception {
        AtomicReference<WritableImage> image = new AtomicReference<>();
        interact(() -> {
            WritableImage whole = node.getScene().snapshot(null);
            var b = node.localToScene(node.getBoundsInLocal());
            int x = (int) Math.max(0, b.getMinX());
            int y = (int) Math.max(0, b.getMinY());
            int w = (int) Math.min(whole.getWidth() - x, b.getWidth());
            int h = (int) Math.min(whole.getHeight() - y, b.getHeight());
            image.set(new WritableImage(whole.getPixelReader(), x, y, w, h));
        });
        write(image.get(), file);
    }

    /** PNG without javafx-swing: copy the pixels into an AWT image. */
    private static void write(WritableImage image, Path file) throws Exception {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader reader = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, reader.getArgb(x, y));
            }
        }
        ImageIO.write(out, "png", file.toFile());
        System.out.println("screenshot " + file + " " + w + "x" + h);
    }

    static Window unused() {
        return null;
    }
}
