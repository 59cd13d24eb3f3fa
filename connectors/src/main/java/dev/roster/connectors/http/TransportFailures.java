package dev.roster.connectors.http;

import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.ErrorKind;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.net.ssl.SSLHandshakeException;

/**
 * A call that got no HTTP answer, in Roster's terms. What matters is whether the request may have
 * reached the directory: a refused connection or a failed TLS handshake means nothing was sent; a
 * timeout or a reset after that means it may have been, and for a create the directory may or may not
 * have done it.
 */
final class TransportFailures {

    private TransportFailures() {
    }

    static DirectoryException toException(ApiRequest request, String target, Throwable failure, Duration requestTimeout) {
        return toException(request, target, failure, requestTimeout, null);
    }

    static DirectoryException toException(ApiRequest request, String target, Throwable failure, Duration requestTimeout,
                                          String connection) {
        String what = request.method() + " " + target;
        // feature: tls-trust: an untrusted or misnamed certificate, typed and with the certificate kept
        var certificate = dev.roster.connectors.tls.TlsFailures.classify(what, connection, failure);
        if (certificate.isPresent()) {
            return certificate.get();
        }
        if (neverSent(failure)) {
            return DirectoryException.caused(ErrorKind.TRANSPORT, failure, ErrorCode.HTTP_NOT_CONNECTED, what, describe(failure));
        }
        boolean unknownOutcome = !request.idempotent(); // a write that may have reached the directory
        ErrorKind kind = unknownOutcome ? ErrorKind.UNKNOWN_OUTCOME : ErrorKind.TRANSPORT;
        if (failure instanceof HttpTimeoutException) {
            return DirectoryException.caused(kind, failure, unknownOutcome
                    ? ErrorCode.HTTP_NO_ANSWER_AFTER_SEND : ErrorCode.HTTP_NO_ANSWER,
                    what, requestTimeout.toSeconds());
        }
        if (failure instanceof InterruptedException) {
            return DirectoryException.caused(kind, failure, unknownOutcome
                    ? ErrorCode.HTTP_CANCELLED_AFTER_SEND : ErrorCode.HTTP_CANCELLED,
                    what);
        }
        return DirectoryException.caused(kind, failure, unknownOutcome
                ? ErrorCode.HTTP_FAILED_AFTER_SEND : ErrorCode.HTTP_CONNECTION_FAILED,
                what, describe(failure));
    }

    static boolean neverSent(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof HttpConnectTimeoutException
                    || t instanceof SSLHandshakeException || t instanceof UnresolvedAddressException) {
                return true;
            }
        }
        return false;
    }

    /** The JDK often throws with a null message and the reason in a cause: collect the whole chain. */
    static String describe(Throwable failure) {
        Set<String> parts = new LinkedHashSet<>();
        for (Throwable t = failure; t != null && parts.size() < 4; t = t.getCause()) {
            String message = t.getMessage();
            parts.add(t.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message));
        }
        return String.join(" <- ", parts);
    }
}
