package dev.roster.app.connections.editor;

import static dev.roster.app.testing.ConsoleFixture.await;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import dev.roster.app.main.ConsoleApp;
import dev.roster.app.main.ConsoleContext;
import dev.roster.app.service.RosterHome;
import dev.roster.app.service.secret.MapSecretStore;
import dev.roster.app.testing.ConsoleFixture;
import dev.roster.app.testing.FakeSandbox;
import dev.roster.app.testing.Ui;
import dev.roster.connectors.ConnectorRegistry;
import java.awt.image.BufferedImage;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The README's picture of the connection editor: an LDAP connection to an embedded server, filled in and tested.
 * Runs only when asked ({@code -Droster.screenshots=DIR}), like {@code ScreenshotsTest}.
 */
@EnabledIfSystemProperty(named = "roster.screenshots", matches = ".+")
class ConnectionEditorScreenshotTest extends FxRobot {
    @TempDir Path home;

    @Test
    void connectionEditor() throws Exception {
        Path out = Path.of(System.getProperty("roster.screenshots"));
        Files.createDirectories(out);
        var config = new InMemoryDirectoryServerConfig("dc=example,dc=com");
        config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("default", InetAddress.getLoopbackAddress(), 0, null));
        config.addAdditionalBindCredentials("cn=roster,ou=Services,dc=example,dc=com", "correct horse battery staple");
        InMemoryDirectoryServer server = new InMemoryDirectoryServer(config);
        server.add("dn: dc=example,dc=com", "objectClass: top", "objectClass: domain", "dc: example");
        server.startListening();
        ConnectorRegistry registry = ConnectorRegistry.of(List.of(FakeSandbox.withFakeCapabilities(3, 3).registry().require("sandbox"),
                ConnectorRegistry.load().require("ldap"), ConnectorRegistry.load().require("okta"),
                ConnectorRegistry.load().require("entra"), ConnectorRegistry.load().require("google"),
                ConnectorRegistry.load().require("scim"), ConnectorRegistry.load().require("truto")));
        ConsoleContext context = new ConsoleContext(RosterHome.of(home), MapSecretStore::new, registry, Map.of(),
                Clock.systemUTC(), Locale.ROOT);
        FxToolkit.registerPrimaryStage();
        ConsoleApp app = (ConsoleApp) FxToolkit.setupApplication(() -> new ConsoleApp(context));
        try {
            FxToolkit.showStage();
            await(30, () -> app.window() != null && app.window().connections().session() != null);
            clickOn("#connection-new-connection");
            await(10, () -> lookup("#editor-field-url").tryQuery().isPresent());
            clickOn("#editor-name").write("corp-ldap");
            fill("#editor-field-url", "ldap://127.0.0.1:" + server.getListenPort());
            fill("#editor-field-bind-dn", "cn=roster,ou=Services,dc=example,dc=com");
            fill("#editor-field-bind-password", "correct horse battery staple");
            fill("#editor-field-base-dn", "dc=example,dc=com");
            clickOn("#editor-test");
            await(30, () -> lookup("#editor-test-head").tryQuery().isPresent());
            Thread.sleep(500);
            Scene dialog = lookup("#connection-editor").query().getScene();
            AtomicReference<WritableImage> image = new AtomicReference<>();
            Ui.fx(() -> image.set(dialog.snapshot(null)));
            write(image.get(), out.resolve("connection-editor.png"));
        } finally {
            ConsoleFixture.stop(app);
            server.shutDown(true);
        }
    }

    /** PNG without javafx-swing: copy the pixels into an AWT image. */
    private static void write(WritableImage image, Path file) throws Exception {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader reader = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                img.setRGB(x, y, reader.getArgb(x, y));
            }
        }
        ImageIO.write(img, "png", file.toFile());
        System.out.println("screenshot " + file + " " + w + "x" + h);
    }

    /** Clicks the field and puts {@code text} in it at once (typing long values key by key is slow on a busy machine). */
    private void fill(String query, String text) {
        clickOn(query);
        javafx.scene.control.TextInputControl field = lookup(query).queryAs(javafx.scene.control.TextInputControl.class);
        Ui.fx(() -> field.setText(text));
    }
}
