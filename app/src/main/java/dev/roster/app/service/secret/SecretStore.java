package dev.roster.app.service.secret;

import java.util.Optional;

/**
 * Keeps connection secrets out of plain files. Keys are (connection, setting). Implementations never log
 * or echo a value.
 */
public interface SecretStore {

    /** Whether secrets can be kept at all (false: no OS keychain here; use env: sources). */
    boolean available();

    /** Where secrets go, for messages: "GNOME Keyring / Secret Service", "none" ... */
    String description();

    Optional<String> get(String connection, String key);

    void put(String connection, String key, String secret);

    void delete(String connection, String key);
}
