package dev.roster.connectors.tls;

import dev.roster.connectors.ConnectionSettings;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.SettingSpec;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.SNIHostName;

/**
 * The TLS settings every connector that speaks TLS offers: {@code trusted_certificates} (a PEM file trusted
 * besides the JVM's CAs) and {@code tls_server_name} (the name the server's certificate must carry, for a
 * server reached through a tunnel or by another address).
 */
public final class TlsSettings {
    public static final String TRUSTED_CERTIFICATES = "trusted_certificates";
    public static final String TLS_SERVER_NAME = "tls_server_name";
    /**
     * The connection's own trust store (a PEM file of certificates the user trusted for it, kept in the Roster
     * home): set by the app when it opens a connection, never by the user (not among the declared settings).
     * A missing file is an empty store.
     */
    public static final String TRUST_STORE = "roster_trust_store";

    public static final SettingSpec TRUSTED_CERTIFICATES_SPEC = SettingSpec.text(TRUSTED_CERTIFICATES, "Trusted certificates", false,
            null, "a PEM file of CA certificates (or the server's own certificate) trusted besides the JVM's").withKind(SettingSpec.Kind.FILE).withExample("/etc/ssl/certs/corp-ca.pem");
    public static final SettingSpec TLS_SERVER_NAME_SPEC = SettingSpec.text(TLS_SERVER_NAME, "TLS server name", false, null,
            "the host name the server's certificate must carry when the URL names another (an SSH tunnel to 127.0.0.1)").withExample("scim.corp.example");
    public static final List<SettingSpec> SPECS = List.of(TRUSTED_CERTIFICATES_SPEC, TLS_SERVER_NAME_SPEC,
            Cleartext.ALLOW_INSECURE_SPEC);

    private TlsSettings() {
    }

    /**
     * Reads and checks the settings (the PEM files are read now); a problem is a validation error naming the
     * setting. A connection in clear to another machine without {@code allow_insecure=true} is refused here,
     * since every connector that speaks TLS parses its TLS settings before sending anything.
     */
    public static Tls parse(ConnectionSettings settings) {
        Cleartext.check(settings);
        List<X509Certificate> trusted = new java.util.ArrayList<>(settings.value(TRUSTED_CERTIFICATES)
                .map(v -> PemCertificates.read(TRUSTED_CERTIFICATES, v)).orElse(List.of()));
        settings.value(TRUST_STORE).map(v -> PemCertificates.readIfPresent(TRUST_STORE, v)).ifPresent(trusted::addAll);
        String serverName = settings.value(TLS_SERVER_NAME).map(String::strip).orElse(null);
        if (serverName != null) {
            try {
                serverName = new SNIHostName(serverName).getAsciiName();
            } catch (IllegalArgumentException e) {
                throw DirectoryException.invalid(ErrorCode.TLS_SERVER_NAME_INVALID, TLS_SERVER_NAME, serverName, e.getMessage());
            }
        }
        return trusted.isEmpty() && serverName == null ? Tls.defaults() : new Tls(trusted, serverName);
    }
}
