package dev.roster.connectors.tls;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The certificate a server presented, as the user is shown it before trusting it: its SHA-256 fingerprint
 * (over the DER encoding, as {@code openssl x509 -fingerprint -sha256} prints it), subject, issuer and
 * validity. Only the leaf: trusting it pins exactly that certificate.
 */
public record PresentedCertificate(X509Certificate certificate, String fingerprint, String subject, String issuer,
                                   Instant notBefore, Instant notAfter) {
    public static final String FINGERPRINT_PREFIX = "SHA256:";

    public static PresentedCertificate of(X509Certificate certificate) {
        return new PresentedCertificate(certificate, fingerprint(certificate), certificate.getSubjectX500Principal().getName(),
                certificate.getIssuerX500Principal().getName(), certificate.getNotBefore().toInstant(),
                certificate.getNotAfter().toInstant());
    }

    /** {@code SHA256:AB:CD:...}: 32 bytes in upper-case hex, colon-separated. */
    public static String fingerprint(X509Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return FINGERPRINT_PREFIX + HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("cannot fingerprint a certificate: " + e.getMessage(), e);
        }
    }

    /**
     * Whether {@code given} (as the user typed it: with or without {@code SHA256:}, colons or spaces, either
     * case) is this certificate's fingerprint. Anything shorter than the whole digest does not match.
     */
    public boolean matches(String given) {
        return given != null && normalize(given).equals(normalize(fingerprint));
    }

    static String normalize(String fingerprint) {
        String f = fingerprint.strip();
        if (f.regionMatches(true, 0, FINGERPRINT_PREFIX, 0, FINGERPRINT_PREFIX.length())) {
            f = f.substring(FINGERPRINT_PREFIX.length());
        }
        return f.replace(":", "").replace(" ", "").toUpperCase(Locale.ROOT);
    }

    /** The names the certificate carries (its DNS and IP subject alternative names). */
    public String names() {
        return NamingTrustManager.names(certificate);
    }

    /** The certificate as PEM, what a trust file holds. */
    public String pem() {
        try {
            return "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("cannot encode a certificate: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "PresentedCertificate[" + fingerprint + ", subject=" + subject + ", issuer=" + issuer + ", notAfter=" + notAfter + "]";
    }
}
