package dev.roster.app.service;

import dev.roster.app.service.secret.SecretStore;
import dev.roster.connectors.ConnectionReport;
import dev.roster.connectors.ConnectionSettings;
import dev.roster.connectors.ConnectorProvider;
import dev.roster.connectors.ConnectorRegistry;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.SettingSpec;
import dev.roster.connectors.UnifiedDirectory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.LoggerFactory;

/**
 * Saved connections and how to open them: checks settings against the connector's {@link SettingSpec}s,
 * resolves secrets at use (environment or keychain), and gives the Sandbox its folder in the Roster home.
 */
public final class Connections {
    /** The Sandbox connector's setting for the folder it keeps its directory in. */
    static final String SANDBOX_HOME_SETTING = "home";

    private final RosterHome home;
    private final ConnectionStore store;
    private final SecretStore secrets;
    private final ConnectorRegistry registry;
    private final Function<String, String> environment;
    /** The certificates the user trusted, per connection (feature: tls-trust). */
    private final dev.roster.app.service.trust.TrustStore trust;
    /** Where a connection's warnings go (the CLI: stderr); each is told once, when the connection opens. */
    private final List<Consumer<String>> warningSinks = new CopyOnWriteArrayList<>();
    // feature: editor
    /** Who hears of a rename (old name, new name): the console's remembered selection, a per-connection trust store ... */
    private final List<java.util.function.BiConsumer<String, String>> renameListeners = new CopyOnWriteArrayList<>();

    public Connections(RosterHome home, ConnectionStore store, SecretStore secrets, ConnectorRegistry registry,
                       Function<String, String> environment) {
        this.home = home;
        this.store = store;
        this.secrets = secrets;
        this.registry = registry;
        this.environment = environment;
        this.trust = new dev.roster.app.service.trust.TrustStore(home);
        // a certificate trusted for a connection stays trusted for it under its new name
        renameListeners.add(trust::rename);
    }

    /** The per-connection trust store ({@code <config>/trust}). */
    public dev.roster.app.service.trust.TrustStore trust() {
        return trust;
    }

    public ConnectionStore store() {
        return store;
    }

    public SecretStore secrets() {
        return secrets;
    }

    public ConnectorRegistry registry() {
        return registry;
    }

    public List<ConnectionProfile> list() {
        return store.list();
    }

    /** Opens the named connection; nothing is sent until the first operation. */
    public UnifiedDirectory open(String name) {
        ConnectionProfile profile = store.require(name);
        ConnectorProvider provider = registry.require(profile.type());
        UnifiedDirectory directory = UnifiedDirectory.open(provider, settings(profile, provider));
        directory.warnings().forEach(this::warn);
        return directory;
    }

    private void warn(String warning) {
        if (warningSinks.isEmpty()) {
            LoggerFactory.getLogger(Connections.class).warn("{}", warning);
        }
        warningSinks.forEach(sink -> sink.accept(warning));
    }

    /**
     * Sends what connections report on opening (a Sandbox that recovered from damage, say) to {@code sink}, as
     * well as to any other sink (each console window has its own). Returns a handle that removes the sink.
     */
    public Runnable onWarning(Consumer<String> sink) {
        warningSinks.add(sink);
        return () -> warningSinks.remove(sink);
    }

    /**
     * What the connector says about a saved connection's settings, read without its secrets and without
     * sending anything (a file a setting names is read): warnings such as a password sent in clear, or a
     * validation error for settings that cannot work (a trusted_certificates file that is not PEM).
     */
    public List<String> review(String name) {
        ConnectionProfile profile = store.require(name);
        ConnectorProvider provider = registry.require(profile.type());
        return provider.review(new ConnectionSettings(profile.name(), values(profile.name(), profile.settings(), provider), Map.of()));
    }

    /**
     * Whether the saved connection goes without encryption to another machine (http://, or ldap:// without
     * StartTLS; allowed only with {@code allow_insecure=true}): the sidebar marks it. Read from the settings alone.
     */
    public boolean isInsecure(String name) {
        return isInsecure(store.require(name));
    }

    /** {@link #isInsecure(String)} for a profile already read (no file read: fine on the UI thread). */
    public static boolean isInsecure(ConnectionProfile profile) {
        return dev.roster.connectors.tls.Cleartext.insecure(new ConnectionSettings(profile.name(), profile.settings(), Map.of()));
    }

