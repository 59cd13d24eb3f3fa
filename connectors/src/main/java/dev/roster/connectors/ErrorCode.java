package dev.roster.connectors;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;

/**
 * The engine's error sentences as codes with arguments. The English pattern here is what the CLI prints
 * (and what {@link DirectoryException#getMessage()} says); the console renders the same code from its own
 * bundle, so no English prose from the engine reaches a translated window. Arguments are plain strings.
 */
public enum ErrorCode {
    // nothing was sent: the request itself
    UNSUPPORTED_OPERATION("{0} does not support {1}."),
    UNDECLARED_PARAMETER("{0} does not accept {1} for {2}: leave it out (accepted: {3})."),
    PARAMETER_NEEDS_VALUE("The parameter {0} needs a value: write it as {0}=VALUE."),
    REQUIRED_FIELDS_MISSING("{0} on {1} requires {2}: fill in {2} and try again."),
    REQUIRED_ONE_OF("{0} on {1} requires one of {2}: fill in at least one and try again."),
    UNSUPPORTED_FIELDS("{0} does not support {1} for {2}: leave {1} out (supported: {3})."),
    FIELD_REQUIRED("{0} is required."),
    CONTROL_CHARACTER("{0} contains a control character (a line break, tab or other invisible character) at position {1}: remove it."),
    SURROUNDING_SPACE("{0} \"{1}\" starts or ends with a space: remove it (Roster stores names exactly as given)."),
    NOT_AN_LDAP_FILTER("The filter {0} is not an LDAP filter ({1}): write it like (cn=Eng*)."),

    // the directory answered: {0} what was attempted, {1} the result's name, {2} its code, {3} the server's diagnostic
    LDAP_INVALID_CREDENTIALS("The server refused to {0}: the bind DN or password is wrong ({1}, {2}): check bind_dn and bind_password."),
    LDAP_AUTH_NOT_ALLOWED("The server refused to {0}: it does not allow this account to sign in this way ({1}, {2}): check bind_dn."),
    LDAP_NEEDS_TLS("The server refused to {0}: it wants an encrypted connection ({1}, {2}): use an ldaps:// url or start_tls=true."),
    LDAP_NO_ACCESS("The server refused to {0}: the bind account may not do this ({1}, {2}): ask the directory''s administrator for access."),
    LDAP_NO_SUCH_ENTRY("The server refused to {0}: there is no such entry ({1}, {2}): check the DN."),
    LDAP_NO_SUCH_VALUE("The server refused to {0}: the entry has no such value ({1}, {2})."),
    LDAP_EXISTS("The server refused to {0}: an entry of that name exists already ({1}, {2}): choose another name."),
    LDAP_VALUE_EXISTS("The server refused to {0}: the value is there already ({1}, {2})."),
    LDAP_UNWILLING("The server refused to {0}: it is unwilling to perform this change, as a read-only server or replica answers ({1}, {2}): make the change on a server that accepts writes."),
    LDAP_BUSY("The server could not {0}: it is busy or unavailable ({1}, {2}): try again later."),
    LDAP_LIMIT("The server refused to {0}: the page or result size is over its limit ({1}, {2}): lower page_size or limit."),
    LDAP_TIME_LIMIT("The server stopped the search to {0}: it took longer than the server allows ({1}, {2}): narrow the filter."),
    LDAP_CONSTRAINT("The server refused to {0}: a value breaks one of its constraints, such as a maximum length ({1}, {2}): shorten or change the value."),
    LDAP_SYNTAX("The server refused to {0}: a value is not in the form its attribute takes ({1}, {2}): check the value''s format."),
    LDAP_NAMING("The server refused to {0}: the name is not allowed as an entry name ({1}, {2}): use a shorter name or other characters."),
    LDAP_SCHEMA("The server refused to {0}: the entry would break the server''s schema ({1}, {2}): fill in the fields the server requires."),
    LDAP_REFERRAL("The server refused to {0}: the entry lives on another server ({1}, {2}): point the connection there."),
    LDAP_NAME_TOO_LONG("The server refused the name {0}: at {1} characters it is most likely too long for this server (X.500 names allow 64) ({2}, {3}): shorten it."),
    LDAP_OTHER("The server refused to {0} ({1}, {2}: {3}): the inspector and raw_response have its full answer."),
    NO_SUCH_GROUP("There is no group {0}: check the group_id."),
    NO_SUCH_USER("There is no user {0}: check the user_id."),
    LDAP_NOT_A_MEMBER("{0} is not a member of {1}."),
    LDAP_ALREADY_A_MEMBER("{0} is already a member of {1}."),

