package dev.roster.app.service.secret;

import com.github.javakeyring.PasswordAccessException;
import java.util.HashMap;
import java.util.Map;

/**
 * The Secret Service as java-keyring's Freedesktop backend reports it, behind {@link KeychainSecretStore}'s
 * Backend seam: "no such secret" in its words, and {@link #failure} makes every call fail as a locked or
 * broken keyring does (the text given is what D-Bus would answer).
 */
final class FakeKeyring implements KeychainSecretStore.Backend {
    final Map<String, String> stored = new HashMap<>();
    /** When set, every call fails with this answer. */
    String failure;
    /** When set, only deletes fail with this answer. */
    String deleteFailure;

    @Override
    public String get(String service, String account) throws PasswordAccessException {
        fail(failure);
        if (!stored.containsKey(account)) {
            throw new PasswordAccessException("No stored credentials match " + service + " account: " + account);
        }
        return stored.get(account);
    }

    @Override
    public void set(String service, String account, String secret) throws PasswordAccessException {
        fail(failure);
        stored.put(account, secret);
    }

    @Override
    public void delete(String service, String account) throws PasswordAccessException {
        fail(failure);
        fail(deleteFailure);
        if (stored.remove(account) == null) {
            throw new PasswordAccessException("No stored credentials match " + service + " account: " + account);
        }
    }

    @Override
    public String description() {
        return "fake Secret Service";
    }

    private static void fail(String answer) throws PasswordAccessException {
        if (answer != null) {
            throw new PasswordAccessException(answer);
        }
    }
}
