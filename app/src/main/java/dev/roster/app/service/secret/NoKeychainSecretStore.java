package dev.roster.app.service.secret;

import java.util.Optional;

/**
 * What Roster uses where no keychain exists (a headless server, a container): nothing is stored, and a
 * request to store says why and what to use instead. Secrets then come from environment variables.
 */
public final class NoKeychainSecretStore implements SecretStore {
    private final String reason;

    public NoKeychainSecretStore(String reason) {
        this.reason = reason;
    }

    @Override
    public boolean available() {
        return false;
    }

    @Override
    public String description() {
        return "none: " + reason;
    }

    @Override
    public Optional<String> get(String connection, String key) {
        return Optional.empty();
    }

    @Override
    public void put(String connection, String key, String secret) {
        throw new SecretStoreException("cannot keep secret '" + key + "' of connection '" + connection + "': " + reason
                + ". Use --secret " + key + "=env:VARIABLE instead (read from the environment at each use).", null);
    }

    @Override
    public void delete(String connection, String key) {
        // nothing was ever stored
    }
}
