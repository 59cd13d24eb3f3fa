package dev.roster.connectors.ldap;

import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.ResultCode;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.ErrorKind;
import dev.roster.connectors.model.Json;
import dev.roster.connectors.trace.Redactor;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;

/**
 * LDAP result codes in the terms an admin acts on: one sentence per result saying what failed and what to
 * do, coded for the console's bundle. The server's diagnostic and the SDK's own text go to the raw response
 * (and the trace), never into the sentence: the SDK's messages quote whole requests and its version.
 */
final class LdapErrors {
    private LdapErrors() {
    }

    /**
     * The error kind of a result code. {@code write}: the request may have reached the server, so a lost
     * connection or a timeout leaves the outcome unknown (never retried blindly) rather than a plain transport
     * failure.
     */
    static ErrorKind kind(ResultCode code, boolean write) {
        return switch (code.intValue()) {
            case ResultCode.INVALID_CREDENTIALS_INT_VALUE, ResultCode.INAPPROPRIATE_AUTHENTICATION_INT_VALUE,
                 ResultCode.AUTH_METHOD_NOT_SUPPORTED_INT_VALUE, ResultCode.STRONG_AUTH_REQUIRED_INT_VALUE,
                 ResultCode.CONFIDENTIALITY_REQUIRED_INT_VALUE -> ErrorKind.AUTHENTICATION;
            case ResultCode.INSUFFICIENT_ACCESS_RIGHTS_INT_VALUE -> ErrorKind.PERMISSION;
            case ResultCode.NO_SUCH_OBJECT_INT_VALUE, ResultCode.NO_SUCH_ATTRIBUTE_INT_VALUE -> ErrorKind.NOT_FOUND;
            case ResultCode.ENTRY_ALREADY_EXISTS_INT_VALUE, ResultCode.ATTRIBUTE_OR_VALUE_EXISTS_INT_VALUE -> ErrorKind.CONFLICT;
            // busy / unavailable: the server is there but cannot serve now; like an HTTP 503, try again later
            case ResultCode.BUSY_INT_VALUE, ResultCode.UNAVAILABLE_INT_VALUE, ResultCode.CONNECT_ERROR_INT_VALUE ->
                    ErrorKind.TRANSPORT;
            case ResultCode.SERVER_DOWN_INT_VALUE, ResultCode.TIMEOUT_INT_VALUE ->
                    write ? ErrorKind.UNKNOWN_OUTCOME : ErrorKind.TRANSPORT;
            case ResultCode.PROTOCOL_ERROR_INT_VALUE, ResultCode.DECODING_ERROR_INT_VALUE -> ErrorKind.PROTOCOL;
            default -> ErrorKind.REMOTE;
        };
    }

    /**
     * The exception for a failed operation. {@code what} says what was attempted, as a verb phrase
     * ("add uid=a to cn=x"); {@code config} gives the timeouts a client-side timeout names.
     */
    static DirectoryException failure(String what, LDAPException e, ErrorKind kind, Redactor scrub, LdapConfig config) {
        // feature: tls-trust: a refused certificate says which way (untrusted, or for another name), and keeps it
        Optional<DirectoryException> certificate = dev.roster.connectors.tls.TlsFailures.classify(what, config.connectionName(), e);
        if (certificate.isPresent()) {
            return certificate.get();
        }
        ResultCode code = e.getResultCode();
        String name = code.getName();
        String number = String.valueOf(code.intValue());
        DirectoryException coded = switch (code.intValue()) {
            case ResultCode.TIMEOUT_INT_VALUE -> kind == ErrorKind.UNKNOWN_OUTCOME
                    ? DirectoryException.coded(kind, ErrorCode.LDAP_WRITE_TIMEOUT, what, config.responseTimeout().toSeconds())
                    : DirectoryException.coded(kind, ErrorCode.LDAP_RESPONSE_TIMEOUT, what, config.responseTimeout().toSeconds());
            case ResultCode.SERVER_DOWN_INT_VALUE -> kind == ErrorKind.UNKNOWN_OUTCOME
                    ? DirectoryException.coded(kind, ErrorCode.LDAP_WRITE_LOST, what)
                    : DirectoryException.coded(kind, ErrorCode.LDAP_CONNECTION_LOST, what);
            case ResultCode.CONNECT_ERROR_INT_VALUE -> connectFailure(what, e, kind, config);
            case ResultCode.PROTOCOL_ERROR_INT_VALUE, ResultCode.DECODING_ERROR_INT_VALUE ->
                    DirectoryException.coded(kind, ErrorCode.LDAP_PROTOCOL, what, name, number);
            default -> DirectoryException.coded(kind, sentence(code), what, name, number, orNone(diagnostic(e)));
        };
        return coded.withAnswer(code.intValue(), rawResponse(e).toString(), null).scrubbed(scrub::text);
    }

