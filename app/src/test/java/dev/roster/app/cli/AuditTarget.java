package dev.roster.app.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One connection type as the redaction audit drives it: the settings of a working connection and its planted
 * secret, a wrong secret for the provider's own refusal, and (for HTTP connectors) the settings that point
 * the same secret at the {@code ReflectingFake}. Every value in {@link #planted} is searched for afterwards.
 *
 * @param name            the connection's name in the audit's home
 * @param type            the connector id
 * @param settings        plain settings of the working connection
 * @param secretKey       the secret setting ({@code null} when the secret is not a setting: a key file, the Sandbox)
 * @param secret          its planted value
 * @param keychain        the secret is given as {@code prompt} (kept in the keychain) rather than {@code env:VAR}
 * @param wrong           settings and secret of a connection the provider refuses (null: none), secret under {@link #secretKey}
 * @param reflected       settings pointing at the reflecting fake, without the URL keys' values known yet (null: not HTTP)
 * @param missingGroupId  an id of the provider's shape that no group has
 * @param planted         label to value: everything to search for
 */
record AuditTarget(String name, String type, Map<String, String> settings, String secretKey, String secret, boolean keychain,
                   Wrong wrong, Reflected reflected, String missingGroupId, Map<String, String> planted) {

    /** A connection with a wrong secret: its extra settings (merged over the working ones) and the secret. */
    record Wrong(Map<String, String> settings, String secret) {
    }

    /**
     * The same type against the reflecting fake: {@code urlKeys} get its base URL (with {@code paths} appended
     * per key), {@code settings} are merged over the working ones, the secret goes under {@code secretKey}.
     */
    record Reflected(Map<String, String> urlKeys, String trustKey, Map<String, String> settings, String secretKey, String secret) {
    }

    @Override
    public String toString() {
        return name;
    }

    static Map<String, String> map(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }
}
