package dev.roster.connectors.ldap;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.ResultCode;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorKind;
import dev.roster.connectors.model.Json;
import dev.roster.connectors.trace.Redactor;

/** LDAP result codes in the terms an admin acts on, with the server's own diagnostic message kept. */
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
     * The exception for a failed operation: {@code what} says what was attempted (e.g. "add member to cn=x"),
     * the message carries the result name, code and the server's diagnostic, scrubbed of known secrets.
     */
    static DirectoryException failure(String what, LDAPException e, ErrorKind kind, Redactor scrub) {
        ResultCode code = e.getResultCode();
        String diagnostic = diagnostic(e);
        String message = what + ": " + code.getName() + " (" + code.intValue() + ")"
                + (diagnostic == null || diagnostic.isBlank() ? "" : ": " + diagnostic)
                + hint(code);
        if (kind == ErrorKind.UNKNOWN_OUTCOME) {
            message += "; the change may or may not have been made: check before trying again";
        }
        return new DirectoryException(kind, scrub.text(message), code.intValue(), scrub.text(rawResponse(e).toString()),
                null, null, null);
    }

    /**
     * The server's diagnostic message; for a failure the SDK detected itself (connect error, timeout) there is
     * none, and the exception's own message says what happened.
     */
    static String diagnostic(LDAPException e) {
        String diagnostic = e.getDiagnosticMessage();
        if (diagnostic != null && !diagnostic.isBlank()) {
            return diagnostic;
        }
        // the SDK's own messages for these quote the whole request, attribute values (a password) included
        if (e.getResultCode() == ResultCode.SERVER_DOWN) {
            return "the connection was closed before the server answered";
        }
        if (e.getResultCode() == ResultCode.TIMEOUT) {
            return "the server did not answer within the response timeout";
        }
        String message = e.getMessage();
        if (message == null || message.isBlank() || message.equalsIgnoreCase(e.getResultCode().getName())) {
            return null;
        }
        int request = message.indexOf("Request(");
        return request < 0 ? message : message.substring(0, Math.max(0, message.lastIndexOf(' ', request))).strip();
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

    private static String hint(ResultCode code) {
        return switch (code.intValue()) {
            case ResultCode.ADMIN_LIMIT_EXCEEDED_INT_VALUE -> " (the server refuses this page size or result size: lower page_size or limit)";
            case ResultCode.CONFIDENTIALITY_REQUIRED_INT_VALUE, ResultCode.STRONG_AUTH_REQUIRED_INT_VALUE ->
                    " (the server wants TLS: use ldaps:// or start_tls)";
            case ResultCode.REFERRAL_INT_VALUE -> " (the entry lives on another server: point the connection there)";
            default -> "";
        };
    }
}
