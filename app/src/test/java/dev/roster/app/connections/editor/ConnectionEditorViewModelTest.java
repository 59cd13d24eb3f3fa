package dev.roster.app.connections.editor;

import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import dev.roster.app.service.ConnectionProfile;
import dev.roster.app.service.ConnectionStore;
import dev.roster.app.service.Connections;
import dev.roster.app.service.RosterHome;
import dev.roster.app.service.secret.MapSecretStore;
import dev.roster.app.service.secret.NoKeychainSecretStore;
import dev.roster.app.service.secret.SecretStore;
import dev.roster.app.testing.SameThreadRunner;
import dev.roster.app.ui.Messages;
import dev.roster.connectors.ConnectionReport;
import dev.roster.connectors.ConnectorRegistry;
import dev.roster.connectors.query.ListQuery;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The connection editor's view model against a real (embedded) LDAP server, with no stage. */
class ConnectionEditorViewModelTest {
    private static final String PASSWORD = "Editor-VM-Secret-4412";
    private final Messages messages = Messages.load(Locale.ROOT);
    @TempDir Path dir;
    private InMemoryDirectoryServer server;
    private final MapSecretStore keychain = new MapSecretStore();

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
    void stopServer() {
        server.shutDown(true);
    }

    private Connections connections(SecretStore secrets) {
        RosterHome home = RosterHome.of(dir).ensureExists();
        return new Connections(home, new ConnectionStore(home.connectionsFile()), secrets,
                ConnectorRegistry.of(List.of(ConnectorRegistry.load().require("ldap"), ConnectorRegistry.load().require("okta"),
                        ConnectorRegistry.load().require("google"))), k -> null);
    }

    private ConnectionEditorViewModel fillLdap(ConnectionEditorViewModel vm) {
        vm.nameProperty().set("corp");
        vm.field("url").valueProperty().set("ldap://127.0.0.1:" + server.getListenPort());
        vm.field("base_dn").valueProperty().set("dc=example,dc=com");
        vm.field("bind_dn").valueProperty().set("cn=roster,dc=example,dc=com");
        vm.field("bind_password").valueProperty().set(PASSWORD);
        return vm;
    }

    @Test
    void aNewConnectionIsLdapByDefaultAndItsFieldsAreTheConnectorsSettings() {
        ConnectionEditorViewModel vm = new ConnectionEditorViewModel(connections(keychain), new SameThreadRunner(), messages, null);
        assertThat(vm.typeProperty().get().id()).isEqualTo("ldap");
        assertThat(vm.types()).extracting(p -> p.id()).containsExactly("google", "ldap", "okta");
        assertThat(vm.fields()).extracting(f -> f.spec().key()).startsWith("url", "start_tls", "bind_dn", "bind_password", "base_dn");
        assertThat(vm.field("url").example()).isEqualTo("e.g. ldaps://ldap.example.com:636");
        assertThat(vm.field("start_tls").valueProperty().get()).isEqualTo("false");
        assertThat(vm.memoryOnlyProperty().get()).isNull();
        vm.typeProperty().set(vm.types().stream().filter(p -> p.id().equals("okta")).findFirst().orElseThrow());
        assertThat(vm.fields()).extracting(f -> f.spec().key()).startsWith("base_url", "token", "auth_scheme");
    }

    @Test
    void fieldsAreCheckedAsTypedAndRequiredOnesOnceTouchedOrOnSave() throws Exception {
        ConnectionEditorViewModel vm = new ConnectionEditorViewModel(connections(keychain), new SameThreadRunner(), messages, null);
        FieldModel url = vm.field("url");
        assertThat(url.errorProperty().get()).isNull();
        url.valueProperty().set("dir.example.com");
        assertThat(url.errorProperty().get()).isEqualTo("Server URL must be a URL such as ldaps://ldap.example.com:636.");
        url.valueProperty().set("ldaps://dir.example.com:636");
        assertThat(url.errorProperty().get()).isNull();
        url.valueProperty().set("");
        assertThat(url.errorProperty().get()).isEqualTo("Server URL is required");
        vm.field("page_size").valueProperty().set("lots");
        assertThat(vm.field("page_size").errorProperty().get()).isEqualTo("Page size must be a whole number, not lots.");
        vm.field("trusted_certificates").valueProperty().set(dir.resolve("missing.pem").toString());
        assertThat(vm.field("trusted_certificates").errorProperty().get()).isEqualTo("There is no file " + dir.resolve("missing.pem") + ".");
        Path pem = Files.writeString(dir.resolve("ca.pem"), "-----BEGIN CERTIFICATE-----\n");
        vm.field("trusted_certificates").valueProperty().set(pem.toString());
        assertThat(vm.field("trusted_certificates").errorProperty().get()).isNull();
        vm.field("bind_password").sourceProperty().set(FieldModel.Source.ENV);
        vm.field("bind_password").variableProperty().set("1BAD");
        assertThat(vm.field("bind_password").errorProperty().get()).startsWith("1BAD is not a variable name");

        assertThat(vm.field("base_dn").errorProperty().get()).isNull();
        vm.nameProperty().set("has space");
        assertThat(vm.nameErrorProperty().get()).startsWith("A name is 1 to 64 letters");
        assertThat(vm.validate()).isFalse();
        assertThat(vm.field("base_dn").errorProperty().get()).isEqualTo("Base DN is required");
        assertThat(vm.field("bind_dn").errorProperty().get()).isEqualTo("Bind DN is required");
    }

