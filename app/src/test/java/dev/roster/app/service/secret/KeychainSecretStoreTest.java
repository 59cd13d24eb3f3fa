package dev.roster.app.service.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.ErrorKind;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Against the real OS keychain. CI runs the suite inside a D-Bus session with an unlocked gnome-keyring and
 * sets ROSTER_KEYCHAIN_TESTS=required, so there a missing keychain fails instead of skipping.
 */
class KeychainSecretStoreTest {

    private static SecretStore systemStore() {
        SecretStore store = KeychainSecretStore.system();
        if ("required".equals(System.getenv("ROSTER_KEYCHAIN_TESTS"))) {
            assertThat(store.available()).as("keychain required here: " + store.description()).isTrue();
        }
        assumeTrue(store.available(), "no OS keychain in this environment: " + store.description());
        return store;
    }

    @Test
    void storesReadsBackAndDeletesThroughTheRealKeychain() {
        SecretStore store = systemStore();
        String connection = "test-" + UUID.randomUUID();
        String secret = "kc-" + UUID.randomUUID();
        store.put(connection, "bind_password", secret);
        try {
            assertThat(store.get(connection, "bind_password")).contains(secret);
            assertThat(store.get(connection, "other")).isEmpty();
        } finally {
            store.delete(connection, "bind_password");
        }
        assertThat(store.get(connection, "bind_password")).isEmpty();
    }

    @Test
    void withoutAKeychainNothingIsStoredAndTheErrorSaysWhatToDo() {
        SecretStore none = new NoKeychainSecretStore("no D-Bus session");
        assertThat(none.available()).isFalse();
        assertThat(none.get("c", "k")).isEmpty();
        char[] typed = "value-never-shown".toCharArray();
        assertThatThrownBy(() -> none.put("c", "token", typed))
                .isInstanceOfSatisfying(DirectoryException.class, e -> {
                    assertThat(e.code()).contains(ErrorCode.SECRET_STORE_NONE);
                    // today's behaviour for the CLI: a usage problem (exit 2) that names env:VARIABLE
                    assertThat(e.kind()).isEqualTo(ErrorKind.VALIDATION);
                })
                .hasMessageContaining("no D-Bus session").hasMessageContaining("--secret token=env:VARIABLE")
                .hasMessageNotContaining("value-never-shown");
        assertThat(typed).containsOnly('\0');
    }

    @Test
    void theRealKeychainTakesACharArrayAndTheArrayIsWiped() {
        SecretStore store = systemStore();
        String connection = "test-" + UUID.randomUUID();
        String secret = "kc-chars-" + UUID.randomUUID();
        char[] typed = secret.toCharArray();
        store.put(connection, "token", typed);
        try {
            assertThat(typed).containsOnly('\0');
            assertThat(store.get(connection, "token")).contains(secret);
        } finally {
            store.delete(connection, "token");
        }
        assertThat(store.get(connection, "token")).isEmpty();
    }

    /**
     * With no D-Bus session (a container, an SSH login) the probe finds no keychain and says why; nothing hangs
     * and nothing is written anywhere instead.
     */
    @Test
    void withNoDbusSessionTheProbeFindsNoKeychainAndSaysWhy() {
        assumeTrue(System.getenv("DBUS_SESSION_BUS_ADDRESS") == null && !"required".equals(System.getenv("ROSTER_KEYCHAIN_TESTS")),
                "a D-Bus session is here");
        SecretStore probed = KeychainSecretStore.probe();
        assertThat(probed.persistent()).isFalse();
        assertThat(probed.description()).startsWith("none: no OS keychain is reachable");
        assertThatThrownBy(() -> probed.put("c", "token", "x".toCharArray())).isInstanceOfSatisfying(DirectoryException.class,
                e -> assertThat(e.code()).contains(ErrorCode.SECRET_STORE_NONE));
    }
}
