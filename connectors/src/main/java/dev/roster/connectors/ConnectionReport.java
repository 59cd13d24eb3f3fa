package dev.roster.connectors;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
    // feature: connection-check
    /** One cheap read per operation family: may the account list groups, and users? */
    public static final String GROUPS = "groups";
    public static final String USERS = "users";
    /** Detail keys of a FAILED check: the error's kind (an {@link ErrorKind} name), its code, the provider's status. */
    public static final String ERROR_KIND = "error_kind";
    public static final String ERROR_CODE = "error_code";
    public static final String PROVIDER_STATUS = "provider_status";

    /** One aspect: {@code details} are name/value facts (latency_ms, subject, expires ...), never a secret. */
    public record Check(String aspect, Outcome outcome, String summary, Map<String, String> details) {
        public Check {
            // insertion order kept: the facts read in the order the connector gives them
            Map<String, String> kept = new LinkedHashMap<>();
            if (details != null) {
                details.forEach((k, v) -> {
                    if (k != null && v != null) {
                        kept.put(k, v);
                    }
                });
            }
            details = java.util.Collections.unmodifiableMap(kept);
        }

        public static Check ok(String aspect, String summary, Map<String, String> details) {
            return new Check(aspect, Outcome.OK, summary, details);
        }

        public static Check warning(String aspect, String summary, Map<String, String> details) {
            return new Check(aspect, Outcome.WARNING, summary, details);
        }

        public static Check notChecked(String aspect, String why) {
            return new Check(aspect, Outcome.NOT_CHECKED, why, Map.of());
        }

        /** The call's typed error as the check: its message (scrubbed at the source) and kind, code and status. */
        public static Check failed(String aspect, DirectoryException error) {
            Map<String, String> details = new LinkedHashMap<>();
            details.put(ERROR_KIND, error.kind().name());
            error.code().ifPresent(c -> details.put(ERROR_CODE, c.name()));
            error.providerStatus().ifPresent(s -> details.put(PROVIDER_STATUS, String.valueOf(s)));
            return new Check(aspect, Outcome.FAILED, error.getMessage(), details);
        }

        /** The kind of error a FAILED check came from, if it came from one. */
        public Optional<ErrorKind> errorKind() {
            String kind = details.get(ERROR_KIND);
            try {
                return kind == null ? Optional.empty() : Optional.of(ErrorKind.valueOf(kind));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    }

    public ConnectionReport {
        checks = List.copyOf(checks);
    }

    /** Whether the connection works: no aspect failed. */
    public boolean ok() {
        return checks.stream().noneMatch(c -> c.outcome() == Outcome.FAILED);
    }

    /** The first check that failed, the one the user should fix first. */
    public Optional<Check> firstFailure() {
        return checks.stream().filter(c -> c.outcome() == Outcome.FAILED).findFirst();
    }

    /** The check of {@code aspect}, if the report has one. */
    public Optional<Check> check(String aspect) {
        return checks.stream().filter(c -> c.aspect().equals(aspect)).findFirst();
    }
}
