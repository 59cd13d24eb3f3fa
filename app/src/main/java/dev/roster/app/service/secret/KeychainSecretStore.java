package dev.roster.app.service.secret;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import java.util.Optional;

/**
 * The OS keychain (Secret Service on Linux, Keychain on macOS, Credential Manager on Windows) via java-keyring.
 * java-keyring reports "no such secret" and real failures (a locked keyring, D-Bus gone) with the same
 * exception; only its backends' not-found messages read as an absent secret, anything else is an error that
 * says what the keychain answered.
 */
public final class KeychainSecretStore implements SecretStore {
    static final String SERVICE = "dev.roster";

    /** The three keychain calls, as java-keyring makes them (a seam for the failure tests). */
    interface Backend {
        String get(String service, String account) throws PasswordAccessException;

        void set(String service, String account, String secret) throws PasswordAccessException;

        void delete(String service, String account) throws PasswordAccessException;

        String description();
    }

    private final Backend keyring;

    KeychainSecretStore(Backend keyring) {
        this.keyring = keyring;
    }

    /** The system keychain, or a store that explains why there is none (no D-Bus session, no backend). */
    public static SecretStore system() {
        try {
            Keyring keyring = Keyring.create();
            return new KeychainSecretStore(new Backend() {
                @Override
                public String get(String service, String account) throws PasswordAccessException {
                    return keyring.getPassword(service, account);
                }

                @Override
                public void set(String service, String account, String secret) throws PasswordAccessException {
                    keyring.setPassword(service, account, secret);
                }

                @Override
                public void delete(String service, String account) throws PasswordAccessException {
                    keyring.deletePassword(service, account);
                }

                @Override
                public String description() {
                    return String.valueOf(keyring.getKeyringStorageType());
                }
            });
        } catch (BackendNotSupportedException | RuntimeException | LinkageError e) {
            return new NoKeychainSecretStore("no OS keychain is reachable (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
        }
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public String description() {
        return "OS keychain (" + keyring.description() + ")";
    }

    @Override
    public Optional<String> get(String connection, String key) {
        try {
            return Optional.ofNullable(keyring.get(SERVICE, account(connection, key)));
        } catch (PasswordAccessException e) {
            if (isNotFound(e)) {
                return Optional.empty();
            }
            throw failure("could not read", connection, key, e);
        } catch (RuntimeException e) {
            throw failure("could not read", connection, key, e);
        }
    }

    @Override
    public void put(String connection, String key, String secret) {
        try {
            keyring.set(SERVICE, account(connection, key), secret);
        } catch (PasswordAccessException | RuntimeException e) {
            throw failure("refused to store", connection, key, e);
        }
    }

    /** Deletes the secret; one that is not there is fine, a keychain that refuses is an error (it stays behind). */
    @Override
    public void delete(String connection, String key) {
        try {
            keyring.delete(SERVICE, account(connection, key));
        } catch (PasswordAccessException e) {
            if (!isNotFound(e)) {
                throw failure("could not delete", connection, key, e);
            }
        } catch (RuntimeException e) {
            throw failure("could not delete", connection, key, e);
        }
    }

    /**
     * The not-found answers of java-keyring 1.0.4's backends: Secret Service and macOS ("No stored credentials
     * match ..."; macOS delete: "No password to delete."), Windows ("Password not Found", or CredRead's
     * ERROR_NOT_FOUND, 1168).
     */
    static boolean isNotFound(PasswordAccessException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        return message.startsWith("No stored credentials match") || message.startsWith("No password to delete")
                || message.equals("Password not Found") || message.equals("Error code 1168");
    }

    private SecretStoreException failure(String what, String connection, String key, Exception e) {
        return new SecretStoreException("the OS keychain (" + keyring.description() + ") " + what + " secret '" + key
                + "' of connection '" + connection + "': " + e.getMessage()
                + " (unlock the keychain and try again, or use --secret " + key + "=env:VARIABLE)", e);
    }

    static String account(String connection, String key) {
        return connection + "/" + key;
    }
}
