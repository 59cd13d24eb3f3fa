package dev.roster.connectors.tls;

import java.security.cert.CertificateException;

/**
 * Why a server's certificate was refused, kept typed through the TLS stack (it is the cause of the
 * handshake's failure): not trusted (no CA of the JVM, of {@code trusted_certificates} or of the connection's
 * trust store signed it), or trusted but issued for another name. The two read apart: trusting a certificate
 * never waives the name check.
 */
public final class CertificateRefusal extends CertificateException {
    public enum Reason { UNTRUSTED, NAME_MISMATCH }

    private final Reason reason;
    private final transient PresentedCertificate certificate;
    private final String connection;
    private final String expectedName;

    CertificateRefusal(Reason reason, PresentedCertificate certificate, String connection, String expectedName,
                       String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.certificate = certificate;
        this.connection = connection;
        this.expectedName = expectedName;
    }

    public Reason reason() {
        return reason;
    }

    public PresentedCertificate certificate() {
        return certificate;
    }

    /** The connection whose handshake this was (its trust store is the one to add to), or null. */
    public String connection() {
        return connection;
    }

    /** The name (or address) the certificate had to carry; for {@link Reason#NAME_MISMATCH}. */
    public String expectedName() {
        return expectedName;
    }
}
