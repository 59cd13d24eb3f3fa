package dev.roster.connectors.ldap;

import com.unboundid.ldap.sdk.DN;
import dev.roster.connectors.ConnectionSettings;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.SettingSpec;
import dev.roster.connectors.tls.TlsSettings;
import java.time.Duration;
import java.util.List;

/**
 * The settings of an LDAP connection and their parsing into an {@link LdapConfig}. The keys are public so
 * that the Sandbox, which is an LDAP server reached through this connector, can fill them in.
 */
public final class LdapSettings {
    public static final String URL = "url";
    public static final String START_TLS = "start_tls";
    public static final String BIND_DN = "bind_dn";
    public static final String BIND_PASSWORD = "bind_password";
    public static final String BASE_DN = "base_dn";
    public static final String GROUP_BASE = "group_base";
    public static final String USER_BASE = "user_base";
    public static final String GROUP_OBJECT_CLASS = "group_object_class";
    public static final String MEMBER_ATTRIBUTE = "member_attribute";
    public static final String USER_OBJECT_CLASS = "user_object_class";
    public static final String PAGE_SIZE = "page_size";
    public static final String CONNECT_TIMEOUT = "connect_timeout_seconds";
    public static final String RESPONSE_TIMEOUT = "response_timeout_seconds";
    public static final String TRUSTED_CERTIFICATES = TlsSettings.TRUSTED_CERTIFICATES;
    public static final String TLS_SERVER_NAME = TlsSettings.TLS_SERVER_NAME;
    public static final String ALLOW_PLAINTEXT_BIND = "allow_plaintext_bind";

    static final int MAX_PAGE_SIZE = 10_000;

    static final List<SettingSpec> SPECS = List.of(
            SettingSpec.text(URL, "Server URL", true, null,
                    "ldap://host:389 or ldaps://host:636").withKind(SettingSpec.Kind.URL).withExample("ldaps://ldap.example.com:636"),
            SettingSpec.choice(START_TLS, "Use StartTLS", "false", List.of("true", "false"),
                    "upgrade an ldap:// connection to TLS before binding").withExample("false"),
            SettingSpec.text(BIND_DN, "Bind DN", true, null,
                    "the account Roster binds as, e.g. cn=roster,ou=Services,dc=example,dc=com; not the rootdn: it ignores limits and ACLs").withExample("cn=roster,ou=Services,dc=example,dc=com"),
            SettingSpec.secret(BIND_PASSWORD, "Bind password", true, "the password of the bind DN").withExample("env:CORP_LDAP_PW"),
            SettingSpec.text(BASE_DN, "Base DN", true, null, "e.g. dc=example,dc=com").withExample("dc=example,dc=com"),
            SettingSpec.text(GROUP_BASE, "Group base", false, null, "where groups live and are created; default: the base DN").withExample("ou=Groups,dc=example,dc=com"),
            SettingSpec.text(USER_BASE, "User base", false, null, "where users live and are created; default: the base DN").withExample("ou=People,dc=example,dc=com"),
            SettingSpec.choice(GROUP_OBJECT_CLASS, "Group object class", GroupFlavor.GROUP_OF_NAMES.objectClass(),
                    GroupFlavor.objectClasses(), "groupOfNames, groupOfUniqueNames, or group (Active Directory)").withExample("groupOfNames"),
            SettingSpec.text(MEMBER_ATTRIBUTE, "Member attribute", false, null,
                    "default: member (uniqueMember for groupOfUniqueNames)").withExample("member"),
            SettingSpec.text(USER_OBJECT_CLASS, "User object class", false, "inetOrgPerson",
                    "inetOrgPerson; user for Active Directory").withExample("inetOrgPerson"),
            SettingSpec.text(PAGE_SIZE, "Page size", false, "200",
                    "entries per paged-results page when a list asks for no limit (AD caps pages at 1000)").withKind(SettingSpec.Kind.NUMBER).withExample("500"),
            SettingSpec.text(CONNECT_TIMEOUT, "Connect timeout (s)", false, "10",
                    "seconds to wait for the TCP connection (1-600); an error that names it means the server could not be reached in time").withKind(SettingSpec.Kind.NUMBER).withExample("10"),
            SettingSpec.text(RESPONSE_TIMEOUT, "Response timeout (s)", false, "30",
                    "seconds to wait for each answer, the bind included (1-3600); a stopped or hung server fails after this, once").withKind(SettingSpec.Kind.NUMBER).withExample("30"),
            SettingSpec.text(TRUSTED_CERTIFICATES, "Trusted certificates", false, null,
                    "a PEM file of CA certificates (or the server's own) trusted besides the JVM's, for ldaps:// and StartTLS").withKind(SettingSpec.Kind.FILE).withExample("/etc/ssl/certs/corp-ca.pem"),
            SettingSpec.text(TLS_SERVER_NAME, "TLS server name", false, null,
                    "the host name the server's certificate carries when the URL names another (an SSH tunnel to 127.0.0.1)").withExample("dc01.corp.example"),
            SettingSpec.choice(ALLOW_PLAINTEXT_BIND, "Allow a bind in clear", "false", List.of("true", "false"),
                    "the older spelling of allow_insecure: send the bind password over ldap:// without TLS to another machine").withExample("false"),
            dev.roster.connectors.tls.Cleartext.ALLOW_INSECURE_SPEC);

    private LdapSettings() {
    }

    static SettingSpec spec(String key) {
        return SPECS.stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    }

    /** Parses and checks every setting; a problem is a validation error naming the setting. */
    static LdapConfig parse(ConnectionSettings settings) {
        LdapEndpoint endpoint = LdapEndpoint.parse(settings);
        DN baseDn = Dns.parse(BASE_DN, settings.require(spec(BASE_DN)));
        GroupFlavor flavor = GroupFlavor.of(settings.require(spec(GROUP_OBJECT_CLASS)));
        String userClass = settings.require(spec(USER_OBJECT_CLASS)).strip();
        return new LdapConfig(
                settings.connectionName(),
                endpoint.host(),
                endpoint.port(),
                endpoint.ldaps(),
                endpoint.startTls(),
                Dns.parse(BIND_DN, settings.require(spec(BIND_DN))),
                settings.require(spec(BIND_PASSWORD)),
                baseDn,
                settings.value(GROUP_BASE).map(v -> Dns.parse(GROUP_BASE, v)).orElse(baseDn),
                settings.value(USER_BASE).map(v -> Dns.parse(USER_BASE, v)).orElse(baseDn),
                flavor,
                settings.value(MEMBER_ATTRIBUTE).map(String::strip).orElse(flavor.defaultMemberAttribute()),
                userClass,
                number(settings, PAGE_SIZE, 1, MAX_PAGE_SIZE),
                Duration.ofSeconds(number(settings, CONNECT_TIMEOUT, 1, 600)),
                Duration.ofSeconds(number(settings, RESPONSE_TIMEOUT, 1, 3_600)),
                endpoint.tls());
    }

    private static int number(ConnectionSettings settings, String key, int min, int max) {
        String raw = settings.require(spec(key)).strip();
        try {
            int value = Integer.parseInt(raw);
            if (value < min || value > max) {
                throw DirectoryException.invalid(ErrorCode.SETTING_OUT_OF_RANGE, key, min, max, value);
            }
            return value;
        } catch (NumberFormatException e) {
            throw DirectoryException.invalid(ErrorCode.SETTING_NOT_A_NUMBER, key, raw);
        }
    }
}