    // an HTTP directory answered: {0} method and URL, {1} status and reason, {2} the provider's message
    HTTP_REFUSED("{0} answered {1}: {2}"),
    HTTP_ANSWERED("{0} answered {1}"),
    HTTP_REDIRECTED("{0} answered {1}: redirected to {2}; check the base URL"),
    HTTP_EMPTY_BODY("{0} answered {1} with an empty body"),
    HTTP_NOT_JSON("{0} answered {1} with a body that is not JSON ({2})"),
    HTTP_NOT_AN_OBJECT("{0} answered {1} with a JSON {2} where an object was documented"),
    HTTP_NOT_AN_ARRAY("{0} answered {1} with a JSON {2} where an array was documented"),
    HTTP_UNKNOWN_OUTCOME("{0} answered {1}{2}; the directory may or may not have done it: check before retrying"),

    // the wire
    LDAP_CONNECT_TIMEOUT("Could not {0}: no connection within connect_timeout_seconds ({1} s): check that the server is running and reachable, or raise connect_timeout_seconds."),
    LDAP_RESPONSE_TIMEOUT("Could not {0}: the server did not answer within response_timeout_seconds ({1} s): check that the server is not stopped or overloaded, or raise response_timeout_seconds."),
    LDAP_UNREACHABLE("Could not {0}: {1}: check the url setting and that the server is running."),
    LDAP_TLS_REFUSED("Could not {0}: the server''s certificate was refused ({1}): if it is the right server, add its CA or certificate to trusted_certificates."),
    LDAP_PROTOCOL("Could not {0}: the server''s answer was not valid LDAP ({1}, {2}): check that the url points at an LDAP server."),
    LDAP_CONNECTION_LOST("Could not {0}: the connection was closed before the server answered: try again."),
    LDAP_WRITE_TIMEOUT("Could not tell whether the server did {0}: it did not answer within response_timeout_seconds ({1} s): check before trying again, or raise response_timeout_seconds."),
    LDAP_WRITE_LOST("Could not tell whether the server did {0}: the connection was closed before it answered: check before trying again."),

