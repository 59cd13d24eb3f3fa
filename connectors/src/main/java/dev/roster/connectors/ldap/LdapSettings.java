package dev.roster.connectors.ldap;

import com.unboundid.ldap.sdk.DN;
import dev.roster.connectors.ConnectionSettings;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.SettingSpec;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

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
    public static final String TRUSTED_CERTIFICATES = "trusted_certificates";

    static final int MAX_PAGE_SIZE = 10_000;

    static final List<SettingSpec> SPECS = List.of(
            SettingSpec.text(URL, "Server URL", true, null,
                    "ldap://host:389 or ldaps://host:636"),
            SettingSpec.choice(START_TLS, "Use StartTLS", "false", List.of("true", "false"),
                    "upgrade an ldap:// connection to TLS before binding"),
            SettingSpec.text(BIND_DN, "Bind DN", true, null,
                    "the account Roster binds as, e.g. cn=roster,ou=Services,dc=example,dc=com; not the rootdn: it ignores limits and ACLs"),
            SettingSpec.secret(BIND_PASSWORD, "Bind password", true, "the password of the bind DN"),
            SettingSpec.text(BASE_DN, "Base DN", true, null, "e.g. dc=example,dc=com"),
            SettingSpec.text(GROUP_BASE, "Group base", false, null, "where groups live and are created; default: the base DN"),
            SettingSpec.text(USER_BASE, "User base", false, null, "where users live and are created; default: the base DN"),
            SettingSpec.choice(GROUP_OBJECT_CLASS, "Group object class", GroupFlavor.GROUP_OF_NAMES.objectClass(),
                    GroupFlavor.objectClasses(), "groupOfNames, groupOfUniqueNames, or group (Active Directory)"),
            SettingSpec.text(MEMBER_ATTRIBUTE, "Member attribute", false, null,
                    "default: member (uniqueMember for groupOfUniqueNames)"),
            SettingSpec.text(USER_OBJECT_CLASS, "User object class", false, "inetOrgPerson",
                    "inetOrgPerson; user for Active Directory"),
            SettingSpec.text(PAGE_SIZE, "Page size", false, "200",
                    "entries per paged-results page when a list asks for no limit (AD caps pages at 1000)"),
            SettingSpec.text(CONNECT_TIMEOUT, "Connect timeout (s)", false, "10",
                    "seconds to wait for the TCP connection (1-600); an error that names it means the server could not be reached in time"),
            SettingSpec.text(RESPONSE_TIMEOUT, "Response timeout (s)", false, "30",
                    "seconds to wait for each answer, the bind included (1-3600); a stopped or hung server fails after this, once"),
            SettingSpec.text(TRUSTED_CERTIFICATES, "Trusted CA certificates", false, null,
                    "a PEM file of CA certificates trusted besides the JVM's, for ldaps:// and StartTLS"));

    private LdapSettings() {
    }

    static SettingSpec spec(String key) {
        return SPECS.stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    }

    /** Parses and checks every setting; a problem is a validation error naming the setting. */
    static LdapConfig parse(ConnectionSettings settings) {
        String url = settings.require(spec(URL)).strip();
        URI uri = uri(url);
        boolean ldaps = "ldaps".equals(uri.getScheme().toLowerCase(Locale.ROOT));
        boolean startTls = Boolean.parseBoolean(settings.require(spec(START_TLS)));
        if (ldaps && startTls) {
            throw DirectoryException.validation("start_tls is for ldap:// URLs; " + url + " is already TLS");
        }
        DN baseDn = Dns.parse(BASE_DN, settings.require(spec(BASE_DN)));
        GroupFlavor flavor = GroupFlavor.of(settings.require(spec(GROUP_OBJECT_CLASS)));
        String userClass = settings.require(spec(USER_OBJECT_CLASS)).strip();
        return new LdapConfig(
                settings.connectionName(),
                uri.getHost(),
                uri.getPort() > 0 ? uri.getPort() : (ldaps ? 636 : 389),
                ldaps,
                startTls,
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
                settings.value(TRUSTED_CERTIFICATES).map(LdapSettings::pemFile).orElse(null));
    }

    private static URI uri(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("ldap") && !scheme.equals("ldaps") || uri.getHost() == null) {
                throw DirectoryException.validation("url must look like ldap://host:389 or ldaps://host:636, not '" + url + "'");
            }
            String path = uri.getPath();
            if (path != null && !path.isEmpty() && !path.equals("/")) {
                throw DirectoryException.validation("url is the server only (ldap://host:port); put the DN in base_dn, not in '" + url + "'");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw DirectoryException.validation("url '" + url + "' is not a URL: " + e.getReason());
        }
    }

    private static int number(ConnectionSettings settings, String key, int min, int max) {
        String raw = settings.require(spec(key)).strip();
        try {
            int value = Integer.parseInt(raw);
            if (value < min || value > max) {
                throw DirectoryException.validation(key + " must be between " + min + " and " + max + ", not " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            throw DirectoryException.validation(key + " must be a whole number, not '" + raw + "'");
        }
    }

    private static Path pemFile(String value) {
        try {
            Path path = Path.of(value.strip());
            if (!Files.isReadable(path)) {
                throw DirectoryException.validation(TRUSTED_CERTIFICATES + ": cannot read " + path);
            }
            return path;
        } catch (InvalidPathException e) {
            throw DirectoryException.validation(TRUSTED_CERTIFICATES + ": '" + value + "' is not a path");
        }
    }
}
