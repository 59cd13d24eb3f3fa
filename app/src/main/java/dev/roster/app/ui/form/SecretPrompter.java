package dev.roster.app.ui.form;

import java.util.Optional;

/**
 * Asks a person for one secret (the console: a password dialog; tests: a fake). Called on the UI thread.
 * The answer is a char array the caller hands on and wipes; empty: the person cancelled.
 */
@FunctionalInterface
public interface SecretPrompter {

    /** What to ask: the secret {@code key} ({@code label}, from the connector's settings) of {@code connection}. */
    record Question(String connection, String key, String label, String reason) {
    }

    Optional<char[]> ask(Question question);
}