    // a connection's settings: nothing was sent
    SETTING_MISSING("connection ''{0}'' needs the setting ''{1}'' ({2})"),
    SETTING_NOT_A_CHOICE("setting ''{0}'' of connection ''{1}'' must be one of {2}, not ''{3}''"),
    SETTING_OUT_OF_RANGE("{0} must be between {1} and {2}, not {3}"),
    SETTING_NOT_A_NUMBER("{0} must be a whole number, not ''{1}''"),
    SETTING_NOT_SECONDS("setting ''{0}'' of connection ''{1}'' must be a whole number of seconds from 1 to 3600, not ''{2}''"),
    SETTING_NOT_A_PATH("{0} ''{1}'' is not a path: {2}"),
    SANDBOX_HOME_MISSING("the Sandbox connection ''{0}'' needs the setting ''home'' (its data folder)"),
    UNKNOWN_CONNECTOR_TYPE("no connector of type ''{0}''; known types: {1}"),
    API_TOKEN_EMPTY("the API token is empty"),
    API_TOKEN_LINE_BREAK("the API token contains a line break"),
    BASE_URL_NOT_A_URL("base URL ''{0}'' is not a URL: {1}"),
    BASE_URL_NOT_ABSOLUTE("base URL ''{0}'' must be an absolute https:// (or http://) URL"),
    BASE_URL_HAS_QUERY("base URL ''{0}'' must not carry a query or a fragment"),
    START_TLS_ON_LDAPS("start_tls is for ldap:// URLs; {0} is already TLS"),
    TLS_SERVER_NAME_WITHOUT_TLS("{0} names the host of a TLS certificate, but {1} is not TLS: use ldaps:// or start_tls=true"),
    PLAINTEXT_BIND("{0} would send the bind password in clear to another machine: use ldaps:// or start_tls=true; to send it in clear all the same, set {1}=true"),
    LDAP_URL_SHAPE("url must look like ldap://host:389 or ldaps://host:636, not ''{0}''"),
    LDAP_URL_HAS_PATH("url is the server only (ldap://host:port); put the DN in base_dn, not in ''{0}''"),
    LDAP_URL_NOT_A_URL("url ''{0}'' is not a URL: {1}"),
    GROUP_OBJECT_CLASS_UNKNOWN("group_object_class must be one of {0}, not ''{1}''"),
    TLS_SERVER_NAME_INVALID("{0} must be a host name such as dc01.corp.example, not ''{1}'' ({2})"),
    PEM_NOT_A_PATH("{0}: ''{1}'' is not a path"),
    PEM_NO_FILE("{0}: there is no file {1}"),
    PEM_UNREADABLE("{0}: cannot read {1} ({2})"),
    PEM_NOT_PEM("{0}: {1} is not a PEM certificate file ({2}); it should hold one or more -----BEGIN CERTIFICATE----- blocks"),
    PEM_EMPTY("{0}: {1} holds no certificate; it should hold one or more -----BEGIN CERTIFICATE----- blocks (a CA, or the server''s own certificate)"),

    // a request Roster will not send
    DN_REQUIRED("{0} is required"),
    DN_EMPTY("{0} must be a DN, not the empty DN"),
    NOT_A_DN("{0} ''{1}'' is not a DN ({2}); ids are entry DNs such as cn=Engineering,ou=Groups,dc=example,dc=com"),
    CURSOR_OTHER_OPERATION("next_cursor belongs to {0}, not {1}"),
    CURSOR_OTHER_QUERY("next_cursor belongs to a list with other parameters, remote_query or group_id; repeat the query that gave it"),
    CURSOR_NOT_OURS("next_cursor ''{0}'' is not a cursor Roster gave out for this connection (or it was changed, or the connection''s settings or secret changed since)"),
    LDAP_CURSOR_NOT_OURS("the cursor is not one the LDAP connector gave out"),
    SCIM_BAD_START_INDEX("''{0}'' is not a SCIM startIndex (a whole number from 1)"),
    EXCLUDE_FIELD_INVALID("exclude_fields: ''{0}'' is not a field name or dotted path"),
    KEY_BY_WITH_STREAM("key_by cannot be used with the {0} format: streamed items are written one by one"),
    KEY_BY_WITH_RAW("key_by cannot be used with the {0} format: raw is the provider''s body, untouched"),
    KEY_BY_EXCLUDED("key_by field ''{0}'' is also excluded"),
    KEY_BY_NO_VALUE("key_by ''{0}'': an item has no plain value for it"),
    KEY_BY_NO_VALUE_FOR_ID("key_by ''{0}'': an item has no plain value for it (id {1})"),
    KEY_BY_NOT_UNIQUE("key_by ''{0}'' is not unique: ''{1}'' appears more than once; key by a unique field such as id"),
    FORMAT_UNKNOWN("format must be one of {0}, not ''{1}''"),
    LIMIT_OUT_OF_RANGE("limit must be between 1 and {0}, not {1}"),
    ID_NOT_A_PATH_SEGMENT("''{0}'' cannot be used as an id in a URL path"),
    AD_NO_GROUP_TYPE("Active Directory groups have no attribute for group_type ''{0}''; leave it out or use ''group''"),
    REMOTE_DATA_DN_NOT_A_STRING("remote_data.dn must be a DN string"),
    REMOTE_DATA_EMPTY_ARRAY("remote_data.{0} is an empty array; use null to leave the attribute out"),
    REMOTE_DATA_BAD_VALUE("remote_data.{0} must be a string, number, boolean or an array of them"),
    REMOTE_QUERY_NOT_AN_ATTRIBUTE("remote_query key ''{0}'' is not an LDAP attribute name"),
    LDAP_USER_NEEDS_NAME("create_user on LDAP needs last_name or name: every person entry has an sn and a cn"),
    LDAP_ONE_LANGUAGE("LDAP keeps one preferredLanguage; languages has {0}"),
    AD_PASSWORD_NEEDS_TLS("Active Directory accepts a password only over TLS: use ldaps:// or start_tls"),
    REMOTE_DATA_NOT_AN_OBJECT("--remote-data must be a JSON object, like ''{0}''"),
    REMOTE_DATA_NOT_JSON("--remote-data is not valid JSON: {0}"),
    JSON_ARGUMENT_EMPTY("{0} is empty"),
    JSON_UNKNOWN_FIELD("{0} has an unknown field ''{1}''; known: {2}"),
    JSON_NOT_VALID("{0} is not a valid {1}: {2}"),

