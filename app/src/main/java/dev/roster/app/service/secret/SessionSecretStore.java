package dev.roster.app.service.secret;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * The console's secret store: the OS keychain when there is one, else memory for this session only. Where no
 * keychain exists the console asks for a {@code keychain} secret once per session and keeps it here, as a
 * char array, never in a file; {@link #close()} (the console's exit) overwrites every one with zeros.
 *
 * <p>The keychain is probed on a thread of its own as soon as the store is made, so that the console's
 * start-up never waits for D-Bus; a call that needs the answer (on a worker: opening a connection) waits for it.
 * {@link #persistent()} waits too: read it off the FX thread, or after {@link #probed()} says the answer is in.
 */
public final class SessionSecretStore implements SecretStore, AutoCloseable {
    private final CompletableFuture<SecretStore> base;
    private final Map<String, char[]> memory = new ConcurrentHashMap<>();

    /** Starts {@code probe} (e.g. {@code KeychainSecretStore::system}) in the background at once. */
    public SessionSecretStore(Supplier<SecretStore> probe) {
        this.base = new CompletableFuture<>();
        Thread probing = new Thread(() -> {
            try {
                base.complete(probe.get());
            } catch (RuntimeException | Error e) {
                base.complete(new NoKeychainSecretStore("the keychain probe failed (" + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")"));
            }
        }, "roster-keychain-probe");
        probing.setDaemon(true);
        probing.start();
    }

    /** The store under the session's memory: the OS keychain, or the no-keychain store. Waits for the probe. */
    public SecretStore base() {
        try {
            return base.join();
        } catch (CompletionException e) {
            throw new IllegalStateException("the keychain probe failed", e.getCause());
        }
    }

    /** Whether the keychain probe has answered (so {@link #persistent()} will not wait). Never blocks. */
    public boolean probed() {
        return base.isDone();
    }

    @Override
    public boolean persistent() {
        return base().persistent();
    }

    @Override
    public String description() {
        SecretStore under = base();
        return under.persistent() ? under.description() : "kept in memory for this session (" + under.description() + ")";
    }

    @Override
    public Optional<String> get(String connection, String key) {
        char[] held = memory.get(account(connection, key));
        if (held != null) {
            // the connectors take their settings as Strings: the one copy made is the caller's to drop soon
            return Optional.of(new String(held));
        }
        return base().get(connection, key);
    }

    /** Whether this session holds {@code key} of {@code connection} in memory (not in the OS keychain). */
    public boolean holds(String connection, String key) {
        return memory.containsKey(account(connection, key));
    }

    /** To the OS keychain when there is one; else a copy in memory for this session. {@code secret} is wiped. */
    @Override
    public void put(String connection, String key, char[] secret) {
        SecretStore under = base();
        if (under.persistent()) {
            under.put(connection, key, secret);
            return;
        }
        char[] copy = Arrays.copyOf(secret, secret.length);
        SecretStore.wipe(secret);
        SecretStore.wipe(memory.put(account(connection, key), copy));
    }

    /** Forgets the session's copy and deletes the keychain's (which may refuse: a typed error). */
    @Override
    public void delete(String connection, String key) {
        SecretStore.wipe(memory.remove(account(connection, key)));
        base().delete(connection, key);
    }

    /** Forgets, wiped, what this session holds for {@code connection} (a refused password: asked again next time). */
    public void forget(String connection) {
        String prefix = connection + "/";
        memory.keySet().removeIf(account -> {
            if (account.startsWith(prefix)) {
                SecretStore.wipe(memory.get(account));
                return true;
            }
            return false;
        });
    }

    /** Overwrites every secret held in memory with zeros and forgets them. The keychain is untouched. */
    @Override
    public void close() {
        memory.values().forEach(SecretStore::wipe);
        memory.clear();
    }

    private static String account(String connection, String key) {
        return KeychainSecretStore.account(connection, key);
    }
}