    /**
     * Connects and returns the certificate the server presented if it is not trusted (what {@code trust} offers);
     * empty when the handshake succeeds, or there is none (no TLS). Any other failure is thrown, the certificate
     * of another name among them: trusting cannot help there.
     */
    public java.util.Optional<dev.roster.connectors.tls.PresentedCertificate> untrustedCertificate(String name) {
        try (UnifiedDirectory directory = open(name)) {
            directory.verify();
            return java.util.Optional.empty();
        } catch (DirectoryException e) {
            java.util.Optional<dev.roster.connectors.tls.PresentedCertificate> presented =
                    dev.roster.connectors.tls.TlsFailures.untrusted(e);
            if (presented.isPresent()) {
                return presented;
            }
            if (e.kind() == dev.roster.connectors.ErrorKind.AUTHENTICATION || e.kind() == dev.roster.connectors.ErrorKind.PERMISSION) {
                return java.util.Optional.empty(); // the handshake succeeded: the directory itself answered
            }
            throw e; // unreachable, a certificate for another name (trusting cannot help), a setting refused ...
        }
    }

    /**
     * Trusts the certificate {@code name}'s server presents, only if its fingerprint is {@code fingerprint}
     * (so that nothing is trusted blindly): connects, compares, adds it to the connection's trust store.
     */
    public dev.roster.connectors.tls.PresentedCertificate trustPresented(String name, String fingerprint) {
        dev.roster.connectors.tls.PresentedCertificate presented = untrustedCertificate(name)
                .orElseThrow(() -> DirectoryException.invalid(ErrorCode.TRUST_NOTHING_PRESENTED, name));
        if (!presented.matches(fingerprint)) {
            throw DirectoryException.invalid(ErrorCode.TRUST_FINGERPRINT_MISMATCH, fingerprint, name, presented.fingerprint());
        }
        return trust.add(name, presented);
    }

    private Map<String, String> values(String name, Map<String, String> settings, ConnectorProvider provider) {
        Map<String, String> values = new HashMap<>(settings);
        if (isSandbox(provider)) {
            values.putIfAbsent(SANDBOX_HOME_SETTING, home.sandboxHome().toString());
        }
        // feature: tls-trust: the certificates the user trusted for this connection, besides the JVM's CAs
        trust.existing(name).ifPresent(file -> values.put(dev.roster.connectors.tls.TlsSettings.TRUST_STORE, file.toString()));
        return values;
    }

    ConnectionSettings settings(ConnectionProfile profile, ConnectorProvider provider) {
        Map<String, String> values = values(profile.name(), profile.settings(), provider);
        Map<String, String> resolved = new HashMap<>();
        profile.secrets().forEach((key, stored) -> resolved.put(key, resolveSecret(profile.name(), key, SecretSource.parseStored(key, stored))));
        ConnectionSettings settings = new ConnectionSettings(profile.name(), values, resolved);
        provider.settings().stream().filter(SettingSpec::required).forEach(settings::require);
        return settings;
    }

    private String resolveSecret(String connection, String key, SecretSource source) {
        return switch (source) {
            case SecretSource.Env env -> {
                String value = environment.apply(env.variable());
                if (value == null || value.isEmpty()) {
                    throw DirectoryException.invalid(ErrorCode.SECRET_ENV_UNSET, connection, key, env.variable());
                }
                yield value;
            }
            // a locked or failing keychain throws its own typed error here (SECRET_STORE_LOCKED / _FAILED), never "not found"
            case SecretSource.Keychain k -> secrets.get(connection, key).orElseThrow(() -> secrets.persistent()
                    ? DirectoryException.invalid(ErrorCode.SECRET_NOT_IN_KEYCHAIN, key, connection, secrets.description())
                    : DirectoryException.invalid(ErrorCode.SECRET_NO_KEYCHAIN, key, connection, secrets.description()));
            case SecretSource.Prompt p -> throw new IllegalStateException("prompt sources are stored as keychain");
        };
    }

    /**
     * Tests a saved connection: reachable (latency), TLS, authenticated (as whom), permissions, one read of groups
     * and of users, the rate-limit state. Errors of the calls are part of the report
     * (an aspect that failed), not thrown; settings that cannot be resolved (an unset variable) are thrown.
     */
    public ConnectionReport test(String name) {
        ConnectionProfile profile = store.require(name);
        return test(profile, Map.of());
    }

