package dev.roster.app.service.secret;

import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.ErrorKind;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A keychain stand-in for tests that are about something else than the keychain. {@link #locked} makes it
 * refuse deletes with the typed error a locked OS keychain gives (see {@link KeychainSecretStore}).
 */
public final class MapSecretStore implements SecretStore {
    public final Map<String, String> values = new ConcurrentHashMap<>();
    public volatile boolean locked;

    @Override
    public boolean persistent() {
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
    public void put(String connection, String key, char[] secret) {
        values.put(connection + "/" + key, new String(secret));
        SecretStore.wipe(secret);
    }

    @Override
    public void delete(String connection, String key) {
        if (locked) {
            throw DirectoryException.coded(ErrorKind.LOCAL, ErrorCode.SECRET_STORE_LOCKED, description(), "delete", key,
                    connection, "org.freedesktop.Secret.Error.IsLocked: Cannot delete a locked item");
        }
        values.remove(connection + "/" + key);
    }
}
