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