    /**
     * Tests a connection that may not be saved yet (the editor's draft): {@code typedSecrets} are the secrets
     * typed in the editor, used for this test only and never stored; a secret not typed is resolved from its
     * saved source.
     */
    public ConnectionReport test(ConnectionProfile draft, Map<String, String> typedSecrets) {
        ConnectorProvider provider = registry.require(draft.type());
        Map<String, String> resolved = new HashMap<>(typedSecrets);
        draft.secrets().forEach((key, stored) -> resolved.computeIfAbsent(key,
                k -> resolveSecret(draft.name(), k, SecretSource.parseStored(k, stored))));
        ConnectionSettings settings = new ConnectionSettings(draft.name(), values(draft.name(), draft.settings(), provider), resolved);
        provider.settings().stream().filter(SettingSpec::required).forEach(settings::require);
        // feature: connection-check: the connector's checks, one cheap call per operation family (see DirectoryConnector#diagnose)
        try (UnifiedDirectory directory = UnifiedDirectory.open(provider, settings)) {
            return directory.test();
        }
    }

    /**
     * The {@code keychain} secrets of a saved connection that must be asked for before it can open: where there
     * is no OS keychain ({@link SecretStore#persistent()} false) and this process does not hold them (the
     * console's session memory). Empty with a keychain: a secret missing there is an error, not a question.
     * Reads the connections file, and may wait for the keychain probe: call it off the FX thread.
     */
    public List<String> secretsToAsk(String name) {
        ConnectionProfile profile = store.require(name);
        if (secrets.persistent()) {
            return List.of();
        }
        return profile.secrets().entrySet().stream()
                .filter(e -> SecretSource.parseStored(e.getKey(), e.getValue()) instanceof SecretSource.Keychain)
                .map(Map.Entry::getKey)
                .filter(key -> secrets.get(name, key).isEmpty())
                .toList();
    }

