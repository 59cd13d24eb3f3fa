package dev.roster.connectors.ldap;

import com.unboundid.ldap.sdk.ExtendedResult;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPConnectionOptions;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SimpleBindRequest;
import com.unboundid.ldap.sdk.extensions.StartTLSExtendedRequest;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.ErrorKind;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.net.SocketFactory;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSocketFactory;

/**
 * Opens bound connections (TLS, StartTLS, timeouts, simple bind, each traced) and keeps a few idle ones.
 * Single operations borrow a connection for their duration; a paged walk keeps its own for the whole walk
 * because a paged-results cookie is only good on the connection that made it (see {@link PagedWalk}).
 */
final class LdapConnections implements AutoCloseable {
    private static final int MAX_IDLE = 4;
    private static final long WRITE_MAX_IDLE_MILLIS = 30_000;
    /** Codes after which a connection is no longer usable: dropped, timed out mid-operation, never connected. */
    private static final Set<Integer> LOST = Set.of(ResultCode.SERVER_DOWN_INT_VALUE, ResultCode.TIMEOUT_INT_VALUE,
            ResultCode.CONNECT_ERROR_INT_VALUE, ResultCode.DECODING_ERROR_INT_VALUE);

    private final LdapConfig config;
    private final LdapCalls calls;
    private final Deque<LDAPConnection> idle = new ArrayDeque<>();
    private SSLSocketFactory tlsSockets;
    private boolean closed;

    LdapConnections(LdapConfig config, LdapCalls calls) {
        this.config = config;
        this.calls = calls;
    }

    /**
     * Runs {@code work} on a pooled connection. A read that fails because a reused idle connection had been
     * dropped meanwhile (servers and firewalls close idle connections) is tried once more on a fresh
     * connection. A write never is, since it may have been applied; so a write only reuses a connection that
     * was talking to the server moments ago, rather than risk an unknown outcome on a silently dead one.
     */
    <T> T run(boolean idempotent, Function<LDAPConnection, T> work) {
        LDAPConnection idleOne = takeIdle(idempotent ? Long.MAX_VALUE : WRITE_MAX_IDLE_MILLIS);
        if (idleOne == null) {
            return runOn(open(), work);
        }
        try {
            return runOn(idleOne, work);
        } catch (DirectoryException e) {
            if (idempotent && droppedMeanwhile(e)) {
                return runOn(open(), work);
            }
            throw e;
        }
    }

