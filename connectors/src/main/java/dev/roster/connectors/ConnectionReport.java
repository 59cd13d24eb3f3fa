package dev.roster.connectors;

import java.util.List;
import java.util.Map;

/**
 * What "test connection" found, one {@link Check} per aspect in the order they were tried: reachable (with the
 * latency), TLS (certificate subject, issuer, expiry), authenticated (as whom), permissions (what the account may
 * do, where the provider can tell) and the rate-limit state. An aspect the provider cannot tell is
 * {@link Outcome#NOT_CHECKED} with the reason in its summary, never a guess.
 */
public record ConnectionReport(String connection, String type, List<Check> checks) {

    public enum Outcome { OK, WARNING, FAILED, NOT_CHECKED }

    /** Aspect names, as the CLI's JSON and the console's report show them. */
    public static final String REACHABLE = "reachable";
    public static final String TLS = "tls";
    public static final String AUTHENTICATED = "authenticated";
    public static final String PERMISSIONS = "permissions";
    public static final String RATE_LIMIT = "rate_limit";

    /** One aspect: {@code details} are name/value facts (latency_ms, subject, expires ...), never a secret. */
    public record Check(String aspect, Outcome outcome, String summary, Map<String, String> details) {
        public Check {
            details = details == null ? Map.of() : Map.copyOf(details);
        }
    }

    public ConnectionReport {
        checks = List.copyOf(checks);
    }

    /** Whether the connection works: no aspect failed. */
    public boolean ok() {
        return checks.stream().noneMatch(c -> c.outcome() == Outcome.FAILED);
    }
}
