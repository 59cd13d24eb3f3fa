package dev.roster.app.trust;

import static dev.roster.app.testing.ConsoleFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.util.ssl.KeyStoreKeyManager;
import com.unboundid.util.ssl.SSLUtil;
import com.unboundid.util.ssl.TrustAllTrustManager;
import dev.roster.app.connections.ConnectionItem;
import dev.roster.app.connections.ConnectionStatus;
import dev.roster.app.service.ConnectionProfile;
import dev.roster.app.service.ConnectionStore;
import dev.roster.app.service.RosterHome;
import dev.roster.app.testing.ConsoleFixture;
import dev.roster.app.testing.Ui;
import dev.roster.connectors.model.Group;
import dev.roster.connectors.tls.SelfSigned;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The console on an LDAPS server whose self-signed certificate (made here) is not trusted: opening the
 * connection asks, showing the certificate's fingerprint, subject, issuer and expiry; "Trust this certificate
 * for corp" stores it in the connection's trust file and reopens, and the groups load; Cancel trusts nothing.
 * A connection in clear to another machine (allowed by allow_insecure) is marked insecure in the sidebar.
 */
@ExtendWith(ApplicationExtension.class)
class TrustCertificateUiTest {
    private static final String VAR = "ROSTER_UI_TRUST_PW";
    private static final String PASSWORD = "Trust-Ui-Bind-Secret-31";
    @TempDir Path home;
    @TempDir static Path certificates;
    private static InMemoryDirectoryServer server;
    private static SelfSigned certificate;
    private ConsoleFixture console;
    private FxRobot robot;

    /** Made once, off the FX thread: key generation is slow on a loaded machine, and a @Start has a time limit. */
    @org.junit.jupiter.api.BeforeAll
    static void startServer() throws Exception {
        certificate = SelfSigned.make(certificates, "server", "localhost", "localhost");
        SSLUtil ssl = new SSLUtil(new KeyStoreKeyManager(certificate.keystore().toFile(), SelfSigned.PIN.toCharArray(), "PKCS12",
                "server"), new TrustAllTrustManager());
        var config = new InMemoryDirectoryServerConfig("dc=example,dc=com");
        config.setListenerConfigs(InMemoryListenerConfig.createLDAPSConfig("ldaps", InetAddress.getLoopbackAddress(), 0,
                ssl.createSSLServerSocketFactory(), null));
        config.addAdditionalBindCredentials("cn=roster,dc=example,dc=com", PASSWORD);
        server = new InMemoryDirectoryServer(config);
        server.add("dn: dc=example,dc=com", "objectClass: top", "objectClass: domain", "dc: example");
        server.add("dn: cn=Engineering,dc=example,dc=com", "objectClass: groupOfNames", "cn: Engineering",
                "member: cn=roster,dc=example,dc=com");
        server.startListening();
    }

    @org.junit.jupiter.api.AfterAll
    static void stopServer() {
        server.shutDown(true);
    }

    @Start
    void start(Stage stage) {
        ConnectionStore store = new ConnectionStore(RosterHome.of(home).ensureExists().connectionsFile());
        Map<String, String> ldap = Map.of("url", "ldaps://localhost:" + server.getListenPort("ldaps"), "base_dn", "dc=example,dc=com",
                "bind_dn", "cn=roster,dc=example,dc=com");
        store.add(new ConnectionProfile("corp", "ldap", ldap, Map.of("bind_password", "env:" + VAR)));
        store.add(new ConnectionProfile("plain", "ldap", Map.of("url", "ldap://directory.example.invalid", "allow_insecure", "true",
                "base_dn", "dc=example,dc=com", "bind_dn", "cn=roster,dc=example,dc=com"), Map.of("bind_password", "env:" + VAR)));
        store.remove(ConnectionStore.SANDBOX);
        console = ConsoleFixture.open(stage, home, Map.of(VAR, PASSWORD));
    }

    @AfterEach
    void close() {
        console.close();
    }

    private String field(String id) {
        return robot.lookup(id).queryAs(TextField.class).getText();
    }