    // connections and secrets in Roster's home: nothing was sent
    SECRET_ENV_UNSET("connection ''{0}'' reads secret ''{1}'' from the environment variable {2}, which is not set"),
    SECRET_NOT_IN_KEYCHAIN("secret ''{0}'' of connection ''{1}'' is not in the keychain ({2}); add it again with --secret {0}=prompt or use env:VARIABLE"),
    NEEDS_SECRET("{0} needs --secret {1}=... ({2})"),
    NEEDS_SETTING("{0} needs --set {1}=... ({2})"),
    SETTING_CHOICE("setting ''{0}'' must be one of {1}, not ''{2}''"),
    CONNECTION_EXISTS("a connection named ''{0}'' exists already; remove it first"),
    SECRET_NOT_ENTERED("no value was entered for secret ''{0}''"),
    SECRET_NOT_STORED("secret ''{0}'' of ''{1}'' is not in the keychain ({2}); use --secret {0}=prompt to store it"),
    NO_SUCH_SETTING("{0} has no setting ''{1}''; its settings: {2}"),
    NOT_A_SECRET("''{0}'' is not a secret: give it with --set {0}=VALUE"),
    IS_A_SECRET("''{0}'' is a secret: give its source with --secret {0}=env:VAR|prompt|keychain, never its value"),
    SECRET_SOURCE_INVALID("secret ''{0}'': source must be env:VARIABLE, prompt or keychain (the secret itself is never given on the command line)"),
    NO_SUCH_CONNECTION("no connection named ''{0}''; known: {1} (see ''roster connections list'')"),
    NO_CONNECTION_NAMED("no connection named ''{0}''"),

    // this machine: the activity log, an export file
    ACTIVITY_LOG_UNWRITABLE("{0}; nothing was sent, fix the activity log first"),

    // a request Roster will not send
    EXPORT_FORMAT_UNKNOWN("cannot tell the export format of ''{0}'': name the file .csv, .json or .ndjson"),
    EXPORT_TARGET_IS_A_FOLDER("export target {0} is a folder; name a file"),

    // this machine: the activity log, an export file
    EXPORT_UNWRITABLE("cannot write the export beside {0} ({1}: {2}); choose a folder you can write to"),