    /** Runs on this connection; it goes back to the pool afterwards unless it was lost. */
    private <T> T runOn(LDAPConnection connection, Function<LDAPConnection, T> work) {
        try {
            T result = work.apply(connection);
            release(connection);
            return result;
        } catch (DirectoryException e) {
            if (lost(e)) {
                connection.close();
            } else {
                release(connection);
            }
            throw e;
        } catch (RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** A connection for the caller alone (a paged walk); give it back with {@link #release} or close it. */
    LDAPConnection dedicated() {
        LDAPConnection connection = takeIdle(Long.MAX_VALUE);
        return connection != null ? connection : open();
    }

    void release(LDAPConnection connection) {
        synchronized (idle) {
            if (!closed && connection.isConnected() && idle.size() < MAX_IDLE) {
                idle.push(connection);
                return;
            }
        }
        connection.close();
    }

    /**
     * The idle connection had been closed by the server or a firewall: worth one more try on a new one. Not a
     * timeout: a server that does not answer one connection (stopped, hung) will not answer the next, and a
     * second try would double the wait.
     */
    static boolean droppedMeanwhile(DirectoryException e) {
        return lost(e) && e.providerStatus().orElse(-1) != ResultCode.TIMEOUT_INT_VALUE;
    }

    static boolean lost(DirectoryException e) {
        return e.providerStatus().map(LOST::contains).orElse(e.kind() == ErrorKind.TRANSPORT);
    }

    /** A new connection, connected, secured and bound; each step is traced. */
    LDAPConnection open() {
        LDAPConnectionOptions options = new LDAPConnectionOptions();
        options.setConnectTimeoutMillis((int) config.connectTimeout().toMillis());
        options.setResponseTimeoutMillis(config.responseTimeout().toMillis());
        options.setAbandonOnTimeout(true);
        options.setUseSchema(false);
        // No SSLSocketVerifier: UnboundID's host-name verifier accepts any certificate at a loopback address.
        // The JDK's endpoint identification, set on every socket by Tls, checks the name at every address.
        LDAPConnection connection = new LDAPConnection(socketFactory(), options);
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        try {
            connection.connect(config.host(), config.port());
        } catch (LDAPException e) {
            connection.close();
            calls.recordFailedConnect(started, t0, e);
            throw tlsRefused("connect to " + config.serverUrl(), e)
                    .orElseGet(() -> LdapErrors.failure("connect to " + config.serverUrl(), e, ErrorKind.TRANSPORT, calls.scrub(), config));
        }
        if (config.startTls()) {
            startTls(connection);
        }
        bind(connection);
        return connection;
    }

    private void startTls(LDAPConnection connection) {
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        try {
            ExtendedResult result = connection.processExtendedOperation(new StartTLSExtendedRequest(tlsSockets()));
            if (result.getResultCode() != ResultCode.SUCCESS) {
                throw new LDAPException(result);
            }
            calls.recordStartTls(connection, started, t0, null);
        } catch (LDAPException e) {
            connection.close();
            calls.recordStartTls(connection, started, t0, e);
            throw tlsRefused("StartTLS with " + config.serverUrl(), e)
                    .orElseGet(() -> LdapErrors.failure("StartTLS with " + config.serverUrl(), e, ErrorKind.TRANSPORT, calls.scrub(), config));
        } catch (GeneralSecurityException e) {
            connection.close();
            throw DirectoryException.caused(ErrorKind.TRANSPORT, e, ErrorCode.START_TLS_FAILED,
                    config.serverUrl(), e.getMessage());
        }
    }

    /**
     * A refused TLS handshake, told plainly: the SDK wraps it in two or three layers of its own wording, and
     * the reason (untrusted, or a certificate for another name, with the setting that fixes it) is inside.
     */
    private Optional<DirectoryException> tlsRefused(String what, LDAPException e) {
        Optional<DirectoryException> certificate = dev.roster.connectors.tls.TlsFailures.classify(what, config.connectionName(), e);
        if (certificate.isPresent()) {
            return certificate; // feature: tls-trust
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SSLHandshakeException handshake) {
                return Optional.of(DirectoryException.caused(ErrorKind.TRANSPORT, e, ErrorCode.TLS_REFUSED_BEFORE_BIND,
                        what, handshake.getMessage()));
            }
        }
        return Optional.empty();
    }

    private void bind(LDAPConnection connection) {
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        try {
            connection.bind(new SimpleBindRequest(config.bindDn(), config.bindPassword()));
            calls.recordBind(connection, started, t0, null);
        } catch (LDAPException e) {
            connection.close();
            calls.recordBind(connection, started, t0, e);
            throw LdapErrors.failure("bind as " + config.bindDn() + " to " + config.serverUrl(), e,
                    LdapErrors.kind(e.getResultCode(), false), calls.scrub(), config);
        }
    }

    /** A pooled connection still connected and used within {@code maxIdleMillis}; older ones are closed. */
    private LDAPConnection takeIdle(long maxIdleMillis) {
        synchronized (idle) {
            if (closed) {
                throw DirectoryException.coded(ErrorKind.TRANSPORT, ErrorCode.CONNECTION_CLOSED, config.connectionName());
            }
            long now = System.currentTimeMillis();
            while (!idle.isEmpty()) {
                LDAPConnection candidate = idle.pop();
                if (candidate.isConnected() && now - candidate.getLastCommunicationTime() <= maxIdleMillis) {
                    return candidate;
                }
                candidate.close();
            }
            return null;
        }
    }

    private SocketFactory socketFactory() {
        if (!config.ldaps()) {
            return SocketFactory.getDefault();
        }
        try {
            return tlsSockets();
        } catch (GeneralSecurityException e) {
            throw DirectoryException.caused(ErrorKind.TRANSPORT, e, ErrorCode.TLS_SETUP_FAILED_FOR,
                    config.serverUrl(), e.getMessage());
        }
    }

    /** The JVM's CAs plus trusted_certificates; the server's name checked by the JDK ("LDAPS" identification). */
    private synchronized SSLSocketFactory tlsSockets() throws GeneralSecurityException {
        if (tlsSockets == null) {
            tlsSockets = config.tls().socketFactory("LDAPS");
        }
        return tlsSockets;
    }

    @Override
    public void close() {
        synchronized (idle) {
            closed = true;
            idle.forEach(LDAPConnection::close);
            idle.clear();
        }
    }
}
