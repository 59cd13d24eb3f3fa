package dev.roster.app.service.secret;

import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import java.util.Optional;

/**
 * What Roster uses where no keychain exists (a headless server, a container): nothing is stored, and a
 * request to store says why and what to use instead. Secrets then come from environment variables (the
 * console lays a {@link SessionSecretStore} over it that keeps them in memory for the session).
 */
public final class NoKeychainSecretStore implements SecretStore {
    private final String reason;

    public NoKeychainSecretStore(String reason) {
        this.reason = reason;
    }

    @Override
    public boolean persistent() {
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

    /** Refuses, as before: a usage problem (exit 2) that names env:VARIABLE; the typed characters are wiped. */
    @Override
    public void put(String connection, String key, char[] secret) {
        SecretStore.wipe(secret);
        throw DirectoryException.invalid(ErrorCode.SECRET_STORE_NONE, key, connection, reason);
    }

    @Override
    public void delete(String connection, String key) {
        // nothing was ever stored
    }
}