    // the directory's answer did not make sense, or said no
    EXPORT_STOPPED("export stopped: {0}"),
    EXPORT_MEMBERS_STOPPED("members of {0}: {1}"),
    MALFORMED_DN_FROM_SERVER("the directory returned a malformed DN ''{0}'': {1}"),
    NOT_A_GENERALIZED_TIME("entry {0} has {1} ''{2}'', which is not a generalized time"),
    PAGED_COOKIE_REPEATED("{0}: the server handed back a paged-results cookie it had already given"),
    PAGED_EMPTY_PAGES("{0}: the server sent {1} empty pages in a row, each with a cookie to go on"),
    PAGED_CONTROL_MALFORMED("{0}: the paged results response control is malformed: {1}"),
    MEMBER_RANGE_READS("reading the members of {0} took more than {1} range reads"),
    LDAP_NO_GROUP("no group {0}"),
    BASE_DN_MISSING("the base DN {0} does not exist (or the bind DN may not read it)"),
    GROUP_VANISHED("group {0} vanished right after the change"),
    SCIM_RESOURCES_NOT_ARRAY("SCIM ListResponse ''Resources'' is not an array"),
    SCIM_TOTAL_NOT_A_NUMBER("SCIM ListResponse ''totalResults'' is not a number: {0}"),
    SCIM_TOTAL_UNREADABLE("SCIM ListResponse ''totalResults'' is not a number"),
    OFF_ORIGIN("{0} {1} is not on the connection''s origin {2}; refused, nothing was sent"),
    CURSOR_NOT_A_STRING("the next-page cursor at {0} is {1}, not a string"),
    NEXT_LINK_NOT_A_URL("the next link <{0}> is not a URL"),
    LIST_ITEMS_MISSING("{0} answered {1} without the list of items at {2}"),
    LIST_ITEMS_NOT_AN_ARRAY("{0} answered {1} with {2} at {3} where the list of items should be"),

    // provider: okta (its codes go right below this line)
    OKTA_MEMBERS_MANAGED_ELSEWHERE("{0} is an {1} group, whose members Okta lets no one change through its API ({2}): change them where the group is managed; nothing was sent"),
    OKTA_ALREADY_A_MEMBER("{0} is already a member of {1}."),
    OKTA_NOT_A_MEMBER("{0} is not a member of {1}."),
    OKTA_TOO_MANY_EMAILS("Okta keeps two emails per user (email and secondEmail); {0} were given"),
    OKTA_PHONE_TWICE("Okta keeps one {0} per user; give one phone of each type (mobile, phone)"),
    OKTA_PHONE_EXTENSION("Okta has no field for a phone extension: write it into the number {0}"),
    OKTA_ONE_LANGUAGE("Okta keeps one preferredLanguage; languages has {0}"),

    // provider: scim (its codes go right below this line)
    SCIM_ALREADY_A_MEMBER("{0} is already a member of group {1}."),
    SCIM_NOT_A_MEMBER("{0} is not a member of group {1}."),
    SCIM_MEMBERS_NOT_FILTERABLE("with members_source=group the members come from the group''s members attribute, which {0} cannot narrow: leave {0} out, or set members_source=filter where the server filters users by groups.value"),
    SCIM_ONE_LANGUAGE("SCIM keeps one preferredLanguage; languages has {0}"),
    SCIM_STATUS_NOT_ACTIVE_OR_INACTIVE("a SCIM user is active or inactive; status ''{0}'' has no place there"),
    SCIM_RESOURCE_WITHOUT_ID("a SCIM resource came back without an id"),
    SCIM_BAD_DATE_TIME("SCIM meta.{0} ''{1}'' is not a date-time"),
    SCIM_CREATED_WITHOUT_RESOURCE("{0} answered {1} without the resource it made"),

    // provider: entra (its codes go right below this line)
    ENTRA_TOKEN_REFUSED("The sign-in at {0} refused the app registration ({1}): check tenant_id, client_id and client_secret (the secret''s value, not its id, and not expired)."),
    ENTRA_TOKEN_FAILED("Could not get a token from {0}: {1}"),
    ENTRA_DYNAMIC_GROUP("{0} is a dynamic group: Entra ID sets its members from its membership rule, so they cannot be added or removed by hand; change the rule instead."),
    ENTRA_NO_GROUP_TYPE("Entra ID has no kind of group for group_type ''{0}'': use team (a Microsoft 365 group) or group (a security group)."),

