package dev.roster.app.service;

import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import java.util.regex.Pattern;

/**
 * Where a secret setting comes from: {@code env:VAR} (read at each use, never stored), {@code keychain}
 * (the OS keychain), or {@code prompt} (asked once on the terminal, then kept in the keychain: stored as
 * {@code keychain}).
 */
public sealed interface SecretSource {
    Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    record Env(String variable) implements SecretSource {
        @Override
        public String stored() {
            return "env:" + variable;
        }
    }

    record Keychain() implements SecretSource {
        @Override
        public String stored() {
            return "keychain";
        }
    }

    record Prompt() implements SecretSource {
        @Override
        public String stored() {
            return "keychain";
        }
    }

    /** How the profile file records this source. */
    String stored();

    /** What a user typed after {@code --secret KEY=}. */
    static SecretSource parse(String key, String text) {
        String value = text == null ? "" : text.strip();
        if (value.equals("prompt")) {
            return new Prompt();
        }
        if (value.equals("keychain")) {
            return new Keychain();
        }
        if (value.startsWith("env:") && ENV_NAME.matcher(value.substring(4)).matches()) {
            return new Env(value.substring(4));
        }
        throw DirectoryException.invalid(ErrorCode.SECRET_SOURCE_INVALID, key);
    }

    /** What a profile file holds: {@code env:VAR} or {@code keychain} only. */
    static SecretSource parseStored(String key, String text) {
        SecretSource source = parse(key, text);
        if (source instanceof Prompt) {
            throw new IllegalArgumentException("secret '" + key + "' is stored as 'prompt'; expected env:VAR or keychain");
        }
        return source;
    }
}
