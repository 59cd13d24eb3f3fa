package dev.roster.app.service.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.app.service.ConnectionProfile;
import dev.roster.app.service.ConnectionStore;
import dev.roster.app.service.Connections;
import dev.roster.app.service.RosterHome;
import dev.roster.connectors.ConnectorRegistry;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.ErrorKind;
import dev.roster.connectors.UnifiedDirectory;
import dev.roster.connectors.ldap.EmbeddedLdap;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Connections and their secrets through each kind of store, against a real (embedded) LDAP server: a locked
 * or refusing keychain is a typed local error (never "not found"), removing a connection deletes its secrets
 * or says it could not, no keychain is said as such, env:VAR keeps working.
 */
class ConnectionsSecretsTest {
    private static EmbeddedLdap ldap;
    @TempDir Path dir;

    @BeforeAll
    static void startLdap() {
        ldap = EmbeddedLdap.start(3, 2);
    }

    @AfterAll
    static void stopLdap() {
        ldap.close();
    }

    private Connections connections(SecretStore secrets, Map<String, String> env) {
        RosterHome home = RosterHome.of(dir).ensureExists();
        ConnectionStore store = new ConnectionStore(home.connectionsFile());
        store.add(new ConnectionProfile("corp", "ldap", settings(), Map.of("bind_password", "keychain")));
        store.add(new ConnectionProfile("corp-env", "ldap", settings(), Map.of("bind_password", "env:CORP_PW")));
        return new Connections(home, store, secrets, ConnectorRegistry.load(), env::get);
    }

    private static Map<String, String> settings() {
        Map<String, String> values = new HashMap<>(ldap.settings("corp", Map.of()).values());
        values.remove("bind_password");
        return values;
    }

    @Test
    void aKeychainSecretOpensTheConnection() {
        FakeKeyring keyring = new FakeKeyring();
        keyring.stored.put("corp/bind_password", ldap.writerPassword());
        Connections connections = connections(new KeychainSecretStore(keyring), Map.of());
        try (UnifiedDirectory directory = connections.open("corp")) {
            directory.verify();
        }
        assertThat(connections.secretsToAsk("corp")).as("with a keychain nothing is asked").isEmpty();
    }

    @Test
    void aLockedKeychainIsALockedKeychainNotAMissingSecret() {
        FakeKeyring keyring = new FakeKeyring();
        keyring.stored.put("corp/bind_password", ldap.writerPassword());
        keyring.failure = "org.freedesktop.Secret.Error.IsLocked: Cannot get secret of a locked object";
        Connections connections = connections(new KeychainSecretStore(keyring), Map.of());

        assertThatThrownBy(() -> connections.open("corp")).isInstanceOfSatisfying(DirectoryException.class, e -> {
            assertThat(e.kind()).isEqualTo(ErrorKind.LOCAL);
            assertThat(e.code()).contains(ErrorCode.SECRET_STORE_LOCKED);
        }).hasMessageContaining("locked").hasMessageNotContaining("not in the keychain");
    }

    @Test
    void removingAConnectionDeletesItsKeychainSecret() {
        FakeKeyring keyring = new FakeKeyring();
        keyring.stored.put("corp/bind_password", "s3cret");
        Connections connections = connections(new KeychainSecretStore(keyring), Map.of());

        connections.remove("corp");

        assertThat(keyring.stored).isEmpty();
        assertThat(connections.store().find("corp")).isEmpty();
    }

    @Test
    void aKeychainThatRefusesTheDeleteKeepsTheConnectionAndSaysWhichSecretStayed() {
        FakeKeyring keyring = new FakeKeyring();
        keyring.stored.put("corp/bind_password", "s3cret");
        keyring.deleteFailure = "org.freedesktop.DBus.Error.AccessDenied: Rejected send message";
        Connections connections = connections(new KeychainSecretStore(keyring), Map.of());

        assertThatThrownBy(() -> connections.remove("corp")).isInstanceOfSatisfying(DirectoryException.class, e -> {
            assertThat(e.kind()).isEqualTo(ErrorKind.LOCAL);
            assertThat(e.code()).contains(ErrorCode.SECRET_STORE_FAILED);
            assertThat(e.arguments()).contains("delete", "bind_password", "corp");
        }).hasMessageContaining("AccessDenied");
        assertThat(connections.store().find("corp")).as("kept, so that the remove can be retried").isPresent();
        assertThat(keyring.stored).containsKey("corp/bind_password");

        keyring.deleteFailure = null;
        connections.remove("corp");
        assertThat(connections.store().find("corp")).isEmpty();
        assertThat(keyring.stored).isEmpty();
    }

    @Test
    void withoutAKeychainAKeychainSecretIsSaidAsNoKeychainAndEnvStillWorks() {
        Connections connections = connections(new NoKeychainSecretStore("no D-Bus session"),
                Map.of("CORP_PW", ldap.writerPassword()));

        assertThatThrownBy(() -> connections.open("corp")).isInstanceOfSatisfying(DirectoryException.class, e -> {
            assertThat(e.kind()).isEqualTo(ErrorKind.VALIDATION);
            assertThat(e.code()).contains(ErrorCode.SECRET_NO_KEYCHAIN);
        }).hasMessageContaining("no D-Bus session").hasMessageContaining("--secret bind_password=env:VARIABLE");
        try (UnifiedDirectory directory = connections.open("corp-env")) {
            directory.verify();
        }
        // removing deletes nothing from a keychain that is not there, and works
        connections.remove("corp");
        assertThat(connections.store().find("corp")).isEmpty();
    }

    @Test
    void inTheConsoleWithoutAKeychainTheSecretIsAskedForOnceThenHeldForTheSession() {
        try (SessionSecretStore session = new SessionSecretStore(() -> new NoKeychainSecretStore("no D-Bus session"))) {
            Connections connections = connections(session, Map.of("CORP_PW", ldap.writerPassword()));
            assertThat(connections.secretsToAsk("corp")).containsExactly("bind_password");
            assertThat(connections.secretsToAsk("corp-env")).as("env: is never asked").isEmpty();

            session.put("corp", "bind_password", ldap.writerPassword().toCharArray());

            assertThat(connections.secretsToAsk("corp")).isEmpty();
            try (UnifiedDirectory directory = connections.open("corp")) {
                directory.verify();
            }
            connections.remove("corp");
            assertThat(session.holds("corp", "bind_password")).as("removing forgets the session's copy").isFalse();
        }
    }
}
