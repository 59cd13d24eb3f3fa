package dev.roster.connectors.tls;

import dev.roster.connectors.ConnectionSettings;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.SettingSpec;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Connections without encryption: a setting whose value is an {@code http://} URL, or an {@code ldap://} URL
 * without {@code start_tls=true}, to a host other than this machine. Such a connection is refused before
 * anything is sent unless it says {@code allow_insecure=true}; to this machine (a local fake, a tunnel's near
 * end) it is allowed. Decided from the settings' spelling alone, like {@link Loopback}: every provider's
 * endpoint settings (base_url, graph_url, authority, url) are URLs, so one rule covers them all.
 */
public final class Cleartext {
    public static final String ALLOW_INSECURE = "allow_insecure";
    /** The LDAP connector's older spelling of the same opt-in (a bind in clear); still honoured. */
    static final String ALLOW_PLAINTEXT_BIND = "allow_plaintext_bind";
    static final String START_TLS = "start_tls";

    public static final SettingSpec ALLOW_INSECURE_SPEC = SettingSpec.choice(ALLOW_INSECURE, "Allow an unencrypted connection",
            "false", List.of("true", "false"),
            "connect over http:// or ldap:// (no TLS) to another machine: anyone on the way can read the token or password; refused unless true").withExample("false");

    private Cleartext() {
    }

    /** The first setting (by key) that connects in clear to another machine, as {@code key -> url}. */
    public static Optional<Map.Entry<String, String>> remotePlainUrl(ConnectionSettings settings) {
        boolean startTls = settings.value(START_TLS).map(v -> Boolean.parseBoolean(v.strip())).orElse(false);
        for (Map.Entry<String, String> e : new TreeMap<>(settings.values()).entrySet()) {
            String value = e.getValue() == null ? "" : e.getValue().strip();
            String scheme = scheme(value);
            boolean plain = "http".equals(scheme) || ("ldap".equals(scheme) && !startTls);
            if (plain) {
                String host = host(value);
                if (host != null && !Loopback.is(host)) {
                    return Optional.of(Map.entry(e.getKey(), value));
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the connection said it may connect in clear ({@code allow_insecure=true}, or LDAP's older setting). */
    public static boolean allowed(ConnectionSettings settings) {
        return flag(settings, ALLOW_INSECURE) || flag(settings, ALLOW_PLAINTEXT_BIND);
    }

    /** Whether the connection goes in clear to another machine (allowed or not): what the sidebar marks. */
    public static boolean insecure(ConnectionSettings settings) {
        return remotePlainUrl(settings).isPresent();
    }

    /** Refuses (a validation error: nothing was sent) a connection in clear to another machine without the opt-in. */
    public static void check(ConnectionSettings settings) {
        if (allowed(settings)) {
            return;
        }
        remotePlainUrl(settings).ifPresent(plain -> {
            throw DirectoryException.invalid(ErrorCode.INSECURE_CONNECTION_REFUSED, settings.connectionName(), plain.getKey(),
                    plain.getValue(), ALLOW_INSECURE);
        });
    }

    private static boolean flag(ConnectionSettings settings, String key) {
        return settings.value(key).map(v -> Boolean.parseBoolean(v.strip())).orElse(false);
    }

    private static String scheme(String value) {
        int colon = value.indexOf("://");
        return colon <= 0 ? null : value.substring(0, colon).toLowerCase(Locale.ROOT);
    }

    private static String host(String value) {
        try {
            return new URI(value).getHost();
        } catch (URISyntaxException e) {
            return null; // not a URL: the provider's own parsing refuses it
        }
    }
}
