package dev.roster.app.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A saved connection: its name, connector type, plain settings, and for each secret setting only where the
 * secret comes from ({@code env:VAR} or {@code keychain}), never the secret itself.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ConnectionProfile(String name, String type, Map<String, String> settings, Map<String, String> secrets) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    public ConnectionProfile {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("connection name '" + name
                    + "' must be 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        if (type == null || type.isBlank()) {
            throw new IllegalArgumentException("connection '" + name + "' needs a type");
        }
        settings = settings == null ? Map.of() : Map.copyOf(new TreeMap<>(settings));
        secrets = secrets == null ? Map.of() : Map.copyOf(new TreeMap<>(secrets));
        secrets.forEach((key, source) -> SecretSource.parseStored(key, source));
    }
}
