package dev.roster.connectors.tls;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;

// feature: connection-check
/**
 * The server certificate a TLS connection was made with, as "test connection" reports it: subject, issuer,
 * validity, SHA-256 fingerprint (of the DER encoding, colon-separated upper-case hex as browsers and keytool
 * show it) and the protocol negotiated. Read from the session after the handshake, so it is the certificate
 * the trust manager accepted; nothing here trusts or refuses anything.
 */
public record PeerCertificate(String subject, String issuer, Instant notBefore, Instant notAfter, String sha256,
                              String names, String protocol) {

    /** The leaf certificate of a finished handshake; empty for a session without an X.509 peer. */
    public static Optional<PeerCertificate> of(SSLSession session) {
        if (session == null) {
            return Optional.empty();
        }
        try {
            Certificate[] chain = session.getPeerCertificates();
            if (chain.length == 0 || !(chain[0] instanceof X509Certificate leaf)) {
                return Optional.empty();
            }
            return Optional.of(of(leaf, session.getProtocol()));
        } catch (SSLPeerUnverifiedException e) {
            return Optional.empty();
        }
    }

    public static PeerCertificate of(X509Certificate leaf, String protocol) {
        return new PeerCertificate(leaf.getSubjectX500Principal().getName(), leaf.getIssuerX500Principal().getName(),
                leaf.getNotBefore().toInstant(), leaf.getNotAfter().toInstant(), fingerprint(leaf),
                NamingTrustManager.names(leaf), protocol);
    }

    /** {@code AB:CD:...}: SHA-256 of the certificate's DER encoding. */
    public static String fingerprint(X509Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return HexFormat.ofDelimiter(":").formatHex(digest).toUpperCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("cannot fingerprint a certificate: " + e.getMessage(), e);
        }
    }
}
