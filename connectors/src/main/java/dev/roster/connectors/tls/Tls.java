package dev.roster.connectors.tls;

import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.ErrorKind;
import java.net.http.HttpClient;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * One connection's TLS: the JVM's CAs plus its {@code trusted_certificates}, and the server's name checked
 * against the certificate by the JDK's endpoint identification, at every address, loopback included
 * (UnboundID's own verifier skips loopback addresses). With {@code tls_server_name} the name checked is
 * that one, sent as SNI: the JDK checks the certificate against the SNI name first and only then against
 * the address connected to.
 */
public final class Tls {
    /** Shared: its context (the JVM's CAs, read once) serves every connection without TLS settings. */
    private static final Tls DEFAULTS = new Tls(List.of(), null);
    private final List<X509Certificate> trusted;
    private final String serverName;
    private SSLContext context;

    Tls(List<X509Certificate> trusted, String serverName) {
        this.trusted = List.copyOf(trusted);
        this.serverName = serverName;
    }

    /** The JVM's CAs only, names checked. */
    public static Tls defaults() {
        return DEFAULTS;
    }

    public Optional<String> serverName() {
        return Optional.ofNullable(serverName);
    }

    public boolean trustsExtraCertificates() {
        return !trusted.isEmpty();
    }

    /** A client context whose trust manager checks the chain and, given parameters from {@link #parameters}, the name. */
    public synchronized SSLContext context() throws GeneralSecurityException {
        if (context == null) {
            SSLContext c = SSLContext.getInstance("TLS");
            c.init(null, new TrustManager[] {new NamingTrustManager(trustManager())}, null);
            context = c;
        }
        return context;
    }

    /**
     * {@code base} with endpoint identification on ({@code "LDAPS"} or {@code "HTTPS"}, RFC 2830 / RFC 2818
     * rules: DNS names against DNS SANs, IP addresses against IP SANs only) and the server name as SNI.
     */
    public SSLParameters parameters(SSLParameters base, String endpointIdentification) {
        base.setEndpointIdentificationAlgorithm(endpointIdentification);
        if (serverName != null) {
            base.setServerNames(List.of(new SNIHostName(serverName)));
        }
        return base;
    }

    /** Sockets of {@link #context()} with {@link #parameters} applied to each before its handshake. */
    public SSLSocketFactory socketFactory(String endpointIdentification) throws GeneralSecurityException {
        return new CheckedSocketFactory(context().getSocketFactory(), socket -> socket.setSSLParameters(
                parameters(socket.getSSLParameters(), endpointIdentification)));
    }

    /**
     * An HTTP client with this trust and SNI. The JDK client always checks the name ("HTTPS" identification)
     * and sends the URL's host as SNI when it is a name; for an IP address URL (a tunnel at 127.0.0.1) it
     * sends the configured SNI instead, so {@code tls_server_name} applies to URLs that name an address.
     */
    public HttpClient.Builder configure(HttpClient.Builder builder) {
        try {
            SSLContext c = context();
            return builder.sslContext(c).sslParameters(parameters(c.getDefaultSSLParameters(), "HTTPS"));
        } catch (GeneralSecurityException e) {
            throw DirectoryException.caused(ErrorKind.TRANSPORT, e, ErrorCode.TLS_SETUP_FAILED, e.getMessage());
        }
    }

    private X509ExtendedTrustManager trustManager() throws GeneralSecurityException {
        TrustManagerFactory jvm = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        jvm.init((KeyStore) null);
        X509ExtendedTrustManager jvmManager = extended(jvm);
        if (trusted.isEmpty()) {
            return jvmManager;
        }
        // One store holding the JVM's CAs and the extra ones: an SSLContext uses a single trust manager.
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        try {
            store.load(null, null);
        } catch (java.io.IOException e) {
            throw new GeneralSecurityException("an empty key store: " + e.getMessage(), e);
        }
        int i = 0;
        for (X509Certificate ca : jvmManager.getAcceptedIssuers()) {
            store.setCertificateEntry("jvm-" + i++, ca);
        }
        i = 0;
        for (X509Certificate extra : trusted) {
            store.setCertificateEntry("trusted-" + i++, extra);
        }
        TrustManagerFactory combined = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        combined.init(store);
        return extended(combined);
    }

    private static X509ExtendedTrustManager extended(TrustManagerFactory factory) throws GeneralSecurityException {
        for (TrustManager m : factory.getTrustManagers()) {
            if (m instanceof X509ExtendedTrustManager x) {
                return x;
            }
        }
        throw new GeneralSecurityException("the JVM has no X.509 trust manager");
    }
}
