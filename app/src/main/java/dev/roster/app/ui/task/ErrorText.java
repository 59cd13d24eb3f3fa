package dev.roster.app.ui.task;

import dev.roster.app.ui.Messages;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;

/**
 * An error as the console says it: a coded engine error is rendered from the console's bundle with its
 * arguments (so the window can be translated, and the CLI keeps the engine's English); anything else by
 * its message. One switch over every code, so a new code without a text does not compile.
 */
public final class ErrorText {
    private ErrorText() {
    }

    public static String describe(Messages messages, Throwable error) {
        DirectoryException directory = directory(error);
        if (directory != null && directory.code().isPresent()) {
            return messages.get(key(directory.code().get()), directory.arguments().toArray());
        }
        return ErrorLog.describe(error);
    }

    /** The typed error inside {@code error} (a task wraps it), or null. */
    public static DirectoryException directory(Throwable error) {
        for (Throwable e = error; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof DirectoryException d) {
                return d;
            }
        }
        return null;
    }

    static String key(ErrorCode code) {
        return switch (code) {
            case HTTP_REFUSED -> "errors.httpRefused";
            case HTTP_ANSWERED -> "errors.httpAnswered";
            case HTTP_REDIRECTED -> "errors.httpRedirected";
            case HTTP_UNKNOWN_OUTCOME -> "errors.httpUnknownOutcome";
            case UNSUPPORTED_OPERATION -> "errors.unsupportedOperation";
            case UNDECLARED_PARAMETER -> "errors.undeclaredParameter";
            case PARAMETER_NEEDS_VALUE -> "errors.parameterNeedsValue";
            case REQUIRED_FIELDS_MISSING -> "errors.requiredFieldsMissing";
            case UNSUPPORTED_FIELDS -> "errors.unsupportedFields";
            case FIELD_REQUIRED -> "errors.fieldRequired";
            case CONTROL_CHARACTER -> "errors.controlCharacter";
            case SURROUNDING_SPACE -> "errors.surroundingSpace";
            case NOT_AN_LDAP_FILTER -> "errors.notAnLdapFilter";
            case LDAP_INVALID_CREDENTIALS -> "errors.ldapInvalidCredentials";
            case LDAP_AUTH_NOT_ALLOWED -> "errors.ldapAuthNotAllowed";
            case LDAP_NEEDS_TLS -> "errors.ldapNeedsTls";
            case LDAP_NO_ACCESS -> "errors.ldapNoAccess";
            case LDAP_NO_SUCH_ENTRY -> "errors.ldapNoSuchEntry";
            case LDAP_NO_SUCH_VALUE -> "errors.ldapNoSuchValue";
            case LDAP_EXISTS -> "errors.ldapExists";
            case LDAP_VALUE_EXISTS -> "errors.ldapValueExists";
            case LDAP_UNWILLING -> "errors.ldapUnwilling";
            case LDAP_BUSY -> "errors.ldapBusy";
            case LDAP_LIMIT -> "errors.ldapLimit";
            case LDAP_TIME_LIMIT -> "errors.ldapTimeLimit";
            case LDAP_CONSTRAINT -> "errors.ldapConstraint";
            case LDAP_SYNTAX -> "errors.ldapSyntax";
            case LDAP_NAMING -> "errors.ldapNaming";
            case LDAP_SCHEMA -> "errors.ldapSchema";
            case LDAP_REFERRAL -> "errors.ldapReferral";
            case LDAP_NAME_TOO_LONG -> "errors.ldapNameTooLong";
            case LDAP_OTHER -> "errors.ldapOther";
            case NO_SUCH_GROUP -> "errors.noSuchGroup";
            case NO_SUCH_USER -> "errors.noSuchUser";
            case LDAP_NOT_A_MEMBER -> "errors.ldapNotAMember";
            case LDAP_ALREADY_A_MEMBER -> "errors.ldapAlreadyAMember";
            case LDAP_CONNECT_TIMEOUT -> "errors.ldapConnectTimeout";
            case LDAP_RESPONSE_TIMEOUT -> "errors.ldapResponseTimeout";
            case LDAP_UNREACHABLE -> "errors.ldapUnreachable";
            case LDAP_TLS_REFUSED -> "errors.ldapTlsRefused";
            case LDAP_PROTOCOL -> "errors.ldapProtocol";
            case LDAP_CONNECTION_LOST -> "errors.ldapConnectionLost";
            case LDAP_WRITE_TIMEOUT -> "errors.ldapWriteTimeout";
            case LDAP_WRITE_LOST -> "errors.ldapWriteLost";
            case LOCAL_FILE_DAMAGED -> "errors.localFileDamaged";
            case LOCAL_FILE_UNREADABLE -> "errors.localFileUnreadable";
            case LOCAL_FILE_UNWRITABLE -> "errors.localFileUnwritable";
            case LOCAL_FILE_BUSY -> "errors.localFileBusy";
            case LOCAL_PROBLEM -> "errors.localProblem";
            case OUT_OF_MEMORY -> "errors.outOfMemory";
        };
    }
}
