package dev.roster.app.service.secret;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A keychain stand-in for tests that are about something else than the keychain. {@link #locked} makes it
 * refuse deletes, as a locked OS keychain does.
 */
public final class MapSecretStore implements SecretStore {
    public final Map<String, String> values = new ConcurrentHashMap<>();
    public volatile boolean locked;

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public String description() {
        return "in-memory test keychain";
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
