package dev.roster.connectors.ldap;

import com.unboundid.ldap.sdk.DN;
import dev.roster.connectors.tls.Tls;
import java.time.Duration;

/**
 * One LDAP connection's checked settings. {@code toString} leaves the bind password out: records print
 * every component, and configs end up in log lines and assertion messages.
 */
record LdapConfig(
        String connectionName,
        String host,
        int port,
        boolean ldaps,
        boolean startTls,
        DN bindDn,
        String bindPassword,
        DN baseDn,
        DN groupBase,
        DN userBase,
        GroupFlavor groupFlavor,
        String memberAttribute,
        String userObjectClass,
        int pageSize,
        Duration connectTimeout,
        Duration responseTimeout,
        Tls tls) {

    /** Active Directory user mapping (sAMAccountName, userAccountControl, unicodePwd) instead of inetOrgPerson. */
    boolean activeDirectoryUsers() {
        return "user".equalsIgnoreCase(userObjectClass);
    }

    /** {@code ldap://host:port}, the server part of every traced target. */
    String serverUrl() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return (ldaps ? "ldaps://" : "ldap://") + h + ":" + port;
    }

    @Override
    public String toString() {
        return "LdapConfig[" + connectionName + ", " + serverUrl() + (startTls ? " +StartTLS" : "") + ", bind=" + bindDn
                + ", base=" + baseDn + ", groups=" + groupBase + " (" + groupFlavor.objectClass() + "/" + memberAttribute
                + "), users=" + userBase + " (" + userObjectClass + "), pageSize=" + pageSize + "]";
    }
}
