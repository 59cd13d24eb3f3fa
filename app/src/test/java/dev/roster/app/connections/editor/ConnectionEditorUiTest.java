package dev.roster.app.connections.editor;

import static dev.roster.app.testing.ConsoleFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import dev.roster.app.connections.ConnectionItem;
import dev.roster.app.main.ConsoleApp;
import dev.roster.app.main.ConsoleContext;
import dev.roster.app.main.ConsoleWindow;
import dev.roster.app.service.ConnectionProfile;
import dev.roster.app.service.RosterHome;
import dev.roster.app.service.SecretSource;
import dev.roster.app.service.secret.MapSecretStore;
import dev.roster.app.testing.ConsoleFixture;
import dev.roster.app.testing.FakeSandbox;
import dev.roster.app.testing.Ui;
import dev.roster.connectors.ConnectorRegistry;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The connection editor as a person uses it: adding an LDAP connection to a real (embedded) server, tested and
 * saved from the dialog; messages as they type; show password; the key-file picker; rename, reorder and remove
 * from the sidebar. The keychain is an in-memory stand-in (the real one has its own tests).
 */
class ConnectionEditorUiTest extends FxRobot {
    private static final String PASSWORD = "Editor-Ui-Secret-9034";
    @TempDir Path home;
    @TempDir Path files;
    private InMemoryDirectoryServer server;
    private final MapSecretStore keychain = new MapSecretStore();
    private ConsoleApp app;
    private ConsoleContext context;
    private Path picked;

