package dev.roster.connectors.http;

import dev.roster.connectors.ConnectionSettings;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.SettingSpec;
import java.time.Duration;
import java.util.List;

/**
 * The HTTP knobs of a connection. Connectors add {@link #SPECS} to their own settings so that every HTTP
 * connection can be told to wait longer for a slow tenant.
 */
public record HttpSettings(Duration connectTimeout, Duration requestTimeout, RetryPolicy retry) {
    public static final SettingSpec CONNECT_TIMEOUT = SettingSpec.text("connect_timeout_seconds",
            "Connect timeout (seconds)", false, "10", "How long to wait for the server to accept a connection.").withKind(SettingSpec.Kind.NUMBER).withExample("10");
    public static final SettingSpec REQUEST_TIMEOUT = SettingSpec.text("request_timeout_seconds",
            "Request timeout (seconds)", false, "30",
            "How long to wait for an answer. A create that times out is reported as of unknown outcome.").withKind(SettingSpec.Kind.NUMBER).withExample("30");
    public static final List<SettingSpec> SPECS = List.of(CONNECT_TIMEOUT, REQUEST_TIMEOUT);

    public HttpSettings {
        if (connectTimeout.isNegative() || connectTimeout.isZero() || requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
    }

    public static HttpSettings defaults() {
        return new HttpSettings(Duration.ofSeconds(10), Duration.ofSeconds(30), RetryPolicy.DEFAULT);
    }

    public static HttpSettings from(ConnectionSettings settings) {
        return new HttpSettings(seconds(settings, CONNECT_TIMEOUT), seconds(settings, REQUEST_TIMEOUT), RetryPolicy.DEFAULT);
    }

    public HttpSettings withRequestTimeout(Duration timeout) {
        return new HttpSettings(connectTimeout, timeout, retry);
    }

    public HttpSettings withRetry(RetryPolicy policy) {
        return new HttpSettings(connectTimeout, requestTimeout, policy);
    }

    private static Duration seconds(ConnectionSettings settings, SettingSpec spec) {
        String value = settings.valueOrDefault(spec).strip();
        try {
            long s = Long.parseLong(value);
            if (s > 0 && s <= 3600) {
                return Duration.ofSeconds(s);
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw DirectoryException.invalid(ErrorCode.SETTING_NOT_SECONDS, spec.key(), settings.connectionName(), value);
    }
}
