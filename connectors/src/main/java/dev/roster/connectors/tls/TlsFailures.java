package dev.roster.connectors.tls;

import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.ErrorKind;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * A failed handshake in Roster's terms. LDAP and HTTP wrap the trust manager's {@link CertificateRefusal} in
 * their own exceptions (the SDK in two or three layers); this finds it and says plainly which of the two it
 * was: an untrusted certificate (with its fingerprint, subject, issuer and expiry, so the user can decide to
 * trust it) or a trusted one for another name. The refusal stays the error's cause, so whoever handles the
 * error can get the certificate ({@link #untrusted}).
 */
public final class TlsFailures {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private TlsFailures() {
    }

    /**
     * The typed error for a handshake that failed on the certificate, or empty for any other failure.
     * {@code what} is what was being done ("bind as ... to ldaps://host:636", "GET https://host/x");
     * {@code connection} the connection's name (the trust command to suggest).
     */
    public static Optional<DirectoryException> classify(String what, String connection, Throwable failure) {
        return refusal(failure).map(r -> {
            PresentedCertificate c = r.certificate();
            return switch (r.reason()) {
                case UNTRUSTED -> DirectoryException.caused(ErrorKind.TRANSPORT, r, ErrorCode.TLS_CERTIFICATE_UNTRUSTED, what,
                        c.fingerprint(), c.subject(), c.issuer(), DAY.format(c.notAfter()), connection == null ? "NAME" : connection);
                case NAME_MISMATCH -> DirectoryException.caused(ErrorKind.TRANSPORT, r, ErrorCode.TLS_CERTIFICATE_NAME_MISMATCH,
                        what, c.names(), r.expectedName(), c.fingerprint());
            };
        });
    }

    /** The certificate refusal inside {@code error} (any depth), if that is why it failed. */
    public static Optional<CertificateRefusal> refusal(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CertificateRefusal r && r.certificate() != null) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** The certificate to offer for trust: present when {@code error} is an untrusted-certificate failure. */
    public static Optional<PresentedCertificate> untrusted(Throwable error) {
        return refusal(error).filter(r -> r.reason() == CertificateRefusal.Reason.UNTRUSTED).map(CertificateRefusal::certificate);
    }

    /** How an expiry is shown in the error's sentence. */
    public static String expiry(PresentedCertificate certificate) {
        return DAY.format(certificate.notAfter());
    }
}
