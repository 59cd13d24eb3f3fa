package dev.roster.app.service.secret;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.ErrorKind;
import java.util.Locale;
import java.util.Optional;

/**
 * The OS keychain (Secret Service on Linux, Keychain on macOS, Credential Manager on Windows) via java-keyring.
 * java-keyring reports "no such secret" and real failures (a locked keyring, D-Bus gone) with the same
 * exception; only its backends' not-found messages read as an absent secret, anything else is a typed error
 * (kind LOCAL: this machine, exit code 6) that says what the keychain answered and what to do.
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

    /** The process's one probe of the OS keychain: D-Bus (or its like) is asked once, whoever asks first. */
    private static final KeychainProbe SYSTEM = new KeychainProbe(KeychainSecretStore::probe);

    private final Backend keyring;

    KeychainSecretStore(Backend keyring) {
        this.keyring = keyring;
    }

    /**
     * The system keychain, or a store that explains why there is none (no D-Bus session, no backend). Probed
     * once per process: later calls return the same store without asking the OS again. Slow the first time
     * (a D-Bus round trip, or its timeout): never call it on the FX thread.
     */
    public static SecretStore system() {
        return SYSTEM.store();
    }

    /** Asks the OS for its keychain; {@link #system()} calls this once. */
    static SecretStore probe() {
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
    public boolean persistent() {
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
            throw failure("read", connection, key, e, null);
        } catch (RuntimeException e) {
            throw failure("read", connection, key, e, null);
        }
    }

    /**
     * java-keyring takes the secret as a String, so one is made here, right before the call, and dropped
     * right after (a String cannot be wiped; its life is kept to this one call). The array is wiped.
     */
    @Override
    public void put(String connection, String key, char[] secret) {
        String value = new String(secret);
        SecretStore.wipe(secret);
        try {
            keyring.set(SERVICE, account(connection, key), value);
        } catch (PasswordAccessException | RuntimeException e) {
            throw failure("store", connection, key, e, value);
        }
    }

    /** Deletes the secret; one that is not there is fine, a keychain that refuses is an error (it stays behind). */
    @Override
    public void delete(String connection, String key) {
        try {
            keyring.delete(SERVICE, account(connection, key));
        } catch (PasswordAccessException e) {
            if (!isNotFound(e)) {
                throw failure("delete", connection, key, e, null);
            }
        } catch (RuntimeException e) {
            throw failure("delete", connection, key, e, null);
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

    /**
     * A locked keychain's answers: Secret Service's {@code org.freedesktop.Secret.Error.IsLocked} (and the
     * "locked" of gnome-keyring's texts), macOS's errSecInteractionNotAllowed (-25308, the keychain is locked
     * and may not ask) and errSecAuthFailed (-25293).
     */
    static boolean isLocked(Throwable e) {
        String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        return message.contains("islocked") || message.contains("locked") || message.contains("-25308")
                || message.contains("-25293");
    }

    /** The typed failure: the keychain's own words (without the secret, should a backend echo it) and what to do. */
    private DirectoryException failure(String action, String connection, String key, Exception e, String secret) {
        String answer = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof NullPointerException) {
            // measured with gnome-keyring 42.1: a locked login keyring whose unlock prompt cannot be shown (no
            // display) makes java-keyring 1.0.4 fail this way on get and delete, not with PasswordAccessException
            answer = "no usable answer (" + answer + "); a locked keyring whose unlock prompt could not be shown answers so";
        }
        if (secret != null && !secret.isEmpty()) {
            answer = answer.replace(secret, "****");
        }
        ErrorCode code = isLocked(e) ? ErrorCode.SECRET_STORE_LOCKED : ErrorCode.SECRET_STORE_FAILED;
        // the cause is not kept: a backend's exception could carry the value it was handed
        return DirectoryException.coded(ErrorKind.LOCAL, code, keyring.description(), action, key, connection, answer)
                .withAnswer(null, e.getClass().getName() + ": " + answer, null);
    }

    static String account(String connection, String key) {
        return connection + "/" + key;
    }
}
