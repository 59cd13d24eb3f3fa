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
            case HTTP_EMPTY_BODY -> "errors.httpEmptyBody";
            case HTTP_NOT_JSON -> "errors.httpNotJson";
            case HTTP_NOT_AN_OBJECT -> "errors.httpNotAnObject";
            case HTTP_NOT_AN_ARRAY -> "errors.httpNotAnArray";
            case UNSUPPORTED_OPERATION -> "errors.unsupportedOperation";
            case UNDECLARED_PARAMETER -> "errors.undeclaredParameter";
            case PARAMETER_NEEDS_VALUE -> "errors.parameterNeedsValue";
            case REQUIRED_FIELDS_MISSING -> "errors.requiredFieldsMissing";
            case REQUIRED_ONE_OF -> "errors.requiredOneOf";
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
            // feature: tls-trust
            case INSECURE_CONNECTION_REFUSED -> "errors.insecureConnectionRefused";
            case TLS_CERTIFICATE_UNTRUSTED -> "errors.tlsCertificateUntrusted";
            case TLS_CERTIFICATE_NAME_MISMATCH -> "errors.tlsCertificateNameMismatch";
            case TRUST_NOTHING_PRESENTED -> "errors.trustNothingPresented";
            case TRUST_FINGERPRINT_MISMATCH -> "errors.trustFingerprintMismatch";
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
            case SETTING_MISSING -> "errors.settingMissing";
            case SETTING_NOT_A_CHOICE -> "errors.settingNotAChoice";
            case SETTING_OUT_OF_RANGE -> "errors.settingOutOfRange";
            case SETTING_NOT_A_NUMBER -> "errors.settingNotANumber";
            case SETTING_NOT_SECONDS -> "errors.settingNotSeconds";
            case SETTING_NOT_A_PATH -> "errors.settingNotAPath";
            case SANDBOX_HOME_MISSING -> "errors.sandboxHomeMissing";
            case UNKNOWN_CONNECTOR_TYPE -> "errors.unknownConnectorType";
            case API_TOKEN_EMPTY -> "errors.apiTokenEmpty";
            case API_TOKEN_LINE_BREAK -> "errors.apiTokenLineBreak";
            case BASE_URL_NOT_A_URL -> "errors.baseUrlNotAUrl";
            case BASE_URL_NOT_ABSOLUTE -> "errors.baseUrlNotAbsolute";
            case BASE_URL_HAS_QUERY -> "errors.baseUrlHasQuery";
            case START_TLS_ON_LDAPS -> "errors.startTlsOnLdaps";
            case TLS_SERVER_NAME_WITHOUT_TLS -> "errors.tlsServerNameWithoutTls";
            case PLAINTEXT_BIND -> "errors.plaintextBind";
            case LDAP_URL_SHAPE -> "errors.ldapUrlShape";
            case LDAP_URL_HAS_PATH -> "errors.ldapUrlHasPath";
            case LDAP_URL_NOT_A_URL -> "errors.ldapUrlNotAUrl";
            case GROUP_OBJECT_CLASS_UNKNOWN -> "errors.groupObjectClassUnknown";
            case TLS_SERVER_NAME_INVALID -> "errors.tlsServerNameInvalid";
            case PEM_NOT_A_PATH -> "errors.pemNotAPath";
            case PEM_NO_FILE -> "errors.pemNoFile";
            case PEM_UNREADABLE -> "errors.pemUnreadable";
            case PEM_NOT_PEM -> "errors.pemNotPem";
            case PEM_EMPTY -> "errors.pemEmpty";
            case DN_REQUIRED -> "errors.dnRequired";
            case DN_EMPTY -> "errors.dnEmpty";
            case NOT_A_DN -> "errors.notADn";
            case CURSOR_OTHER_OPERATION -> "errors.cursorOtherOperation";
            case CURSOR_OTHER_QUERY -> "errors.cursorOtherQuery";
            case CURSOR_NOT_OURS -> "errors.cursorNotOurs";
            case LDAP_CURSOR_NOT_OURS -> "errors.ldapCursorNotOurs";
            case SCIM_BAD_START_INDEX -> "errors.scimBadStartIndex";
            case EXCLUDE_FIELD_INVALID -> "errors.excludeFieldInvalid";
            case KEY_BY_WITH_STREAM -> "errors.keyByWithStream";
            case KEY_BY_WITH_RAW -> "errors.keyByWithRaw";
            case KEY_BY_EXCLUDED -> "errors.keyByExcluded";
            case KEY_BY_NO_VALUE -> "errors.keyByNoValue";
            case KEY_BY_NO_VALUE_FOR_ID -> "errors.keyByNoValueForId";
            case KEY_BY_NOT_UNIQUE -> "errors.keyByNotUnique";
            case FORMAT_UNKNOWN -> "errors.formatUnknown";
            case LIMIT_OUT_OF_RANGE -> "errors.limitOutOfRange";
            case ID_NOT_A_PATH_SEGMENT -> "errors.idNotAPathSegment";
            case AD_NO_GROUP_TYPE -> "errors.adNoGroupType";
            case REMOTE_DATA_DN_NOT_A_STRING -> "errors.remoteDataDnNotAString";
            case REMOTE_DATA_EMPTY_ARRAY -> "errors.remoteDataEmptyArray";
            case REMOTE_DATA_BAD_VALUE -> "errors.remoteDataBadValue";
            case REMOTE_QUERY_NOT_AN_ATTRIBUTE -> "errors.remoteQueryNotAnAttribute";
            case LDAP_USER_NEEDS_NAME -> "errors.ldapUserNeedsName";
            case LDAP_ONE_LANGUAGE -> "errors.ldapOneLanguage";
            case AD_PASSWORD_NEEDS_TLS -> "errors.adPasswordNeedsTls";
            case REMOTE_DATA_NOT_AN_OBJECT -> "errors.remoteDataNotAnObject";
            case REMOTE_DATA_NOT_JSON -> "errors.remoteDataNotJson";
            case JSON_ARGUMENT_EMPTY -> "errors.jsonArgumentEmpty";
            case JSON_UNKNOWN_FIELD -> "errors.jsonUnknownField";
            case JSON_NOT_VALID -> "errors.jsonNotValid";
            case SECRET_ENV_UNSET -> "errors.secretEnvUnset";
            case SECRET_NOT_IN_KEYCHAIN -> "errors.secretNotInKeychain";
            case NEEDS_SECRET -> "errors.needsSecret";
            case NEEDS_SETTING -> "errors.needsSetting";
            case SETTING_CHOICE -> "errors.settingChoice";
            case CONNECTION_EXISTS -> "errors.connectionExists";
            case SECRET_NOT_ENTERED -> "errors.secretNotEntered";
            case SECRET_NOT_STORED -> "errors.secretNotStored";
            case NO_SUCH_SETTING -> "errors.noSuchSetting";
            case NOT_A_SECRET -> "errors.notASecret";
            case IS_A_SECRET -> "errors.isASecret";
            case SECRET_SOURCE_INVALID -> "errors.secretSourceInvalid";
            case NO_SUCH_CONNECTION -> "errors.noSuchConnection";
            case NO_CONNECTION_NAMED -> "errors.noConnectionNamed";
            // feature: editor
            case CONNECTION_NAME_TAKEN -> "errors.connectionNameTaken";
            case CONNECTION_POSITION -> "errors.connectionPosition";
            case CONNECTION_TYPE_FIXED -> "errors.connectionTypeFixed";
            case CONNECTIONS_FILE_NOT_JSON -> "errors.connectionsFileNotJson";
            case CONNECTIONS_FILE_SHAPE -> "errors.connectionsFileShape";
            case CONNECTIONS_FILE_PROFILE -> "errors.connectionsFileProfile";
            case CONNECTIONS_FILE_CLASHES -> "errors.connectionsFileClashes";
            case ACTIVITY_LOG_UNWRITABLE -> "errors.activityLogUnwritable";
            case EXPORT_FORMAT_UNKNOWN -> "errors.exportFormatUnknown";
            case EXPORT_TARGET_IS_A_FOLDER -> "errors.exportTargetIsAFolder";
            case EXPORT_UNWRITABLE -> "errors.exportUnwritable";
            case EXPORT_STOPPED -> "errors.exportStopped";
            case EXPORT_MEMBERS_STOPPED -> "errors.exportMembersStopped";
            case MALFORMED_DN_FROM_SERVER -> "errors.malformedDnFromServer";
            case NOT_A_GENERALIZED_TIME -> "errors.notAGeneralizedTime";
            case PAGED_COOKIE_REPEATED -> "errors.pagedCookieRepeated";
            case PAGED_EMPTY_PAGES -> "errors.pagedEmptyPages";
            case PAGED_CONTROL_MALFORMED -> "errors.pagedControlMalformed";
            case MEMBER_RANGE_READS -> "errors.memberRangeReads";
            case LDAP_NO_GROUP -> "errors.ldapNoGroup";
            case BASE_DN_MISSING -> "errors.baseDnMissing";
            case GROUP_VANISHED -> "errors.groupVanished";
            case SCIM_RESOURCES_NOT_ARRAY -> "errors.scimResourcesNotArray";
            case SCIM_TOTAL_NOT_A_NUMBER -> "errors.scimTotalNotANumber";
            case SCIM_TOTAL_UNREADABLE -> "errors.scimTotalUnreadable";
            case OFF_ORIGIN -> "errors.offOrigin";
            case CURSOR_NOT_A_STRING -> "errors.cursorNotAString";
            case NEXT_LINK_NOT_A_URL -> "errors.nextLinkNotAUrl";
            case LIST_ITEMS_MISSING -> "errors.listItemsMissing";
            case LIST_ITEMS_NOT_AN_ARRAY -> "errors.listItemsNotAnArray";
            // provider: okta
            case OKTA_MEMBERS_MANAGED_ELSEWHERE -> "errors.oktaMembersManagedElsewhere";
            case OKTA_ALREADY_A_MEMBER -> "errors.oktaAlreadyAMember";
            case OKTA_NOT_A_MEMBER -> "errors.oktaNotAMember";
            case OKTA_TOO_MANY_EMAILS -> "errors.oktaTooManyEmails";
            case OKTA_PHONE_TWICE -> "errors.oktaPhoneTwice";
            case OKTA_PHONE_EXTENSION -> "errors.oktaPhoneExtension";
            case OKTA_ONE_LANGUAGE -> "errors.oktaOneLanguage";

            // provider: scim
            case SCIM_ALREADY_A_MEMBER -> "errors.scimAlreadyAMember";
            case SCIM_NOT_A_MEMBER -> "errors.scimNotAMember";
            case SCIM_MEMBERS_NOT_FILTERABLE -> "errors.scimMembersNotFilterable";
            case SCIM_ONE_LANGUAGE -> "errors.scimOneLanguage";
            case SCIM_STATUS_NOT_ACTIVE_OR_INACTIVE -> "errors.scimStatusNotActiveOrInactive";
            case SCIM_RESOURCE_WITHOUT_ID -> "errors.scimResourceWithoutId";
            case SCIM_BAD_DATE_TIME -> "errors.scimBadDateTime";
            case SCIM_CREATED_WITHOUT_RESOURCE -> "errors.scimCreatedWithoutResource";

            // provider: entra
            case ENTRA_TOKEN_REFUSED -> "errors.entraTokenRefused";
            case ENTRA_TOKEN_FAILED -> "errors.entraTokenFailed";
            case ENTRA_DYNAMIC_GROUP -> "errors.entraDynamicGroup";
            case ENTRA_NO_GROUP_TYPE -> "errors.entraNoGroupType";

            // provider: google
            case GOOGLE_NOT_A_KEY_FILE -> "errors.googleNotAKeyFile";
            case GOOGLE_SIGN_IN_REFUSED -> "errors.googleSignInRefused";
            case GOOGLE_TOKEN_UNUSABLE -> "errors.googleTokenUnusable";
            case GOOGLE_GROUP_EMAIL_REQUIRED -> "errors.googleGroupEmailRequired";
            case GOOGLE_PARAMETER_NOT_HERE -> "errors.googleParameterNotHere";

            // provider: truto
            case TRUTO_ITEM_UNREADABLE -> "errors.trutoItemUnreadable";

            // feature: secrets
            case SECRET_STORE_LOCKED -> "errors.secretStoreLocked";
            case SECRET_STORE_FAILED -> "errors.secretStoreFailed";
            case SECRET_STORE_NONE -> "errors.secretStoreNone";
            case SECRET_NO_KEYCHAIN -> "errors.secretNoKeychain";
            // feature: groups-of-user
            case USER_ID_NOT_FOR_USERS -> "errors.userIdNotForUsers";
            case USER_ID_WITH_GROUP_ID -> "errors.userIdWithGroupId";
            case USER_FILTER_UNSUPPORTED -> "errors.userFilterUnsupported";
            case LDAP_USER_WITHOUT_UID -> "errors.ldapUserWithoutUid";
            case GOOGLE_USER_KEY_AND_USER_ID -> "errors.googleUserKeyAndUserId";
            case SCIM_USER_GROUPS_NOT_FILTERABLE -> "errors.scimUserGroupsNotFilterable";

            case HTTP_NOT_CONNECTED -> "errors.httpNotConnected";
            case HTTP_NO_ANSWER -> "errors.httpNoAnswer";
            case HTTP_CANCELLED -> "errors.httpCancelled";
            case HTTP_CONNECTION_FAILED -> "errors.httpConnectionFailed";
            case HTTP_NO_ANSWER_AFTER_SEND -> "errors.httpNoAnswerAfterSend";
            case HTTP_CANCELLED_AFTER_SEND -> "errors.httpCancelledAfterSend";
            case HTTP_FAILED_AFTER_SEND -> "errors.httpFailedAfterSend";
            case RETRY_CANCELLED -> "errors.retryCancelled";
            case SANDBOX_KEPT_STOPPING -> "errors.sandboxKeptStopping";
            case SANDBOX_HELD_ELSEWHERE -> "errors.sandboxHeldElsewhere";
            case SANDBOX_WAIT_INTERRUPTED -> "errors.sandboxWaitInterrupted";
            case MEMBER_READ_INTERRUPTED -> "errors.memberReadInterrupted";
            case START_TLS_FAILED -> "errors.startTlsFailed";
            case TLS_REFUSED_BEFORE_BIND -> "errors.tlsRefusedBeforeBind";
            case CONNECTION_CLOSED -> "errors.connectionClosed";
            case TLS_SETUP_FAILED_FOR -> "errors.tlsSetupFailedFor";
            case TLS_SETUP_FAILED -> "errors.tlsSetupFailed";
        };
    }
}
