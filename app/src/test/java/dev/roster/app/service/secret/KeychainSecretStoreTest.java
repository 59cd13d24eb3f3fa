package dev.roster.app.service.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
        assertThatThrownBy(() -> none.put("c", "token", "value-never-shown"))
                .isInstanceOf(SecretStoreException.class)
                .hasMessageContaining("no D-Bus session").hasMessageContaining("--secret token=env:VARIABLE")
                .hasMessageNotContaining("value-never-shown");
    }
}
