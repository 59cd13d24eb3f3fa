package dev.roster.connectors;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The resolved settings of one connection: plain values and secrets, checked against the connector's
 * {@link SettingSpec}s. {@code toString} never shows a secret.
 */
public final class ConnectionSettings {
    private final String connectionName;
    private final Map<String, String> values;
    private final Map<String, String> secrets;

    public ConnectionSettings(String connectionName, Map<String, String> values, Map<String, String> secrets) {
        this.connectionName = connectionName;
        this.values = Map.copyOf(values);
        this.secrets = Map.copyOf(secrets);
    }

    public String connectionName() {
        return connectionName;
    }

    public Optional<String> value(String key) {
        return Optional.ofNullable(values.get(key)).filter(v -> !v.isBlank());
    }

    public Optional<String> secret(String key) {
        return Optional.ofNullable(secrets.get(key)).filter(v -> !v.isEmpty());
    }

    /** Every secret value, so that tracing can scrub them wherever they would appear. */
    public List<String> secretValues() {
        return List.copyOf(secrets.values());
    }

    public Map<String, String> values() {
        return values;
    }

    /** The value, the spec's default, or a validation error naming the setting and the connection. */
    public String require(SettingSpec spec) {
        Optional<String> v = spec.secret() ? secret(spec.key()) : value(spec.key());
        String resolved = v.orElse(spec.defaultValue());
        if (resolved == null || resolved.isBlank()) {
            throw DirectoryException.invalid(ErrorCode.SETTING_MISSING, connectionName, spec.key(), spec.label());
        }
        if (!spec.choices().isEmpty() && !spec.choices().contains(resolved)) {
            throw DirectoryException.invalid(ErrorCode.SETTING_NOT_A_CHOICE,
                    spec.key(), connectionName, spec.choices(), resolved);
        }
        return resolved;
    }

    public String valueOrDefault(SettingSpec spec) {
        return (spec.secret() ? secret(spec.key()) : value(spec.key())).orElse(spec.defaultValue());
    }

    @Override
    public String toString() {
        return "ConnectionSettings[" + connectionName + ", values=" + new TreeMap<>(values) + ", secrets=" + new TreeMap<>(secrets).keySet() + "]";
    }
}
