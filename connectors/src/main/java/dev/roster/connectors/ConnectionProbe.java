package dev.roster.connectors;

import dev.roster.connectors.ConnectionReport.Check;
import dev.roster.connectors.tls.PeerCertificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

// feature: connection-check
/**
 * Builds a connector's "test connection" checks in the order they are tried. The first call decides
 * reachability (timed) and, when it fails after the directory answered, authentication; later checks run only
 * if the directory was reached, and each one's typed error becomes a FAILED check, never an exception.
 */
public final class ConnectionProbe {
    /** A certificate that expires sooner than this is a WARNING: time to renew it before it breaks. */
    static final Duration EXPIRES_SOON = Duration.ofDays(30);

    private final List<Check> checks = new ArrayList<>();
    private final Clock clock;
    private boolean reached;
    private boolean failed;

    public ConnectionProbe() {
        this(Clock.systemUTC());
    }

    public ConnectionProbe(Clock clock) {
        this.clock = clock;
    }

    /**
     * The first call, timed: its answer means the directory is reachable. A failure without an answer (the
     * wire, TLS, a timeout) fails {@code reachable}; a refusal (a wrong password, a missing permission) means
     * the directory answered, so {@code reachable} is OK and {@code authenticated} fails.
     */
    public <T> Optional<T> reach(String what, Supplier<T> call) {
        long started = System.nanoTime();
        try {
            T result = call.get();
            reached = true;
            checks.add(latency(what, millis(started)));
            return Optional.of(result);
        } catch (DirectoryException e) {
            failed = true;
            if (answered(e)) {
                reached = true;
                checks.add(latency(what, millis(started)));
                checks.add(Check.failed(ConnectionReport.AUTHENTICATED, e));
            } else {
                checks.add(Check.failed(ConnectionReport.REACHABLE, e));
            }
            return Optional.empty();
        }
    }

    private static Check latency(String what, long millis) {
        return Check.ok(ConnectionReport.REACHABLE, what + " answered in " + millis + " ms", Map.of("latency_ms", Long.toString(millis)));
    }

    /** Whether the first call got an answer; false before {@link #reach}. */
    public boolean reached() {
        return reached;
    }

    /** Whether the first call succeeded: the later checks make sense only then. */
    public boolean authenticated() {
        return reached && !failed;
    }

    /** The TLS certificate the connection was made with; {@code plainWhy} when it uses no TLS (a WARNING). */
    public void tls(Optional<PeerCertificate> certificate, String plainWhy) {
        if (!reached) {
            checks.add(Check.notChecked(ConnectionReport.TLS, "not reached"));
            return;
        }
        checks.add(certificate.map(this::tlsCheck).orElseGet(() -> Check.warning(ConnectionReport.TLS, plainWhy, Map.of())));
    }

    Check tlsCheck(PeerCertificate c) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("subject", c.subject());
        details.put("issuer", c.issuer());
        details.put("names", c.names());
        details.put("not_before", c.notBefore().toString());
        details.put("not_after", c.notAfter().toString());
        details.put("sha256_fingerprint", c.sha256());
        details.put("protocol", c.protocol());
        Instant now = clock.instant();
        if (c.notAfter().isBefore(now)) {
            return new Check(ConnectionReport.TLS, ConnectionReport.Outcome.FAILED, "the certificate of " + c.subject()
                    + " expired on " + c.notAfter(), details);
        }
        long days = Duration.between(now, c.notAfter()).toDays();
        String summary = "verified: " + c.subject() + ", issued by " + c.issuer() + ", valid until " + c.notAfter()
                + " (" + days + " days)";
        return c.notAfter().isBefore(now.plus(EXPIRES_SOON))
                ? Check.warning(ConnectionReport.TLS, summary + ": renew it soon", details)
                : Check.ok(ConnectionReport.TLS, summary, details);
    }

    /** Who the directory says the account is (the first call succeeded). */
    public void authenticatedAs(String summary, Map<String, String> details) {
        if (authenticated()) {
            checks.add(Check.ok(ConnectionReport.AUTHENTICATED, summary, details));
        }
    }

    /**
     * A further check, made only when the first call succeeded ("not checked: the first call failed" else);
     * its typed error is the FAILED check of {@code aspect}.
     */
    public void check(String aspect, Supplier<Check> call) {
        if (!authenticated()) {
            checks.add(Check.notChecked(aspect, reached ? "not checked: the account was not accepted" : "not reached"));
            return;
        }
        try {
            checks.add(call.get());
        } catch (DirectoryException e) {
            checks.add(Check.failed(aspect, e));
        }
    }

    public void add(Check check) {
        checks.add(check);
    }

    public void notChecked(String aspect, String why) {
        checks.add(Check.notChecked(aspect, why));
    }

    public List<Check> checks() {
        return List.copyOf(checks);
    }

    /** The directory itself said no: it was reached. Transport, protocol and local failures got no answer. */
    private static boolean answered(DirectoryException e) {
        return e.kind().remote() || e.kind() == ErrorKind.VALIDATION && e.providerStatus().isPresent();
    }

    private static long millis(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
