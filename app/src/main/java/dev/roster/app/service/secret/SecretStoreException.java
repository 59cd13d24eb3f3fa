package dev.roster.app.service.secret;

/** The keychain refused or is missing; the message says what to do instead. Never carries a secret. */
public final class SecretStoreException extends RuntimeException {
    public SecretStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
