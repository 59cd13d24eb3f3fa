package dev.roster.app.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.app.service.secret.MapSecretStore;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.ConnectorRegistry;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Removing a connection never strands a secret in the keychain with no connection left to remove it by. */
class ConnectionsRemoveTest {
    @TempDir
    Path dir;

    @Test
    void aKeychainThatRefusesTheDeleteKeepsTheConnectionSoTheRemoveCanBeRetried() {
        RosterHome home = RosterHome.of(dir).ensureExists();
        ConnectionStore store = new ConnectionStore(home.connectionsFile());
        MapSecretStore keychain = new MapSecretStore();
        Connections connections = new Connections(home, store, keychain, ConnectorRegistry.of(List.of()), k -> null);
        store.add(new ConnectionProfile("corp", "ldap", Map.of("url", "ldap://directory.example.com"),
                Map.of("bind_password", "keychain")));
        keychain.put("corp", "bind_password", "kept-in-keychain");

        keychain.locked = true;
        assertThatThrownBy(() -> connections.remove("corp")).isInstanceOfSatisfying(DirectoryException.class, e -> assertThat(e.code()).contains(ErrorCode.SECRET_STORE_LOCKED))
                .hasMessageContaining("locked");
        assertThat(store.find("corp")).as("the connection stays, so the remove can be retried").isPresent();
        assertThat(keychain.values).containsKey("corp/bind_password");

        keychain.locked = false;
        assertThat(connections.remove("corp").name()).isEqualTo("corp");
        assertThat(store.find("corp")).isEmpty();
        assertThat(keychain.values).isEmpty();
    }
}
