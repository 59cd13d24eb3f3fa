package dev.roster.connectors.http;

import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.ErrorKind;
import java.net.URI;
import java.util.Locale;

/**
 * The scheme, host and port of a connection's base URL (RFC 6454): the one place its transport sends
 * requests, and with them its credentials. A next link, a URL inside a cursor, anything a directory or a
 * user hands back is checked against it before it is sent.
 */
public record Origin(String scheme, String host, int port) {

    public static Origin of(URI uri) {
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!("https".equals(scheme) || "http".equals(scheme)) || uri.getHost() == null) {
            throw new IllegalArgumentException("an origin needs an absolute http(s) URL with a host, not " + uri);
        }
        int port = uri.getPort() >= 0 ? uri.getPort() : "https".equals(scheme) ? 443 : 80;
        return new Origin(scheme, uri.getHost().toLowerCase(Locale.ROOT), port);
    }

    public boolean contains(URI uri) {
        if (uri == null || uri.getScheme() == null || uri.getHost() == null) {
            return false;
        }
        try {
            return equals(of(uri));
        } catch (IllegalArgumentException notHttp) {
            return false;
        }
    }

    /**
     * The URI, if it is on this origin; else a protocol error (nothing is sent): a directory's next link to
     * another host, or a URL someone put there, would otherwise receive the connection's token.
     */
    public URI require(URI uri, String what) {
        if (!contains(uri)) {
            throw DirectoryException.coded(ErrorKind.PROTOCOL, ErrorCode.OFF_ORIGIN, what, describe(uri), this);
        }
        return uri;
    }

    private static String describe(URI uri) {
        if (uri == null) {
            return "(none)";
        }
        // the user info, path and query may carry anything, a secret too; the host is what the reader needs
        return uri.getHost() == null ? "(a URL without a host)"
                : uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }

    @Override
    public String toString() {
        return scheme + "://" + host + (port == ("https".equals(scheme) ? 443 : 80) ? "" : ":" + port);
    }
}