    @BeforeEach
    void startServer() throws Exception {
        var config = new InMemoryDirectoryServerConfig("dc=example,dc=com");
        config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("default", InetAddress.getLoopbackAddress(), 0, null));
        config.addAdditionalBindCredentials("cn=roster,dc=example,dc=com", PASSWORD);
        server = new InMemoryDirectoryServer(config);
        server.add("dn: dc=example,dc=com", "objectClass: top", "objectClass: domain", "dc: example");
        server.add("dn: cn=Night Shift,dc=example,dc=com", "objectClass: groupOfNames", "cn: Night Shift",
                "member: cn=roster,dc=example,dc=com");
        server.startListening();
    }

    @AfterEach
    void stop() throws Exception {
        ConsoleFixture.stop(app);
        server.shutDown(true);
    }

    /** The console's context on this test's home (built first, so that a test can add connections before the window opens). */
    private ConsoleContext context() {
        if (context == null) {
            ConnectorRegistry registry = ConnectorRegistry.of(List.of(FakeSandbox.withFakeCapabilities(3, 3).registry().require("sandbox"),
                    ConnectorRegistry.load().require("ldap"), ConnectorRegistry.load().require("okta")));
            context = new ConsoleContext(RosterHome.of(home), () -> keychain, registry, Map.of(), Clock.systemUTC(), Locale.ROOT);
        }
        return context;
    }

    private void start() throws Exception {
        context();
        FxToolkit.registerPrimaryStage();
        app = (ConsoleApp) FxToolkit.setupApplication(() -> new ConsoleApp(context));
        FxToolkit.showStage();
        await(30, () -> app.window() != null && window().connections().session() != null);
        window().connectionActions().usePicker(new FilePicker() {
            @Override public Optional<Path> open(Window owner, String title) { return Optional.ofNullable(picked); }
            @Override public Optional<Path> save(Window owner, String title, String suggested) { return Optional.ofNullable(picked); }
        });
    }

    private ConsoleWindow window() {
        return app.window();
    }

    private void addCorp() {
        context().connections().add("corp", "ldap", Map.of("url", "ldap://127.0.0.1:" + server.getListenPort(),
                "base_dn", "dc=example,dc=com", "bind_dn", "cn=roster,dc=example,dc=com"),
                Map.of("bind_password", new SecretSource.Prompt()), Map.of("bind_password", PASSWORD.toCharArray()));
    }

    private List<String> sidebar() {
        return lookup("#connections-list").queryListView().getItems().stream().map(i -> ((ConnectionItem) i).name()).toList();
    }

    private void openEditor() throws Exception {
        clickOn("#connection-new-connection");
        await(10, () -> Ui.showing(this, "#connection-editor"));
        await(10, () -> lookup("#editor-field-url").tryQuery().isPresent());
    }

    @Test
    void anLdapConnectionAddedInTheEditorIsTestedSavedAndOpened() throws Exception {
        start();
        openEditor();
        assertThat(Ui.texts(lookup("#editor-type").query())).contains("LDAP");
        clickOn("#editor-name").write("corp");
        fill("#editor-field-url", "ldap://127.0.0.1:" + server.getListenPort());
        fill("#editor-field-bind-dn", "cn=roster,dc=example,dc=com");
        fill("#editor-field-bind-password", PASSWORD);
        fill("#editor-field-base-dn", "dc=example,dc=com");
        clickOn("#editor-test");
        await(30, () -> lookup("#editor-test-head").tryQuery().isPresent());
        assertThat(lookup("#editor-test-head").queryAs(Label.class).getText()).isEqualTo("Test of corp: it works.");
        // RFC 4532: the server answers "Who am I?" with the bound identity as a "dn:" authzId
        assertThat(Ui.texts(lookup("#editor-test-result").query())).contains(
                "reachable: ldap://127.0.0.1:" + server.getListenPort() + " (connect and bind) answered in",
                "authenticated: as dn:cn=roster,dc=example,dc=com");
        clickOn("#editor-save");
        await(30, () -> !Ui.showing(this, "#connection-editor"));
        assertThat(keychain.values).containsEntry("corp/bind_password", PASSWORD);
        assertThat(sidebar()).containsExactly("sandbox", "corp");
        await(30, () -> window().connections().session() != null && window().connections().session().name().equals("corp")
                && !window().groups().loaded().isEmpty());
        assertThat(window().groups().loaded()).extracting(g -> g.name()).containsExactly("Night Shift");
        assertThat(Files.readString(RosterHome.of(home).connectionsFile())).doesNotContain(PASSWORD);
    }

    @Test
    void fieldsSayWhatIsWrongAsTypedAndSaveShowsEveryRequiredOne() throws Exception {
        start();
        openEditor();
        fill("#editor-field-url", "dir.example.com");
        Label urlError = lookup("#editor-field-url-error").queryAs(Label.class);
        await(10, urlError::isVisible);
        assertThat(urlError.getText()).isEqualTo("Server URL must be a URL such as ldaps://ldap.example.com:636.");
        assertThat(lookup("#editor-field-url-example").queryAs(Label.class).getText()).isEqualTo("e.g. ldaps://ldap.example.com:636");
        clickOn("#editor-name").write("has space");
        assertThat(lookup("#editor-name-error").queryAs(Label.class).getText()).startsWith("A name is 1 to 64 letters");
        clickOn("#editor-save");
        await(10, () -> lookup("#editor-field-base-dn-error").queryAs(Label.class).isVisible());
        assertThat(lookup("#editor-field-base-dn-error").queryAs(Label.class).getText()).isEqualTo("Base DN is required");
        assertThat(lookup("#editor-field-bind-password-error").queryAs(Label.class).getText()).isEqualTo("Bind password is required");
        assertThat(Ui.showing(this, "#connection-editor")).isTrue();
        assertThat(sidebar()).containsExactly("sandbox");
    }

    @Test
    void showRevealsTheTypedPasswordAndClosingTheDialogClearsIt() throws Exception {
        start();
        openEditor();
        PasswordField hidden = lookup("#editor-field-bind-password").queryAs(PasswordField.class);
        TextField plain = lookup("#editor-field-bind-password-plain").queryAs(TextField.class);
        clickOn(hidden).write("s3cret");
        assertThat(plain.isVisible()).isFalse();
        clickOn("#editor-field-bind-password-show");
        await(10, plain::isVisible);
        assertThat(hidden.isVisible()).isFalse();
        assertThat(plain.getText()).isEqualTo("s3cret");
        push(KeyCode.ESCAPE);
        await(10, () -> !Ui.showing(this, "#connection-editor"));
        assertThat(hidden.getText()).isEmpty();
        assertThat(plain.getText()).isEmpty();
    }

    @Test
    void theTrustedCertificatesFieldPicksAFileAndSaysWhenTheTypedOneIsMissing() throws Exception {
        start();
        picked = Files.writeString(files.resolve("corp-ca.pem"), "-----BEGIN CERTIFICATE-----\n");
        openEditor();
        TitledPane more = lookup("#editor-more").queryAs(TitledPane.class);
        Ui.fx(() -> {
            more.setAnimated(false); // the opening animation moved the button while the mouse travelled to it
            more.setExpanded(true);
        });
        Node browse = lookup("#editor-field-trusted-certificates-browse").query();
        ScrollPane scroll = lookup("#editor-scroll").queryAs(ScrollPane.class);
        await(10, () -> Ui.scrolledIntoView(scroll, browse));
        clickOn(browse);
        TextField path = lookup("#editor-field-trusted-certificates").queryAs(TextField.class);
        await(10, () -> picked.toString().equals(path.getText()));
        assertThat(lookup("#editor-field-trusted-certificates-error").queryAs(Label.class).isVisible()).isFalse();
        Ui.fx(() -> path.setText(files.resolve("gone.pem").toString()));
        assertThat(lookup("#editor-field-trusted-certificates-error").queryAs(Label.class).getText())
                .isEqualTo("There is no file " + files.resolve("gone.pem") + ".");
    }

    @Test
    void renameReorderAndRemoveWithConfirmationFromTheSidebar() throws Exception {
        addCorp();
        start();
        await(10, () -> sidebar().equals(List.of("sandbox", "corp")));
        ListView<?> list = lookup("#connections-list").queryListView();
        clickOn(lookup("#connections-list .list-cell").match(c -> ((javafx.scene.control.ListCell<?>) c).getItem() != null
                && ((ConnectionItem) ((javafx.scene.control.ListCell<?>) c).getItem()).name().equals("corp")).queryAs(Node.class));
        await(30, () -> window().connections().session() != null && window().connections().session().name().equals("corp"));

        push(KeyCode.F2);
        await(10, () -> Ui.showing(this, "#connection-name-input"));
        TextField input = lookup("#connection-name-input").queryAs(TextField.class);
        Ui.fx(() -> input.setText("corp-ldap"));
        clickOn("#connection-name-ok");
        await(30, () -> sidebar().equals(List.of("sandbox", "corp-ldap")));
        assertThat(keychain.values).containsOnlyKeys("corp-ldap/bind_password");
        await(30, () -> window().connections().session() != null && window().connections().session().name().equals("corp-ldap"));

        clickOn("#connection-move-connection-up");
        await(10, () -> sidebar().equals(List.of("corp-ldap", "sandbox")));
        assertThat(context.connections().list()).extracting(ConnectionProfile::name).containsExactly("corp-ldap", "sandbox");
        assertThat(window().connections().session().name()).isEqualTo("corp-ldap");

        clickOn(list);
        Ui.fx(() -> list.requestFocus());
        push(KeyCode.DELETE);
        await(10, () -> Ui.showing(this, "#confirmation"));
        assertThat(Ui.texts(lookup("#confirmation").query())).contains("Remove the connection corp-ldap?");
        clickOn("#confirmation-cancel");
        await(10, () -> !Ui.showing(this, "#confirmation"));
        assertThat(sidebar()).containsExactly("corp-ldap", "sandbox");

        Ui.fx(() -> list.requestFocus());
        push(KeyCode.DELETE);
        await(10, () -> Ui.showing(this, "#confirmation"));
        clickOn("#confirmation-ok");
        await(30, () -> sidebar().equals(List.of("sandbox")));
        assertThat(keychain.values).isEmpty();
        assertThat(context.connections().list()).extracting(ConnectionProfile::name).containsExactly("sandbox");
    }

    @Test
    void exportWritesNoSecretAndImportingItAgainOffersToRenameTheClashingNames() throws Exception {
        addCorp();
        start();
        picked = files.resolve("team.json");
        menu("Export connections…");
        await(30, () -> Ui.showing(this, "#connections-info"));
        assertThat(Ui.texts(lookup("#connections-info").query())).contains("2 connections written to " + picked);
        clickOn(lookup("#connections-info .button").queryButton());
        assertThat(Files.readString(picked)).doesNotContain(PASSWORD).contains("\"bind_password\" : \"to be entered\"");

        menu("Import connections…");
        await(30, () -> Ui.showing(this, "#import-clashes-dialog"));
        assertThat(Ui.texts(lookup("#import-clashes-dialog").query())).contains("These names are taken here: sandbox, corp.");
        clickOn("#import-rename");
        await(30, () -> sidebar().equals(List.of("sandbox", "corp", "sandbox-2", "corp-2")));
        await(30, () -> Ui.showing(this, "#connections-info"));
        assertThat(Ui.texts(lookup("#connections-info").query())).contains("corp-2: enter bind_password (edit the connection).");
        clickOn(lookup("#connections-info .button").queryButton());
    }

    /** Opens the sidebar's "…" menu and clicks the item {@code text} once its popup shows. */
    private void menu(String text) throws Exception {
        javafx.scene.control.MenuButton more = lookup("#connection-more").queryAs(javafx.scene.control.MenuButton.class);
        Ui.fx(more::show);
        java.util.function.Supplier<java.util.Optional<Node>> item = () -> lookup(".context-menu .label")
                .match(l -> text.equals(((javafx.scene.control.Labeled) l).getText())).tryQuery();
        await(10, () -> item.get().isPresent());
        clickOn(item.get().orElseThrow());
    }

    /** Clicks the field and puts {@code text} in it at once (typing long values key by key is slow on a busy machine). */
    private void fill(String query, String text) {
        clickOn(query);
        javafx.scene.control.TextInputControl field = lookup(query).queryAs(javafx.scene.control.TextInputControl.class);
        Ui.fx(() -> field.setText(text));
    }
}