    /** A connect that failed: which timeout expired, or what the network said (refused, unknown host). */
    private static DirectoryException connectFailure(String what, LDAPException e, ErrorKind kind, LdapConfig config) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
            if (root instanceof SocketTimeoutException) {
                return DirectoryException.coded(kind, ErrorCode.LDAP_CONNECT_TIMEOUT, what, config.connectTimeout().toSeconds());
            }
        }
        if (tls(e)) {
            return DirectoryException.coded(kind, ErrorCode.LDAP_TLS_REFUSED, what, sentence(root.getMessage()));
        }
        String reason = switch (root) {
            case ConnectException c -> "the connection was refused";
            case UnknownHostException u -> "there is no host " + config.host();
            case NoRouteToHostException n -> "there is no route to " + config.host();
            default -> "the connection failed";
        };
        return DirectoryException.coded(kind, ErrorCode.LDAP_UNREACHABLE, what, reason);
    }

    /** A certificate refused (untrusted, expired, another host's): the handshake or the name check failed. */
    private static boolean tls(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof javax.net.ssl.SSLException || t instanceof java.security.GeneralSecurityException
                    || (t.getMessage() != null && t.getMessage().contains("certificate"))) {
                return true;
            }
        }
        return false;
    }

    /** The innermost reason, which is a person's sentence (the outer ones wrap it with class names and versions). */
    private static String sentence(String message) {
        if (message == null || message.isBlank()) {
            return "the certificate was refused";
        }
        String text = message.strip();
        int sdk = text.indexOf(", ldapSDKVersion=");
        text = sdk < 0 ? text : text.substring(0, sdk);
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    private static ErrorCode sentence(ResultCode code) {
        return switch (code.intValue()) {
            case ResultCode.INVALID_CREDENTIALS_INT_VALUE -> ErrorCode.LDAP_INVALID_CREDENTIALS;
            case ResultCode.INAPPROPRIATE_AUTHENTICATION_INT_VALUE, ResultCode.AUTH_METHOD_NOT_SUPPORTED_INT_VALUE ->
                    ErrorCode.LDAP_AUTH_NOT_ALLOWED;
            case ResultCode.CONFIDENTIALITY_REQUIRED_INT_VALUE, ResultCode.STRONG_AUTH_REQUIRED_INT_VALUE -> ErrorCode.LDAP_NEEDS_TLS;
            case ResultCode.INSUFFICIENT_ACCESS_RIGHTS_INT_VALUE -> ErrorCode.LDAP_NO_ACCESS;
            case ResultCode.NO_SUCH_OBJECT_INT_VALUE -> ErrorCode.LDAP_NO_SUCH_ENTRY;
            case ResultCode.NO_SUCH_ATTRIBUTE_INT_VALUE -> ErrorCode.LDAP_NO_SUCH_VALUE;
            case ResultCode.ENTRY_ALREADY_EXISTS_INT_VALUE -> ErrorCode.LDAP_EXISTS;
            case ResultCode.ATTRIBUTE_OR_VALUE_EXISTS_INT_VALUE -> ErrorCode.LDAP_VALUE_EXISTS;
            case ResultCode.UNWILLING_TO_PERFORM_INT_VALUE -> ErrorCode.LDAP_UNWILLING;
            case ResultCode.BUSY_INT_VALUE, ResultCode.UNAVAILABLE_INT_VALUE -> ErrorCode.LDAP_BUSY;
            case ResultCode.ADMIN_LIMIT_EXCEEDED_INT_VALUE, ResultCode.SIZE_LIMIT_EXCEEDED_INT_VALUE -> ErrorCode.LDAP_LIMIT;
            case ResultCode.TIME_LIMIT_EXCEEDED_INT_VALUE -> ErrorCode.LDAP_TIME_LIMIT;
            case ResultCode.CONSTRAINT_VIOLATION_INT_VALUE -> ErrorCode.LDAP_CONSTRAINT;
            case ResultCode.INVALID_ATTRIBUTE_SYNTAX_INT_VALUE -> ErrorCode.LDAP_SYNTAX;
            case ResultCode.NAMING_VIOLATION_INT_VALUE, ResultCode.INVALID_DN_SYNTAX_INT_VALUE -> ErrorCode.LDAP_NAMING;
            case ResultCode.OBJECT_CLASS_VIOLATION_INT_VALUE -> ErrorCode.LDAP_SCHEMA;
            case ResultCode.REFERRAL_INT_VALUE -> ErrorCode.LDAP_REFERRAL;
            default -> ErrorCode.LDAP_OTHER;
        };
    }

    /** Results a create answers when a name is longer than the server stores (OpenLDAP: other, 80). */
    static boolean mayMeanTooLong(DirectoryException e) {
        int status = e.providerStatus().orElse(-1);
        return status == ResultCode.OTHER_INT_VALUE || status == ResultCode.CONSTRAINT_VIOLATION_INT_VALUE
                || status == ResultCode.INVALID_ATTRIBUTE_SYNTAX_INT_VALUE || status == ResultCode.NAMING_VIOLATION_INT_VALUE
                || status == ResultCode.INVALID_DN_SYNTAX_INT_VALUE || status == ResultCode.ADMIN_LIMIT_EXCEEDED_INT_VALUE;
    }

    private static String orNone(String diagnostic) {
        return diagnostic == null || diagnostic.isBlank() ? "no reason given" : diagnostic;
    }

    /**
     * The server's diagnostic message; for a failure the SDK detected itself (connect error, timeout) there is
     * none, and a short sentence says what happened. The SDK's own messages are never used: they quote the
     * whole request, attribute values (a password) included, and carry the SDK's version.
     */
    static String diagnostic(LDAPException e) {
        String diagnostic = e.getDiagnosticMessage();
        if (diagnostic != null && !diagnostic.isBlank()) {
            return diagnostic;
        }
        return switch (e.getResultCode().intValue()) {
            case ResultCode.SERVER_DOWN_INT_VALUE -> "the connection was closed before the server answered";
            case ResultCode.TIMEOUT_INT_VALUE -> "the server did not answer within the response timeout";
            case ResultCode.CONNECT_ERROR_INT_VALUE -> "the connection could not be made";
            default -> null;
        };
    }

    /** The LDAP result as JSON, the "raw response" of an LDAP failure. */
    static ObjectNode rawResponse(LDAPException e) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("result_code", e.getResultCode().intValue());
        node.put("result", e.getResultCode().getName());
        node.put("diagnostic_message", diagnostic(e));
        node.put("matched_dn", e.getMatchedDN());
        if (e.getReferralURLs().length > 0) {
            var referrals = node.putArray("referrals");
            for (String url : e.getReferralURLs()) {
                referrals.add(url);
            }
        }
        return node;
    }
}