    @Test
    void theUntrustedCertificateIsShownAndTrustingItReopensTheConnection() throws Exception {
        await(60, () -> Ui.showing(robot, "#trust-certificate"));
        assertThat(field("#trust-certificate-fingerprint")).isEqualTo(certificate.fingerprint());
        assertThat(field("#trust-certificate-subject")).isEqualTo("CN=localhost,O=Roster Test");
        assertThat(field("#trust-certificate-issuer")).isEqualTo("CN=localhost,O=Roster Test");
        assertThat(field("#trust-certificate-expires")).isNotBlank();
        assertThat(robot.lookup("#trust-certificate").queryAs(DialogPane.class).getHeaderText()).contains("corp");
        assertThat(robot.lookup("#trust-certificate-trust").queryButton().getText()).isEqualTo("Trust this certificate for corp");
        assertThat(selected().statusProperty().get()).isEqualTo(ConnectionStatus.ERROR);

        robot.clickOn("#trust-certificate-trust");

        await(60, () -> selected().statusProperty().get() == ConnectionStatus.CONNECTED);
        await(60, () -> robot.lookup("#groups-table").tryQuery().isPresent() && groups().getItems().size() == 1);
        assertThat(groups().getItems()).extracting(Group::name).containsExactly("Engineering");
        assertThat(home.resolve("trust/corp.pem")).exists();
        assertThat(Ui.showing(robot, "#trust-certificate")).isFalse();
    }

    @Test
    void cancelTrustsNothing() throws Exception {
        await(60, () -> Ui.showing(robot, "#trust-certificate"));

        robot.clickOn("#trust-certificate-cancel");

        await(30, () -> !Ui.showing(robot, "#trust-certificate"));
        assertThat(home.resolve("trust/corp.pem")).doesNotExist();
        assertThat(selected().statusProperty().get()).isEqualTo(ConnectionStatus.ERROR);
        assertThat(selected().detailProperty().get()).contains(certificate.fingerprint());
    }

    @Test
    void aConnectionInClearToAnotherMachineIsMarkedInsecure() throws Exception {
        await(60, () -> console.window().connections().items().size() == 2);
        ConnectionItem plain = console.window().connections().items().stream().filter(i -> i.name().equals("plain")).findFirst().orElseThrow();
        ConnectionItem corp = console.window().connections().items().stream().filter(i -> i.name().equals("corp")).findFirst().orElseThrow();
        assertThat(plain.insecureProperty().get()).isTrue();
        assertThat(corp.insecureProperty().get()).isFalse();
        await(30, () -> badge("corp").isPresent());
        assertThat(badge("corp").orElseThrow().isVisible()).isFalse();
        // corp's long error can leave the sidebar's list room for one row: show plain's by selecting it
        await(60, () -> Ui.showing(robot, "#trust-certificate"));
        robot.clickOn("#trust-certificate-cancel");
        Ui.fx(() -> console.window().connections().selectedProperty().set(plain));
        await(30, () -> badge("plain").map(Node::isVisible).orElse(false));
        Node badge = badge("plain").orElseThrow();
        assertThat(((javafx.scene.control.Label) badge).getTooltip().getText()).contains("allow_insecure=true");
    }

    /** The insecure badge in the sidebar cell showing {@code name} (cells are recycled: found by their item). */
    private java.util.Optional<Node> badge(String name) {
        return robot.lookup("#connections-list .list-cell").queryAll().stream()
                .filter(c -> c instanceof javafx.scene.control.ListCell<?> cell && cell.getItem() instanceof ConnectionItem item
                        && item.name().equals(name))
                .findFirst().flatMap(c -> java.util.Optional.ofNullable(c.lookup(".insecure-badge")));
    }

    private ConnectionItem selected() {
        return console.window().connections().selectedProperty().get();
    }

    @SuppressWarnings("unchecked")
    private TableView<Group> groups() {
        return robot.lookup("#groups-table").queryAs(TableView.class);
    }
}
