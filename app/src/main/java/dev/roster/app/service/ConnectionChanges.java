package dev.roster.app.service;

import dev.roster.app.service.secret.SecretStore;
import dev.roster.connectors.ConnectionSettings;
import dev.roster.connectors.ConnectorProvider;
import dev.roster.connectors.ConnectorRegistry;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.SettingSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The changes to saved connections beyond add and remove: edit, rename, duplicate. Each is one
 * read-change-write of the connections file (see {@link ConnectionStore#change}); keychain secrets are
 * written before the file names them and deleted only after it no longer does, so a profile never names a
 * secret that is not there, and a failure leaves the old state usable.
 */
final class ConnectionChanges {
    private final RosterHome home;
    private final ConnectionStore store;
    private final SecretStore secrets;
    private final ConnectorRegistry registry;
    private final Function<String, String> environment;
    private final List<BiConsumer<String, String>> renameListeners;

    ConnectionChanges(RosterHome home, ConnectionStore store, SecretStore secrets, ConnectorRegistry registry,
                      Function<String, String> environment, List<BiConsumer<String, String>> renameListeners) {
        this.home = home;
        this.store = store;
        this.secrets = secrets;
        this.registry = registry;
        this.environment = environment;
        this.renameListeners = renameListeners;
    }

    Connections.Added edit(String name, Connections.Edit edit) {
        ConnectionProfile current = store.require(name);
        ConnectorProvider provider = registry.require(current.type());
        Map<String, SettingSpec> specs = specs(provider);
        checkKeys(provider, specs, edit.set().keySet(), false);
        checkKeys(provider, specs, edit.secrets().keySet(), true);
        checkKeys(provider, specs, edit.unset(), null);
        for (String key : edit.unset()) {
            if (edit.set().containsKey(key) || edit.secrets().containsKey(key)) {
                throw DirectoryException.validation("'" + key + "' is both set and unset: give it once");
            }
        }
        // What goes to the keychain: typed now (prompt), or already there (keychain, an edit that kept it).
        Map<String, char[]> toStore = new LinkedHashMap<>();
        edit.secrets().forEach((key, source) -> {
            if (source instanceof SecretSource.Prompt) {
                char[] typed = edit.typed().get(key);
                if (typed == null || typed.length == 0) {
                    throw DirectoryException.invalid(ErrorCode.SECRET_NOT_ENTERED, key);
                }
                toStore.put(key, typed);
            } else if (source instanceof SecretSource.Keychain && !"keychain".equals(current.secrets().get(key))
                    && secrets.get(name, key).isEmpty()) {
                throw DirectoryException.invalid(ErrorCode.SECRET_NOT_STORED, key, name, secrets.description());
            }
        });
        Map<String, Optional<String>> before = new LinkedHashMap<>();
        toStore.forEach((key, typed) -> {
            before.put(key, secrets.get(name, key));
            secrets.put(name, key, new String(typed));
        });
        ConnectionProfile saved;
        try {
            saved = store.update(name, old -> {
                Map<String, String> values = new LinkedHashMap<>(old.settings());
                Map<String, String> sources = new LinkedHashMap<>(old.secrets());
                edit.unset().forEach(key -> {
                    values.remove(key);
                    sources.remove(key);
                });
                values.putAll(edit.set());
                edit.secrets().forEach((key, source) -> sources.put(key, source.stored()));
                checkComplete(provider, specs, values, sources.keySet());
                return profile(name, old.type(), values, sources);
            });
        } catch (RuntimeException e) {
            before.forEach((key, old) -> restore(name, key, old));
            throw e;
        }
        List<String> warnings = review(saved, provider);
        // Secrets the connection no longer keeps in the keychain (unset, or read from a variable now).
        current.secrets().forEach((key, source) -> {
            if ("keychain".equals(source) && !"keychain".equals(saved.secrets().get(key))) {
                deleteOrWarn(name, key, warnings);
            }
        });
        return new Connections.Added(saved, warnings);
    }

    /** Renames a connection where it stands, its keychain secrets moved to the new name; listeners hear of it. */
    Connections.Added rename(String from, String to) {
        checkName(to);
        ConnectionProfile current = store.require(from);
        if (from.equals(to)) {
            return new Connections.Added(current, List.of());
        }
        if (store.find(to).isPresent()) {
            throw DirectoryException.invalid(ErrorCode.CONNECTION_NAME_TAKEN, to);
        }
        List<String> copied = copyKeychainSecrets(current, to);
        ConnectionProfile renamed;
        try {
            renamed = store.rename(from, to);
        } catch (RuntimeException e) {
            copied.forEach(key -> quietDelete(to, key));
            throw e;
        }
        List<String> warnings = new ArrayList<>();
        copied.forEach(key -> deleteOrWarn(from, key, warnings));
        renameListeners.forEach(listener -> listener.accept(from, to));
        return new Connections.Added(renamed, warnings);
    }

    /**
     * A copy of a connection under a new name, right below it. {@code copySecrets}: its keychain secrets are
     * copied to the new name; otherwise they are left out, to be entered (the warnings say which).
     * Secrets read from the environment are kept either way.
     */
    Connections.Added duplicate(String from, String to, boolean copySecrets) {
        checkName(to);
        ConnectionProfile current = store.require(from);
        if (store.find(to).isPresent()) {
            throw DirectoryException.invalid(ErrorCode.CONNECTION_NAME_TAKEN, to);
        }
        List<String> copied = copySecrets ? copyKeychainSecrets(current, to) : List.of();
        Map<String, String> sources = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        current.secrets().forEach((key, source) -> {
            if (!"keychain".equals(source) || copied.contains(key)) {
                sources.put(key, source);
            } else {
                warnings.add("secret '" + key + "' of connection '" + to + "' is to be entered: edit the connection to enter it");
            }
        });
        ConnectionProfile copy = profile(to, current.type(), current.settings(), sources);
        try {
            store.change(all -> {
                if (all.stream().anyMatch(p -> p.name().equals(to))) {
                    throw DirectoryException.invalid(ErrorCode.CONNECTION_NAME_TAKEN, to);
                }
                int at = 0;
                while (at < all.size() && !all.get(at).name().equals(from)) {
                    at++;
                }
                all.add(Math.min(at + 1, all.size()), copy);
                return copy;
            });
        } catch (RuntimeException e) {
            copied.forEach(key -> quietDelete(to, key));
            throw e;
        }
        return new Connections.Added(copy, warnings);
    }

    /** Copies the keychain secrets of {@code profile} that are there to {@code to}; returns their keys. */
    private List<String> copyKeychainSecrets(ConnectionProfile profile, String to) {
        List<String> copied = new ArrayList<>();
        try {
            profile.secrets().forEach((key, source) -> {
                if ("keychain".equals(source)) {
                    Optional<String> value = secrets.get(profile.name(), key);
                    if (value.isPresent()) {
                        secrets.put(to, key, value.get());
                        copied.add(key);
                    }
                }
            });
        } catch (RuntimeException e) {
            copied.forEach(key -> quietDelete(to, key));
            throw e;
        }
        return copied;
    }

    private void restore(String name, String key, Optional<String> old) {
        try {
            if (old.isPresent()) {
                secrets.put(name, key, old.get());
            } else {
                secrets.delete(name, key);
            }
        } catch (RuntimeException ignored) {
            // the change failed already; that error is the one to report
        }
    }

    private void quietDelete(String name, String key) {
        try {
            secrets.delete(name, key);
        } catch (RuntimeException ignored) {
            // undoing a copy after another failure: that failure is the one to report
        }
    }

    private void deleteOrWarn(String name, String key, List<String> warnings) {
        try {
            secrets.delete(name, key);
        } catch (RuntimeException e) {
            warnings.add("secret '" + key + "' of '" + name + "' could not be deleted from the keychain ("
                    + e.getMessage() + "): delete it there yourself");
        }
    }

    private List<String> review(ConnectionProfile profile, ConnectorProvider provider) {
        Map<String, String> values = new HashMap<>(profile.settings());
        if ("sandbox".equals(provider.id())) {
            values.putIfAbsent(Connections.SANDBOX_HOME_SETTING, home.sandboxHome().toString());
        }
        List<String> warnings = new ArrayList<>(provider.review(new ConnectionSettings(profile.name(), values, Map.of())));
        profile.secrets().forEach((key, stored) -> {
            if (SecretSource.parseStored(key, stored) instanceof SecretSource.Env env) {
                String value = environment.apply(env.variable());
                if (value == null || value.isEmpty()) {
                    warnings.add("secret '" + key + "' of connection '" + profile.name() + "' is read from the environment variable "
                            + env.variable() + ", which is not set now: set it before using the connection");
                }
            }
        });
        return warnings;
    }

    static Map<String, SettingSpec> specs(ConnectorProvider provider) {
        return provider.settings().stream()
                .collect(Collectors.toMap(SettingSpec::key, s -> s, (a, b) -> a, LinkedHashMap::new));
    }

    /** The keys are the provider's; {@code secret} null: either kind (an unset). */
    static void checkKeys(ConnectorProvider provider, Map<String, SettingSpec> specs, Set<String> keys, Boolean secret) {
        for (String key : keys) {
            SettingSpec spec = specs.get(key);
            if (spec == null) {
                throw DirectoryException.invalid(ErrorCode.NO_SUCH_SETTING,
                        provider.displayName(), key, String.join(", ", new TreeSet<>(specs.keySet())));
            }
            if (secret != null && spec.secret() != secret) {
                throw DirectoryException.invalid(secret ? ErrorCode.NOT_A_SECRET : ErrorCode.IS_A_SECRET, key);
            }
        }
    }

    /** What {@link Connections#add} checks of a new connection, for the settings an edit leaves: required ones, choices. */
    static void checkComplete(ConnectorProvider provider, Map<String, SettingSpec> specs, Map<String, String> values,
                              Set<String> secretKeys) {
        for (SettingSpec spec : specs.values()) {
            boolean given = spec.secret() ? secretKeys.contains(spec.key()) : values.containsKey(spec.key());
            boolean sandboxHome = "sandbox".equals(provider.id()) && Connections.SANDBOX_HOME_SETTING.equals(spec.key());
            if (spec.required() && !given && spec.defaultValue() == null && !sandboxHome) {
                throw DirectoryException.invalid(spec.secret() ? ErrorCode.NEEDS_SECRET : ErrorCode.NEEDS_SETTING,
                        provider.displayName(), spec.key(), spec.label());
            }
            String value = values.get(spec.key());
            if (value != null && !spec.choices().isEmpty() && !spec.choices().contains(value)) {
                throw DirectoryException.invalid(ErrorCode.SETTING_CHOICE, spec.key(), spec.choices(), value);
            }
        }
    }

    static void checkName(String name) {
        profile(name, "x", Map.of(), Map.of());
    }

    static ConnectionProfile profile(String name, String type, Map<String, String> values, Map<String, String> sources) {
        try {
            return new ConnectionProfile(name, type, values, sources);
        } catch (IllegalArgumentException e) {
            throw DirectoryException.validation(e.getMessage());
        }
    }
}