    // provider: google (its codes go right below this line)
    GOOGLE_NOT_A_KEY_FILE("{0}: {1} is not a Google service-account key ({2}): create a JSON key for the service account in the Google Cloud console (IAM & Admin, Service accounts, Keys, Add key, JSON) and name that file"),
    GOOGLE_SIGN_IN_REFUSED("Google refused to sign in {0} as {1} ({2}): check that domain-wide delegation is on for client id {3} with the scopes {4} (Admin console, Security, API controls), and that {1} is an admin of the Workspace account"),
    GOOGLE_TOKEN_UNUSABLE("{0} answered a token request with something that is not an access token ({1})"),
    GOOGLE_GROUP_EMAIL_REQUIRED("{0} on Google needs the group''s email address: give it as remote_data.email"),
    GOOGLE_PARAMETER_NOT_HERE("{0} applies to {1} only: leave it out here"),

    // provider: truto (its codes go right below this line)
    TRUTO_ITEM_UNREADABLE("Truto answered with {0} that is not a unified object Roster can read ({1}): the inspector has the body."),

    // feature: groups-of-user (its codes go right below this line)
    USER_ID_NOT_FOR_USERS("user_id lists the groups of a user and belongs to list_groups; list_users takes group_id for the members of a group: leave user_id out."),
    USER_ID_WITH_GROUP_ID("user_id (the groups of a user) and group_id (the members of a group) cannot be given together: give one of them."),
    USER_FILTER_UNSUPPORTED("{0} cannot list the groups of a user (user_id): {1}"),
    GOOGLE_USER_KEY_AND_USER_ID("Both the userKey parameter ({0}) and user_id ({1}) name whose groups to list: give user_id alone (userKey is the older, Google-only way)."),
    SCIM_USER_GROUPS_NOT_FILTERABLE("with members_source=group the groups of a user come from the user''s groups attribute, which {0} cannot narrow: leave {0} out, or set members_source=filter where the server filters groups by members.value"),
    LDAP_USER_WITHOUT_UID("The user {0} has no uid, which {1} holds for a member: give the DN of a user with a uid."),

    // feature: connection-check (its codes go right below this line)

    // feature: tls-trust (its codes go right below this line)
    INSECURE_CONNECTION_REFUSED("Connection {0} would connect without encryption to another machine ({1} is {2}): anyone on the way could read its token or password; use https:// or ldaps:// (or start_tls=true), or to connect in clear all the same set {3}=true."),
    TLS_CERTIFICATE_UNTRUSTED("Could not {0}: the server''s certificate is not trusted (fingerprint {1}, subject {2}, issued by {3}, expires {4}); nothing was sent: if it is the right server, compare the fingerprint with its administrator''s and trust it for this connection (roster connections trust {5} --fingerprint {1}), or name its CA in trusted_certificates."),
    TLS_CERTIFICATE_NAME_MISMATCH("Could not {0}: the server''s certificate is trusted but names {1}, not {2} (fingerprint {3}); nothing was sent: trusting a certificate does not waive the name check, so use a URL with a name the certificate carries, or set tls_server_name for a tunnel."),
    TRUST_NOTHING_PRESENTED("Connection {0} presented no untrusted certificate: its TLS handshake succeeded or it does not use TLS, so there is nothing to trust."),
    TRUST_FINGERPRINT_MISMATCH("The fingerprint {0} is not that of the certificate connection {1} was presented ({2}): nothing was trusted; compare it with the server''s and give the one shown."),

    // feature: editor (its codes go right below this line)
    CONNECTION_NAME_TAKEN("a connection named ''{0}'' exists already; choose another name"),
    CONNECTION_POSITION("position {0} is outside the list of connections (0 to {1})"),
    CONNECTION_TYPE_FIXED("connection ''{0}'' is of type {1}; a type cannot be changed: add a new connection instead"),
    CONNECTIONS_FILE_NOT_JSON("{0} is not a Roster connections file: it is not valid JSON ({1})"),
    CONNECTIONS_FILE_SHAPE("{0} is not a Roster connections file: {1}"),
    CONNECTIONS_FILE_PROFILE("{0}: connection {1} cannot be imported: {2}"),
    CONNECTIONS_FILE_CLASHES("{0} holds connections whose names are taken here: {1}; import again with --rename-clashes or --skip-clashes"),