    @Test
    void testReportsOnTheDraftWithTheTypedSecretAndSaveStoresItInTheKeychainThenClearsTheField() {
        Connections connections = connections(keychain);
        ConnectionEditorViewModel vm = fillLdap(new ConnectionEditorViewModel(connections, new SameThreadRunner(), messages, null));
        vm.test();
        ConnectionReport report = vm.reportProperty().get();
        assertThat(report).as("error: %s", vm.errorProperty().get()).isNotNull();
        assertThat(report.ok()).isTrue();
        assertThat(report.checks()).extracting(ConnectionReport.Check::aspect).contains(ConnectionReport.REACHABLE);
        assertThat(connections.list()).extracting(ConnectionProfile::name).containsExactly("sandbox");

        AtomicReference<String> saved = new AtomicReference<>();
        vm.save(saved::set);
        assertThat(vm.errorProperty().get()).isNull();
        assertThat(saved.get()).isEqualTo("corp");
        assertThat(keychain.values).containsEntry("corp/bind_password", PASSWORD);
        assertThat(vm.field("bind_password").valueProperty().get()).isEmpty();
        ConnectionProfile profile = connections.store().require("corp");
        assertThat(profile.secrets()).containsEntry("bind_password", "keychain");
        // a choice left at its default is not written down
        assertThat(profile.settings()).doesNotContainKeys("start_tls", "group_object_class");
        try (var directory = connections.open("corp")) {
            assertThat(directory.listGroups(ListQuery.ofLimit(5)).page().result()).extracting(g -> g.name()).containsExactly("Night Shift");
        }
    }

    @Test
    void aWrongPasswordIsAFailedCheckInTheReportAndNothingIsSaved() {
        Connections connections = connections(keychain);
        ConnectionEditorViewModel vm = fillLdap(new ConnectionEditorViewModel(connections, new SameThreadRunner(), messages, null));
        vm.field("bind_password").valueProperty().set("wrong");
        vm.test();
        assertThat(vm.reportProperty().get().ok()).isFalse();
        assertThat(keychain.values).isEmpty();
    }

    @Test
    void anEditShowsTheSavedValuesKeepsTheStoredSecretWhenNotRetypedAndRenames() {
        Connections connections = connections(keychain);
        fillLdap(new ConnectionEditorViewModel(connections, new SameThreadRunner(), messages, null)).save(n -> { });
        ConnectionEditorViewModel edit = new ConnectionEditorViewModel(connections, new SameThreadRunner(), messages,
                connections.store().require("corp"));
        assertThat(edit.isNew()).isFalse();
        assertThat(edit.field("base_dn").valueProperty().get()).isEqualTo("dc=example,dc=com");
        FieldModel password = edit.field("bind_password");
        assertThat(password.valueProperty().get()).isEmpty();
        assertThat(password.storedProperty().get()).isTrue();
        assertThat(edit.validate()).isTrue();
        edit.field("page_size").valueProperty().set("50");
        edit.nameProperty().set("corp-ldap");
        edit.save(n -> { });
        assertThat(edit.errorProperty().get()).isNull();
        assertThat(connections.list()).extracting(ConnectionProfile::name).containsExactly("sandbox", "corp-ldap");
        assertThat(connections.store().require("corp-ldap").settings()).containsEntry("page_size", "50");
        assertThat(keychain.values).containsOnlyKeys("corp-ldap/bind_password").containsValue(PASSWORD);
        try (var directory = connections.open("corp-ldap")) {
            assertThat(directory.listGroups(ListQuery.ofLimit(5)).page().result()).hasSize(1);
        }
        // clearing an optional field unsets it
        ConnectionEditorViewModel again = new ConnectionEditorViewModel(connections, new SameThreadRunner(), messages,
                connections.store().require("corp-ldap"));
        again.field("page_size").valueProperty().set("");
        again.save(n -> { });
        assertThat(connections.store().require("corp-ldap").settings()).doesNotContainKey("page_size");
    }

    @Test
    void withoutAKeychainTheEditorSaysSecretsAreKeptForThisSessionOnly() {
        ConnectionEditorViewModel vm = new ConnectionEditorViewModel(connections(new NoKeychainSecretStore("no D-Bus")),
                new SameThreadRunner(), messages, null);
        assertThat(vm.memoryOnlyProperty().get()).isEqualTo("There is no keychain here: secrets typed are kept in memory for"
                + " this session only, and asked again next time.");
    }

    @Test
    void closingTheDialogClearsTypedSecretsAndTheNameOfAnotherConnectionIsTaken() {
        Connections connections = connections(keychain);
        connections.store().add(new ConnectionProfile("corp", "ldap", Map.of(), Map.of()));
        ConnectionEditorViewModel vm = fillLdap(new ConnectionEditorViewModel(connections, new SameThreadRunner(), messages, null));
        assertThat(vm.nameErrorProperty().get()).isEqualTo("A connection named corp exists already: choose another name.");
        vm.field("bind_password").shownProperty().set(true);
        vm.clearSecrets();
        assertThat(vm.field("bind_password").valueProperty().get()).isEmpty();
        assertThat(vm.field("bind_password").shownProperty().get()).isFalse();
        assertThat(vm.field("bind_dn").valueProperty().get()).isEqualTo("cn=roster,dc=example,dc=com");
    }
}
