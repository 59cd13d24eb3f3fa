package dev.roster.app.service.secret;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import java.util.Optional;

/** The OS keychain (Secret Service on Linux, Keychain on macOS, Credential Manager on Windows) via java-keyring. */
public final class KeychainSecretStore implements SecretStore {
    static final String SERVICE = "dev.roster";

    private final Keyring keyring;

    private KeychainSecretStore(Keyring keyring) {
        this.keyring = keyring;
    }

    /** The system keychain, or a store that explains why there is none (no D-Bus session, no backend). */
    public static SecretStore system() {
        try {
            return new KeychainSecretStore(Keyring.create());
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
        return "OS keychain (" + keyring.getKeyringStorageType() + ")";
    }

    @Override
    public Optional<String> get(String connection, String key) {
        try {
            return Optional.ofNullable(keyring.getPassword(SERVICE, account(connection, key)));
        } catch (PasswordAccessException e) {
            // java-keyring reports "not found" through this exception too; a missing secret is not an error here.
            return Optional.empty();
        }
    }

    @Override
    public void put(String connection, String key, String secret) {
        try {
            keyring.setPassword(SERVICE, account(connection, key), secret);
        } catch (PasswordAccessException e) {
            throw new SecretStoreException("the OS keychain refused to store secret '" + key + "' of connection '"
                    + connection + "': " + e.getMessage(), e);
        }
    }

    @Override
    public void delete(String connection, String key) {
        if (get(connection, key).isEmpty()) {
            return;
        }
        try {
            keyring.deletePassword(SERVICE, account(connection, key));
        } catch (PasswordAccessException e) {
            throw new SecretStoreException("the OS keychain refused to delete secret '" + key + "' of connection '"
                    + connection + "': " + e.getMessage(), e);
        }
    }

    static String account(String connection, String key) {
        return connection + "/" + key;
    }
}
