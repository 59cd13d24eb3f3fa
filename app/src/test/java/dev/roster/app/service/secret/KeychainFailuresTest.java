package dev.roster.app.service.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.javakeyring.PasswordAccessException;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.ErrorKind;
import org.junit.jupiter.api.Test;

/**
 * How the keychain store reads java-keyring's one exception type: "no such secret" (the messages its
 * backends use for it) is an empty answer; anything else (a locked keyring, a D-Bus failure) is a typed
 * error of this machine (kind LOCAL) that says so, never "not in the keychain".
 */
class KeychainFailuresTest {
    private final FakeKeyring keyring = new FakeKeyring();
    private final KeychainSecretStore store = new KeychainSecretStore(keyring);

    @Test
    void aSecretThatIsNotThereIsEmptyAndDeletingItIsANoOp() {
        assertThat(store.get("corp", "bind_password")).isEmpty();
        store.delete("corp", "bind_password");
        store.put("corp", "bind_password", "s3cret".toCharArray());
        assertThat(store.get("corp", "bind_password")).contains("s3cret");
        store.delete("corp", "bind_password");
        assertThat(store.get("corp", "bind_password")).isEmpty();
        assertThat(store.persistent()).isTrue();
        assertThat(store.available()).isTrue();
    }

    @Test
    void aLockedKeyringIsALocalErrorThatSaysLockedNotAMissingSecret() {
        keyring.stored.put("corp/bind_password", "s3cret");
        keyring.failure = "org.freedesktop.Secret.Error.IsLocked: Cannot get secret of a locked object";
        assertThatThrownBy(() -> store.get("corp", "bind_password"))
                .isInstanceOfSatisfying(DirectoryException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.LOCAL);
                    assertThat(e.code()).contains(ErrorCode.SECRET_STORE_LOCKED);
                    assertThat(e.arguments()).containsExactly("fake Secret Service", "read", "bind_password", "corp",
                            "org.freedesktop.Secret.Error.IsLocked: Cannot get secret of a locked object");
                    assertThat(e.toJson().path("statusCode").asInt()).isEqualTo(500);
                })
                .hasMessageContaining("is locked")
                .hasMessageContaining("secret 'bind_password' of connection 'corp'")
                .hasMessageContaining("unlock it")
                .hasMessageContaining("--secret bind_password=env:VARIABLE")
                .hasMessageNotContaining("s3cret");
    }

    @Test
    void aDeleteThatTheKeychainRefusesFailsInsteadOfLeavingTheSecretBehindSilently() {
        keyring.stored.put("corp/bind_password", "s3cret");
        keyring.failure = "org.freedesktop.DBus.Error.NoReply: Did not receive a reply";
        assertThatThrownBy(() -> store.delete("corp", "bind_password"))
                .isInstanceOfSatisfying(DirectoryException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.LOCAL);
                    assertThat(e.code()).contains(ErrorCode.SECRET_STORE_FAILED);
                })
                .hasMessageContaining("could not delete secret 'bind_password'").hasMessageContaining("NoReply");
        assertThat(keyring.stored).containsKey("corp/bind_password");
    }

    @Test
    void aStoreTheKeychainRefusesIsTypedWipesTheCharactersAndNeverEchoesTheSecret() {
        char[] typed = "hunter2-typed".toCharArray();
        keyring.failure = "org.freedesktop.Secret.Error.IsLocked: cannot store hunter2-typed in a locked collection";
        assertThatThrownBy(() -> store.put("corp", "token", typed))
                .isInstanceOfSatisfying(DirectoryException.class, e -> {
                    assertThat(e.code()).contains(ErrorCode.SECRET_STORE_LOCKED);
                    assertThat(e.arguments()).noneMatch(a -> a.contains("hunter2-typed"));
                    assertThat(e.rawResponse()).hasValueSatisfying(raw -> assertThat(raw).doesNotContain("hunter2-typed"));
                    assertThat(e.getCause()).isNull();
                })
                .hasMessageNotContaining("hunter2-typed");
        assertThat(typed).containsOnly('\0');
    }

    @Test
    void aStoredSecretsCharactersAreWipedAfterThePut() {
        char[] typed = "s3cret".toCharArray();
        store.put("corp", "token", typed);
        assertThat(typed).containsOnly('\0');
        assertThat(keyring.stored).containsEntry("corp/token", "s3cret");
    }

    @Test
    void otherBackendsNotFoundMessagesAreRecognisedToo() {
        assertThat(KeychainSecretStore.isNotFound(new PasswordAccessException("Password not Found"))).isTrue();
        assertThat(KeychainSecretStore.isNotFound(new PasswordAccessException("Error code 1168"))).isTrue();
        assertThat(KeychainSecretStore.isNotFound(new PasswordAccessException("No password to delete. -25300"))).isTrue();
        assertThat(KeychainSecretStore.isNotFound(new PasswordAccessException("Error code 5"))).isFalse();
        assertThat(KeychainSecretStore.isNotFound(new PasswordAccessException("Failed to get credential. -25308"))).isFalse();
    }

    @Test
    void macOsLockedAnswersReadAsLocked() {
        assertThat(KeychainSecretStore.isLocked(new PasswordAccessException("Failed to get credential. -25308"))).isTrue();
        assertThat(KeychainSecretStore.isLocked(new PasswordAccessException("Error code 5"))).isFalse();
    }
}
