package dev.roster.connectors.tls;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import javax.net.ssl.ExtendedSSLSession;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The JDK's trust manager (chain and endpoint identification both), with failures that say what the
 * certificate names and which setting fixes it. Chain first, then name, so the two causes read apart.
 */
final class NamingTrustManager extends X509ExtendedTrustManager {
    private final X509ExtendedTrustManager jdk;
    /** The connection whose trust this is (named in refusals: its trust store is the one to add to), or null. */
    private final String connection;

    NamingTrustManager(X509ExtendedTrustManager jdk) {
        this(jdk, null);
    }

    NamingTrustManager(X509ExtendedTrustManager jdk, String connection) {
        this.jdk = jdk;
        this.connection = connection;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        checkChain(chain, authType);
        try {
            jdk.checkServerTrusted(chain, authType, socket);
        } catch (CertificateException e) {
            throw misnamed(chain, socket instanceof SSLSocket s ? s.getHandshakeSession() : null, e, connection);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        checkChain(chain, authType);
        try {
            jdk.checkServerTrusted(chain, authType, engine);
        } catch (CertificateException e) {
            throw misnamed(chain, engine == null ? null : engine.getHandshakeSession(), e, connection);
        }
    }

    /** Without a socket or engine there is no name to check: the JDK's own behaviour, kept. */
    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        checkChain(chain, authType);
    }

    private void checkChain(X509Certificate[] chain, String authType) throws CertificateException {
        try {
            jdk.checkServerTrusted(chain, authType);
        } catch (CertificateException e) {
            X509Certificate leaf = chain[0];
            PresentedCertificate presented = PresentedCertificate.of(leaf);
            throw new CertificateRefusal(CertificateRefusal.Reason.UNTRUSTED, presented, connection, null,
                    "the server's certificate (" + leaf.getSubjectX500Principal().getName()
                    + ", issued by " + leaf.getIssuerX500Principal().getName() + ", " + presented.fingerprint()
                    + ") is not trusted: " + e.getMessage()
                    + "; to trust it, name a PEM file of its CA (or of the certificate itself) in the setting "
                    + TlsSettings.TRUSTED_CERTIFICATES + " or trust this certificate for the connection", e);
        }
    }

    private static CertificateException misnamed(X509Certificate[] chain, SSLSession session, CertificateException e,
                                                 String connection) {
        String expected = session == null ? "the server's name" : expected(session);
        return new CertificateRefusal(CertificateRefusal.Reason.NAME_MISMATCH, PresentedCertificate.of(chain[0]), connection,
                expected, "the server's certificate names " + names(chain[0]) + ", not " + expected + " ("
                + e.getMessage() + "); a name must be among its DNS names and an address among its IP addresses; for a server "
                + "reached through a tunnel or by another address, set " + TlsSettings.TLS_SERVER_NAME
                + " to the name its certificate carries", e);
    }

    private static String expected(SSLSession session) {
        List<String> names = new ArrayList<>();
        if (session instanceof ExtendedSSLSession extended) {
            extended.getRequestedServerNames().stream().filter(n -> n instanceof SNIHostName)
                    .map(n -> ((SNIHostName) n).getAsciiName()).forEach(names::add);
        }
        String peer = session.getPeerHost();
        if (peer != null && names.stream().noneMatch(peer::equalsIgnoreCase)) {
            names.add(peer);
        }
        return String.join(" or ", names);
    }

    /** {@code DNS:a.example, IP:10.0.0.1} from the subject alternative names, else the subject. */
    static String names(X509Certificate certificate) {
        try {
            Collection<List<?>> sans = certificate.getSubjectAlternativeNames();
            if (sans != null && !sans.isEmpty()) {
                return sans.stream().filter(san -> san.size() == 2 && san.get(1) instanceof String)
                        .map(san -> ((Integer) san.get(0) == 7 ? "IP:" : (Integer) san.get(0) == 2 ? "DNS:" : "other:") + san.get(1))
                        .collect(Collectors.joining(", "));
            }
        } catch (CertificateParsingException e) {
            // fall back to the subject
        }
        return "only the subject " + certificate.getSubjectX500Principal().getName() + " (no subject alternative names)";
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        jdk.checkClientTrusted(chain, authType, socket);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        jdk.checkClientTrusted(chain, authType, engine);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        jdk.checkClientTrusted(chain, authType);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return jdk.getAcceptedIssuers();
    }
}
