package dev.roster.connectors.ldap;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.listener.interceptor.InMemoryOperationInterceptor;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.OperationType;
import com.unboundid.ldap.sdk.schema.Schema;
import com.unboundid.ldif.LDIFException;
import dev.roster.connectors.ConnectionSettings;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An in-memory LDAP server on a loopback port that behaves like OpenLDAP where it matters to the connector:
 * connection-bound paged-results cookies, groupOfNames requiring a member, and an ACL under which only the
 * writer account may write (both test accounts are ordinary entries, not a root DN). Seeded with
 * {@code users} people {@code uid=user000...} and {@code groups} groupOfNames {@code cn=group-00...}.
 */
public final class EmbeddedLdap implements AutoCloseable {
    public static final String BASE = "dc=example,dc=com";
    public static final String PEOPLE = "ou=People," + BASE;
    public static final String GROUPS = "ou=Groups," + BASE;
    public static final String WRITER = "cn=roster,ou=Services," + BASE;
    public static final String READER = "cn=auditor,ou=Services," + BASE;

    private final InMemoryDirectoryServer server;
    private final ConnectionBoundCookies cookies;
    private final String writerPassword;
    private final String readerPassword;

    private EmbeddedLdap(InMemoryDirectoryServer server, ConnectionBoundCookies cookies, String writerPassword,
                         String readerPassword) {
        this.server = server;
        this.cookies = cookies;
        this.writerPassword = writerPassword;
        this.readerPassword = readerPassword;
    }

    public static EmbeddedLdap start(int users, int groups, InMemoryOperationInterceptor... extra) {
        try {
            InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
            config.setSchema(Schema.getDefaultStandardSchema());
            config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", InetAddress.getLoopbackAddress(), 0, null));
            config.setAuthenticationRequiredOperationTypes(EnumSet.allOf(OperationType.class));
            config.setEqualityIndexAttributes("member", "uid", "objectClass");
            ConnectionBoundCookies cookies = new ConnectionBoundCookies();
            OpenLdapRules rules = new OpenLdapRules(new DN(WRITER));
            config.addInMemoryOperationInterceptor(cookies);
            config.addInMemoryOperationInterceptor(rules);
            for (InMemoryOperationInterceptor interceptor : extra) {
                config.addInMemoryOperationInterceptor(interceptor);
            }
            InMemoryDirectoryServer server = new InMemoryDirectoryServer(config);
            rules.attach(server);
            String writerPassword = "Wr1ter-" + UUID.randomUUID();
            String readerPassword = "Re4der-" + UUID.randomUUID();
            server.addEntries(seed(users, groups, writerPassword, readerPassword));
            server.startListening();
            return new EmbeddedLdap(server, cookies, writerPassword, readerPassword);
        } catch (LDAPException | LDIFException e) {
            throw new IllegalStateException("embedded LDAP server: " + e.getMessage(), e);
        }
    }

    public static String userDn(int i) {
        return "uid=" + username(i) + "," + PEOPLE;
    }

    public static String groupDn(int i) {
        return "cn=" + groupName(i) + "," + GROUPS;
    }

    public static String username(int i) {
        return String.format("user%03d", i);
    }

    public static String groupName(int i) {
        return String.format("group-%02d", i);
    }

    private static List<Entry> seed(int users, int groups, String writerPassword, String readerPassword)
            throws LDIFException {
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry("dn: " + BASE, "objectClass: top", "objectClass: domain", "dc: example"));
        entries.add(new Entry("dn: ou=People," + BASE, "objectClass: organizationalUnit", "ou: People"));
        entries.add(new Entry("dn: ou=Groups," + BASE, "objectClass: organizationalUnit", "ou: Groups"));
        entries.add(new Entry("dn: ou=Services," + BASE, "objectClass: organizationalUnit", "ou: Services"));
        entries.add(new Entry("dn: " + WRITER, "objectClass: applicationProcess", "objectClass: simpleSecurityObject",
                "cn: roster", "userPassword: " + writerPassword));
        entries.add(new Entry("dn: " + READER, "objectClass: applicationProcess", "objectClass: simpleSecurityObject",
                "cn: auditor", "userPassword: " + readerPassword));
        for (int i = 0; i < users; i++) {
            entries.add(new Entry("dn: " + userDn(i), "objectClass: inetOrgPerson", "uid: " + username(i),
                    "cn: Test User " + i, "givenName: Test", "sn: User " + i, "mail: " + username(i) + "@example.com",
                    "title: Tester", "employeeNumber: E" + i));
        }
        for (int g = 0; g < groups; g++) {
            Entry group = new Entry("dn: " + groupDn(g), "objectClass: groupOfNames", "cn: " + groupName(g),
                    "description: seeded group " + g, "businessCategory: " + (g % 3 == 0 ? "team" : g % 3 == 1 ? "department" : "group"));
            for (int u = 0; u < users; u++) {
                if (u % (g + 2) == 0) {
                    group.addAttribute("member", userDn(u));
                }
            }
            entries.add(group);
        }
        return entries;
    }

    public InMemoryDirectoryServer server() {
        return server;
    }

    public ConnectionBoundCookies cookies() {
        return cookies;
    }

    public int port() {
        return server.getListenPort();
    }

    public String url() {
        return "ldap://127.0.0.1:" + port();
    }

    public String writerPassword() {
        return writerPassword;
    }

    public String readerPassword() {
        return readerPassword;
    }

    /** Settings of the writer account, plus {@code extra} values (page_size ...). */
    public ConnectionSettings settings(String connectionName, Map<String, String> extra) {
        return settings(connectionName, WRITER, writerPassword, extra);
    }

    public ConnectionSettings settings(String connectionName, String bindDn, String password, Map<String, String> extra) {
        Map<String, String> values = new HashMap<>();
        values.put(LdapSettings.URL, url());
        values.put(LdapSettings.BIND_DN, bindDn);
        values.put(LdapSettings.BASE_DN, BASE);
        values.put(LdapSettings.GROUP_BASE, GROUPS);
        values.put(LdapSettings.USER_BASE, PEOPLE);
        values.putAll(extra);
        return new ConnectionSettings(connectionName, values, Map.of(LdapSettings.BIND_PASSWORD, password));
    }

    @Override
    public void close() {
        server.shutDown(true);
    }
}