    /** A saved connection and what the user should know about it (a password sent in clear, an unset variable). */
    public record Added(ConnectionProfile profile, List<String> warnings) {
        public Added {
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Checks and saves a new connection. {@code prompted} supplies the secret typed for each {@code prompt}
     * source; those go to the keychain before the profile is written, so a profile never names a missing secret.
     * The connector reviews the settings first (see {@link #review}); a secret read from an environment
     * variable that is not set now is a warning, since it may be set before the connection is used.
     */
    public Added add(String name, String type, Map<String, String> values, Map<String, SecretSource> secretSources,
                                 Function<String, String> prompted) {
        ConnectorProvider provider = registry.require(type);
        Map<String, SettingSpec> specs = provider.settings().stream()
                .collect(Collectors.toMap(SettingSpec::key, s -> s, (a, b) -> a, LinkedHashMap::new));
        checkKeys(provider, specs, values.keySet(), false);
        checkKeys(provider, specs, secretSources.keySet(), true);
        for (SettingSpec spec : specs.values()) {
            boolean given = spec.secret() ? secretSources.containsKey(spec.key()) : values.containsKey(spec.key());
            if (spec.required() && !given && spec.defaultValue() == null && !isSandboxHome(provider, spec)) {
                throw DirectoryException.invalid(spec.secret() ? ErrorCode.NEEDS_SECRET : ErrorCode.NEEDS_SETTING,
                        provider.displayName(),
                        spec.key(), spec.label());
            }
            String value = values.get(spec.key());
            if (value != null && !spec.choices().isEmpty() && !spec.choices().contains(value)) {
                throw DirectoryException.invalid(ErrorCode.SETTING_CHOICE, spec.key(), spec.choices(), value);
            }
        }
        if (store.find(name).isPresent()) {
            throw DirectoryException.invalid(ErrorCode.CONNECTION_EXISTS, name);
        }
        List<String> warnings = new ArrayList<>(provider.review(new ConnectionSettings(name, values(name, values, provider), Map.of())));
        secretSources.forEach((key, source) -> {
            if (source instanceof SecretSource.Env env && isUnset(environment.apply(env.variable()))) {
                warnings.add("secret '" + key + "' of connection '" + name + "' is read from the environment variable "
                        + env.variable() + ", which is not set now: set it before using the connection");
            }
        });
        Map<String, String> stored = new LinkedHashMap<>();
        secretSources.forEach((key, source) -> {
            if (source instanceof SecretSource.Prompt) {
                String typed = prompted.apply(key);
                if (typed == null || typed.isEmpty()) {
                    throw DirectoryException.invalid(ErrorCode.SECRET_NOT_ENTERED, key);
                }
                secrets.put(name, key, typed);
            } else if (source instanceof SecretSource.Keychain && secrets.get(name, key).isEmpty()) {
                throw DirectoryException.invalid(ErrorCode.SECRET_NOT_STORED, key, name, secrets.description());
            }
            stored.put(key, source.stored());
        });
        ConnectionProfile profile;
        try {
            profile = new ConnectionProfile(name, type, values, stored);
        } catch (IllegalArgumentException e) {
            throw DirectoryException.validation(e.getMessage());
        }
        store.add(profile);
        return new Added(profile, warnings);
    }

    /**
     * Removes the secrets the profile kept in the keychain, then the profile. Secrets go first: a keychain that
     * refuses (locked) leaves the profile in place, so the remove can be retried; deleting a secret that is
     * already gone is a no-op. A keychain that refuses throws its typed error (SECRET_STORE_LOCKED or
     * SECRET_STORE_FAILED, kind LOCAL) naming the secret that stayed behind.
     */
    public ConnectionProfile remove(String name) {
        store.require(name).secrets().forEach((key, source) -> {
            if ("keychain".equals(source)) {
                secrets.delete(name, key);
            }
        });
        trust.removeAll(name); // feature: tls-trust: its trusted certificates go with it
        return store.remove(name);
    }

    private static boolean isSandboxHome(ConnectorProvider provider, SettingSpec spec) {
        return isSandbox(provider) && SANDBOX_HOME_SETTING.equals(spec.key());
    }

    private static boolean isUnset(String variableValue) {
        return variableValue == null || variableValue.isEmpty();
    }

    private static boolean isSandbox(ConnectorProvider provider) {
        return "sandbox".equals(provider.id());
    }

    private static void checkKeys(ConnectorProvider provider, Map<String, SettingSpec> specs, Set<String> keys, boolean secret) {
        for (String key : keys) {
            SettingSpec spec = specs.get(key);
            if (spec == null) {
                throw DirectoryException.invalid(ErrorCode.NO_SUCH_SETTING,
                        provider.displayName(), key, String.join(", ", new TreeSet<>(specs.keySet())));
            }
            if (spec.secret() != secret) {
                throw DirectoryException.invalid(secret ? ErrorCode.NOT_A_SECRET : ErrorCode.IS_A_SECRET, key);
            }
        }
    }
    // feature: editor

    /**
     * A change to a saved connection: plain settings to set, keys (plain or secret) to unset, secret sources to
     * set, and for each {@code prompt} source the secret typed for it (a char array: the caller clears it after).
     * A secret whose source stays {@code keychain} and was not retyped keeps the value stored.
     */
    public record Edit(Map<String, String> set, Set<String> unset, Map<String, SecretSource> secrets, Map<String, char[]> typed) {
        public Edit {
            set = Map.copyOf(set);
            unset = Set.copyOf(unset);
            secrets = Map.copyOf(secrets);
            typed = Map.copyOf(typed);
        }

        @Override
        public String toString() {
            // never the typed secrets
            return "Edit[set=" + set + ", unset=" + unset + ", secrets=" + secrets + ", typed=" + typed.keySet() + "]";
        }
    }

    /** Adds a connection with the secrets typed in a form ({@code typed}, per {@code prompt} source); see {@link #add}. */
    public Added add(String name, String type, Map<String, String> values, Map<String, SecretSource> secretSources,
                     Map<String, char[]> typed) {
        return add(name, type, values, secretSources, key -> typed.get(key) == null ? null : new String(typed.get(key)));
    }

    /** Changes a saved connection in one read-change-write of the file (see {@link Edit}); returns it with its warnings. */
    public Added edit(String name, Edit edit) {
        return changes().edit(name, edit);
    }

    /**
     * Renames a connection where it stands in the list; its keychain secrets move to the new name, and every
     * listener of {@link #onRenamed} hears of it. The one way to rename, so that no part keeps the old name.
     */
    public Added rename(String from, String to) {
        return changes().rename(from, to);
    }

    /** Hears each rename (old name, new name) after it is saved. Returns a handle that removes the listener. */
    public Runnable onRenamed(java.util.function.BiConsumer<String, String> listener) {
        renameListeners.add(listener);
        return () -> renameListeners.remove(listener);
    }

    /**
     * Copies a connection under a new name, right below it: settings as they are, secrets from the environment
     * as they are, keychain secrets copied when {@code copySecrets}, else left to be entered (a warning says so).
     */
    public Added duplicate(String from, String to, boolean copySecrets) {
        return changes().duplicate(from, to, copySecrets);
    }

    /** Moves a connection to {@code index} in the list (0: the top). */
    public int move(String name, int index) {
        return store.move(name, index);
    }

    /** Moves a connection one place up (negative) or down (positive); at an end it stays. Returns its index. */
    public int moveBy(String name, int delta) {
        return store.moveBy(name, delta);
    }

    private ConnectionChanges changes() {
        return new ConnectionChanges(home, store, secrets, registry, environment, renameListeners);
    }
}
