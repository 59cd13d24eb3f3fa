package dev.roster.app.service.secret;

import java.util.Arrays;
import java.util.Optional;

/**
 * Keeps connection secrets out of plain files. Keys are (connection, setting). Implementations never log
 * or echo a value. A keychain that is locked or fails answers with a typed error
 * ({@code ErrorCode.SECRET_STORE_LOCKED} / {@code SECRET_STORE_FAILED}, kind LOCAL), never with an empty
 * answer: empty means only "no such secret".
 *
 * <p>Which store is which: the CLI uses the OS keychain or, where there is none, a store that refuses to keep
 * anything ({@link NoKeychainSecretStore}); the console always uses a {@link SessionSecretStore} over one of
 * those, which keeps in memory what the OS keychain cannot.
 *
 * <p>Implement {@link #persistent()} and {@link #put(String, String, char[])}; {@code available()} and the
 * String {@code put} follow from them. (Each pair defaults to the other, so that a store written against the
 * older interface, with {@code available()} and a String {@code put}, still works: implement one of each.)
 */
public interface SecretStore {

    /**
     * Whether an OS keychain is here, so that what is put survives this process. Same answer as
     * {@link #persistent()}; kept for existing callers. In the console, false means a secret entered is kept
     * in memory for this session only (the editor says so).
     */
    default boolean available() {
        return persistent();
    }

    /**
     * Whether secrets put here outlive this process (they go to the OS keychain). False: the CLI cannot keep a
     * secret at all (use env:VARIABLE); the console keeps it in memory for this session only and says so
     * ("kept in memory for this session").
     */
    default boolean persistent() {
        return available();
    }

    /** Where secrets go, for messages: "GNOME Keyring / Secret Service", "none" ... */
    String description();

    Optional<String> get(String connection, String key);

    /**
     * Keeps {@code secret} and then overwrites the array with zeros, whether or not keeping it worked: the
     * caller hands the characters over and must not use them afterwards.
     */
    default void put(String connection, String key, char[] secret) {
        // only for stores written before the char[] form: they take a String anyway
        String value = new String(secret);
        wipe(secret);
        put(connection, key, value);
    }

    /** A secret that already is a String (the CLI's prompt); prefer {@link #put(String, String, char[])}. */
    default void put(String connection, String key, String secret) {
        put(connection, key, secret.toCharArray());
    }

    /** Deletes the secret; one that is not there is fine, a store that refuses says so (a typed error). */
    void delete(String connection, String key);

    /** Overwrites {@code secret} with zeros (null is fine). */
    static void wipe(char[] secret) {
        if (secret != null) {
            Arrays.fill(secret, '\0');
        }
    }
}