    // feature: secrets (its codes go right below this line)
    SECRET_STORE_LOCKED("the OS keychain ({0}) is locked: Roster could not {1} secret ''{2}'' of connection ''{3}'' (the keychain answered: {4}); unlock it (log in to the keyring) and try again, or use --secret {2}=env:VARIABLE"),
    SECRET_STORE_FAILED("the OS keychain ({0}) failed: Roster could not {1} secret ''{2}'' of connection ''{3}'' (the keychain answered: {4}); check that the keychain service is running and unlocked and try again, or use --secret {2}=env:VARIABLE"),
    SECRET_STORE_NONE("cannot keep secret ''{0}'' of connection ''{1}'': {2}; use --secret {0}=env:VARIABLE instead (read from the environment at each use)"),
    SECRET_NO_KEYCHAIN("secret ''{0}'' of connection ''{1}'' is kept in the OS keychain, but there is none here ({2}); use --secret {0}=env:VARIABLE, or open the connection in the console, which asks for it once per session"),

    // the wire, the Sandbox, TLS set-up
    HTTP_NOT_CONNECTED("{0}: could not connect ({1}); nothing was sent"),
    HTTP_NO_ANSWER("{0}: no answer within {1}s"),
    HTTP_CANCELLED("{0}: cancelled while waiting for the answer"),
    HTTP_CONNECTION_FAILED("{0}: the connection failed ({1})"),
    HTTP_NO_ANSWER_AFTER_SEND("{0}: no answer within {1}s after the request was sent; the directory may or may not have done it: check before retrying"),
    HTTP_CANCELLED_AFTER_SEND("{0}: cancelled while waiting for the answer after the request was sent; the directory may or may not have done it: check before retrying"),
    HTTP_FAILED_AFTER_SEND("{0}: the connection failed ({1}) after the request was sent; the directory may or may not have done it: check before retrying"),
    RETRY_CANCELLED("cancelled while waiting to retry after: {0}"),
    SANDBOX_KEPT_STOPPING("the Sandbox stopped {0} times while this call waited for it"),
    SANDBOX_HELD_ELSEWHERE("the Sandbox in {0} is run by another process that did not publish its address within {1} s"),
    SANDBOX_WAIT_INTERRUPTED("interrupted while waiting for the Sandbox in {0}"),
    MEMBER_READ_INTERRUPTED("interrupted while reading member entries"),
    START_TLS_FAILED("StartTLS with {0}: {1}"),
    TLS_REFUSED_BEFORE_BIND("{0}: TLS refused, the bind password was not sent: {1}"),
    CONNECTION_CLOSED("connection ''{0}'' is closed"),
    TLS_SETUP_FAILED_FOR("TLS set-up for {0}: {1}"),
    TLS_SETUP_FAILED("TLS set-up: {0}"),

    // this machine, not the directory
    LOCAL_FILE_DAMAGED("{0} is damaged and cannot be read ({1}): fix or move it away and try again."),
    LOCAL_FILE_UNREADABLE("Cannot read {0} ({1}): check that it exists and that you may read it."),
    LOCAL_FILE_UNWRITABLE("Cannot write {0} ({1}): check the free disk space and the folder''s permissions."),
    LOCAL_FILE_BUSY("Cannot change {0}: {1}."),
    LOCAL_PROBLEM("{0} ({1}): check the free disk space and the permissions of Roster''s home folder."),
    OUT_OF_MEMORY("Roster ran out of memory: raise the Java heap limit with ROSTER_JAVA_OPTS, e.g. ROSTER_JAVA_OPTS=-Xmx2g ./roster ...");

    private final String english;

    ErrorCode(String english) {
        this.english = english;
    }

    /** The English pattern ({@link MessageFormat}, arguments {0}, {1} ...). */
    public String english() {
        return english;
    }

    /** The English sentence for these arguments. */
    public String format(List<String> arguments) {
        return new MessageFormat(english, Locale.ROOT).format(arguments.toArray());
    }
}
