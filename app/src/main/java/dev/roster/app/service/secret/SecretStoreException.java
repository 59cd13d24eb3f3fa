package dev.roster.app.service.secret;

/**
 * Legacy: Roster's stores now fail with a typed {@code DirectoryException} (SECRET_STORE_LOCKED,
 * SECRET_STORE_FAILED, SECRET_STORE_NONE). Kept so that code written against it still compiles; the CLI
 * still reports it as a usage problem. Never carries a secret.
 */
public final class SecretStoreException extends RuntimeException {
    public SecretStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
