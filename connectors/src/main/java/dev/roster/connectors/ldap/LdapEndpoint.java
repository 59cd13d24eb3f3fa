package dev.roster.connectors.ldap;

import dev.roster.connectors.ConnectionSettings;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.tls.Loopback;
import dev.roster.connectors.tls.Tls;
import dev.roster.connectors.tls.TlsSettings;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where an LDAP connection goes and how it is protected: the URL, StartTLS, the TLS settings, and whether
 * the bind password may travel in clear. Parsed without the secrets, so a connection is checked when it
 * is added as well as when it is opened.
 */
record LdapEndpoint(String host, int port, boolean ldaps, boolean startTls, Tls tls, boolean plaintextAllowed) {

    static LdapEndpoint parse(ConnectionSettings settings) {
        String url = settings.require(LdapSettings.spec(LdapSettings.URL)).strip();
        URI uri = uri(url);
        boolean ldaps = "ldaps".equals(uri.getScheme().toLowerCase(Locale.ROOT));
        boolean startTls = Boolean.parseBoolean(settings.require(LdapSettings.spec(LdapSettings.START_TLS)));
        if (ldaps && startTls) {
            throw DirectoryException.invalid(ErrorCode.START_TLS_ON_LDAPS, url);
        }
        Tls tls = TlsSettings.parse(settings);
        boolean plaintextAllowed = dev.roster.connectors.tls.Cleartext.allowed(settings);
        LdapEndpoint endpoint = new LdapEndpoint(uri.getHost(), uri.getPort() > 0 ? uri.getPort() : (ldaps ? 636 : 389), ldaps,
                startTls, tls, plaintextAllowed);
        if (!endpoint.encrypted() && tls.serverName().isPresent()) {
            throw DirectoryException.invalid(ErrorCode.TLS_SERVER_NAME_WITHOUT_TLS, TlsSettings.TLS_SERVER_NAME, url);
        }
        // As directory servers that require signing do: no password in clear to another machine unless asked for.
        if (!endpoint.encrypted() && !plaintextAllowed && !Loopback.is(endpoint.host())) {
            throw DirectoryException.invalid(ErrorCode.PLAINTEXT_BIND, url, LdapSettings.ALLOW_PLAINTEXT_BIND);
        }
        return endpoint;
    }

    boolean encrypted() {
        return ldaps || startTls;
    }

    /** What the user should know before trusting this endpoint with the bind password. */
    List<String> warnings(String connectionName) {
        List<String> warnings = new ArrayList<>();
        if (!encrypted()) {
            String where = "ldap://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
            warnings.add(Loopback.is(host)
                    ? "connection '" + connectionName + "' sends its bind password in clear to " + where
                            + " (no TLS): any process on this machine that takes that port receives it; use ldaps:// or start_tls=true"
                    : "connection '" + connectionName + "' sends its bind password in clear over the network to " + where
                            + " (" + dev.roster.connectors.tls.Cleartext.ALLOW_INSECURE + "=true): anyone on the way can read it; use ldaps:// or start_tls=true");
        }
        return warnings;
    }

    private static URI uri(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("ldap") && !scheme.equals("ldaps") || uri.getHost() == null) {
                throw DirectoryException.invalid(ErrorCode.LDAP_URL_SHAPE, url);
            }
            String path = uri.getPath();
            if (path != null && !path.isEmpty() && !path.equals("/")) {
                throw DirectoryException.invalid(ErrorCode.LDAP_URL_HAS_PATH, url);
            }
            return uri;
        } catch (URISyntaxException e) {
            throw DirectoryException.invalid(ErrorCode.LDAP_URL_NOT_A_URL, url, e.getReason());
        }
    }
}
