package dev.roster.app.service.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.javakeyring.PasswordAccessException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How the keychain store reads java-keyring's one exception type: "no such secret" (the messages its
 * backends use for it) is an empty answer; anything else (a locked keyring, a D-Bus failure) is an error
 * that says so, never "not in the keychain".
 */
class KeychainFailuresTest {
    /** The Secret Service as java-keyring's Freedesktop backend reports it. */
    private static final class FakeKeyring implements KeychainSecretStore.Backend {
        final Map<String, String> stored = new HashMap<>();
        String failure;

        @Override
        public String get(String service, String account) throws PasswordAccessException {
            fail();
            if (!stored.containsKey(account)) {
                throw new PasswordAccessException("No stored credentials match " + service + " account: " + account);
            }
            return stored.get(account);
        }

        @Override
        public void set(String service, String account, String secret) throws PasswordAccessException {
            fail();
            stored.put(account, secret);
        }

        @Override
        public void delete(String service, String account) throws PasswordAccessException {
            fail();
            if (stored.remove(account) == null) {
                throw new PasswordAccessException("No stored credentials match " + service + " account: " + account);
            }
        }

        @Override
        public String description() {
            return "fake Secret Service";
        }

        private void fail() throws PasswordAccessException {
            if (failure != null) {
                throw new PasswordAccessException(failure);
            }
        }
    }

    private final FakeKeyring keyring = new FakeKeyring();
    private final KeychainSecretStore store = new KeychainSecretStore(keyring);

    @Test
    void aSecretThatIsNotThereIsEmptyAndDeletingItIsANoOp() {
        assertThat(store.get("corp", "bind_password")).isEmpty();
        store.delete("corp", "bind_password");
        store.put("corp", "bind_password", "s3cret");
        assertThat(store.get("corp", "bind_password")).contains("s3cret");
        store.delete("corp", "bind_password");
        assertThat(store.get("corp", "bind_password")).isEmpty();
    }

    @Test
    void aLockedKeyringIsAnErrorNotAMissingSecret() {
        keyring.stored.put("corp/bind_password", "s3cret");
        keyring.failure = "org.freedesktop.Secret.Error.IsLocked: Cannot get secret of a locked object";
        assertThatThrownBy(() -> store.get("corp", "bind_password"))
                .isInstanceOf(SecretStoreException.class)
                .hasMessageContaining("could not read secret 'bind_password' of connection 'corp'")
                .hasMessageContaining("locked object")
                .hasMessageNotContaining("s3cret");
    }

    @Test
    void aDeleteThatTheKeychainRefusesFailsInsteadOfLeavingTheSecretBehindSilently() {
        keyring.stored.put("corp/bind_password", "s3cret");
        keyring.failure = "org.freedesktop.DBus.Error.NoReply: Did not receive a reply";
        assertThatThrownBy(() -> store.delete("corp", "bind_password"))
                .isInstanceOf(SecretStoreException.class)
                .hasMessageContaining("bind_password").hasMessageContaining("NoReply");
        assertThat(keyring.stored).containsKey("corp/bind_password");
    }

    @Test
    void otherBackendsNotFoundMessagesAreRecognisedToo() {
        assertThat(KeychainSecretStore.isNotFound(new PasswordAccessException("Password not Found"))).isTrue();
        assertThat(KeychainSecretStore.isNotFound(new PasswordAccessException("Error code 1168"))).isTrue();
        assertThat(KeychainSecretStore.isNotFound(new PasswordAccessException("No password to delete. -25300"))).isTrue();
        assertThat(KeychainSecretStore.isNotFound(new PasswordAccessException("Error code 5"))).isFalse();
        assertThat(KeychainSecretStore.isNotFound(new PasswordAccessException("Failed to get credential. -25308"))).isFalse();
    }
}
