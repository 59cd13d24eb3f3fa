package dev.roster.app.service.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The console's store: the keychain when there is one, else memory for the session, wiped on close. */
class SessionSecretStoreTest {

    @Test
    void withoutAKeychainASecretIsKeptInMemoryForTheSessionAndTheCallersCharactersAreWiped() {
        try (SessionSecretStore store = new SessionSecretStore(() -> new NoKeychainSecretStore("no D-Bus session"))) {
            assertThat(store.persistent()).isFalse();
            assertThat(store.available()).as("the editor's 'kept in memory for this session' test").isFalse();
            assertThat(store.description()).startsWith("kept in memory for this session").contains("no D-Bus session");
            char[] typed = "in-memory-only".toCharArray();
            store.put("corp", "bind_password", typed);
            assertThat(typed).containsOnly('\0');
            assertThat(store.holds("corp", "bind_password")).isTrue();
            assertThat(store.get("corp", "bind_password")).contains("in-memory-only");
            assertThat(store.get("corp", "other")).isEmpty();
            store.close();
            assertThat(store.holds("corp", "bind_password")).isFalse();
            assertThat(store.get("corp", "bind_password")).isEmpty();
        }
    }

    @Test
    void forgettingAConnectionDropsOnlyItsSecrets() {
        try (SessionSecretStore store = new SessionSecretStore(() -> new NoKeychainSecretStore("none"))) {
            store.put("corp", "bind_password", "a".toCharArray());
            store.put("corp", "token", "b".toCharArray());
            store.put("corp-2", "token", "c".toCharArray());
            store.forget("corp");
            assertThat(store.get("corp", "bind_password")).isEmpty();
            assertThat(store.get("corp", "token")).isEmpty();
            assertThat(store.get("corp-2", "token")).contains("c");
        }
    }

    @Test
    void withAKeychainSecretsGoThereAndNotToMemory() {
        FakeKeyring keyring = new FakeKeyring();
        try (SessionSecretStore store = new SessionSecretStore(() -> new KeychainSecretStore(keyring))) {
            assertThat(store.persistent()).isTrue();
            store.put("corp", "token", "to-the-keychain".toCharArray());
            assertThat(store.holds("corp", "token")).isFalse();
            assertThat(keyring.stored).containsEntry("corp/token", "to-the-keychain");
            assertThat(store.get("corp", "token")).contains("to-the-keychain");
            store.delete("corp", "token");
            assertThat(keyring.stored).isEmpty();
        }
    }

    @Test
    void aRefusingKeychainUnderTheSessionStillSaysSo() {
        FakeKeyring keyring = new FakeKeyring();
        keyring.stored.put("corp/token", "kept");
        keyring.deleteFailure = "org.freedesktop.Secret.Error.IsLocked: Cannot delete a locked item";
        try (SessionSecretStore store = new SessionSecretStore(() -> new KeychainSecretStore(keyring))) {
            assertThatThrownBy(() -> store.delete("corp", "token")).isInstanceOfSatisfying(DirectoryException.class,
                    e -> assertThat(e.code()).contains(ErrorCode.SECRET_STORE_LOCKED));
            assertThat(keyring.stored).containsKey("corp/token");
        }
    }

    @Test
    void theProbeRunsOnceOnAThreadOfItsOwnAndMakingTheStoreDoesNotWaitForIt() throws Exception {
        AtomicInteger probes = new AtomicInteger();
        AtomicReference<Thread> probedOn = new AtomicReference<>();
        CountDownLatch dbusAnswers = new CountDownLatch(1);
        SessionSecretStore store = new SessionSecretStore(() -> {
            probes.incrementAndGet();
            probedOn.set(Thread.currentThread());
            try {
                dbusAnswers.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new NoKeychainSecretStore("probed");
        });
        // the constructor returned although the probe is still waiting for "D-Bus"
        assertThat(store.probed()).isFalse();
        dbusAnswers.countDown();
        assertThat(store.persistent()).isFalse();
        assertThat(store.probed()).isTrue();
        store.get("corp", "token");
        store.description();
        assertThat(probes).hasValue(1);
        assertThat(probedOn.get()).isNotSameAs(Thread.currentThread());
        assertThat(probedOn.get().getName()).isEqualTo("roster-keychain-probe");
    }

    @Test
    void aProbeThatThrowsIsNoKeychainWithItsReason() {
        SessionSecretStore store = new SessionSecretStore(() -> {
            throw new IllegalStateException("D-Bus went away");
        });
        assertThat(store.persistent()).isFalse();
        assertThat(store.description()).contains("D-Bus went away");
    }
}
