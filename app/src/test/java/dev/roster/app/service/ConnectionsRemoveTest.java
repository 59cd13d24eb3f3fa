package dev.roster.app.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.app.service.secret.SecretStore;
import dev.roster.app.service.secret.SecretStoreException;
import dev.roster.connectors.ConnectorRegistry;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Removing a connection never strands a secret in the keychain with no connection left to remove it by. */
class ConnectionsRemoveTest {
    @TempDir
    Path dir;

    /** A keychain that refuses deletes while it is locked, as the OS keychain does. */
    private static final class LockableKeychain implements SecretStore {
        final Map<String, String> values = new ConcurrentHashMap<>();
        volatile boolean locked;

        @Override
        public boolean available() {
            return true;
        }

        @Override
        public String description() {
            return "lockable test keychain";
        }

        @Override
        public Optional<String> get(String connection, String key) {
            return Optional.ofNullable(values.get(connection + "/" + key));
        }

        @Override
        public void put(String connection, String key, String secret) {
            values.put(connection + "/" + key, secret);
        }

        @Override
        public void delete(String connection, String key) {
            if (locked) {
                throw new SecretStoreException("the keychain is locked: could not delete secret '" + key + "'", null);
            }
            values.remove(connection + "/" + key);
        }
    }

    @Test
    void aKeychainThatRefusesTheDeleteKeepsTheConnectionSoTheRemoveCanBeRetried() {
        RosterHome home = RosterHome.of(dir).ensureExists();
        ConnectionStore store = new ConnectionStore(home.connectionsFile());
        LockableKeychain keychain = new LockableKeychain();
        Connections connections = new Connections(home, store, keychain, ConnectorRegistry.of(List.of()), k -> null);
        store.add(new ConnectionProfile("corp", "ldap", Map.of("url", "ldap://directory.example.com"),
                Map.of("bind_password", "keychain")));
        keychain.put("corp", "bind_password", "kept-in-keychain");

        keychain.locked = true;
        assertThatThrownBy(() -> connections.remove("corp")).isInstanceOf(SecretStoreException.class)
                .hasMessageContaining("locked");
        assertThat(store.find("corp")).as("the connection stays, so the remove can be retried").isPresent();
        assertThat(keychain.values).containsKey("corp/bind_password");

        keychain.locked = false;
        assertThat(connections.remove("corp").name()).isEqualTo("corp");
        assertThat(store.find("corp")).isEmpty();
        assertThat(keychain.values).isEmpty();
    }
}
