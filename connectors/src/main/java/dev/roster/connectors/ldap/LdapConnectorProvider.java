package dev.roster.connectors.ldap;

import dev.roster.connectors.Capabilities;
import dev.roster.connectors.ConnectionSettings;
import dev.roster.connectors.ConnectorProvider;
import dev.roster.connectors.DirectoryConnector;
import dev.roster.connectors.SettingSpec;
import dev.roster.connectors.trace.ExchangeLog;
import java.util.List;

/** LDAP directories: OpenLDAP, 389 DS, Active Directory and any other LDAPv3 server. */
public final class LdapConnectorProvider implements ConnectorProvider {
    public static final String ID = "ldap";
    /**
     * The member value that keeps a groupOfNames or groupOfUniqueNames without members valid (RFC 4519
     * requires one); never listed as a member. Public for tools that prepare data, such as the Sandbox seed.
     */
    public static final String EMPTY_GROUP_MEMBER = "cn=empty-membership-placeholder";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "LDAP / Active Directory";
    }

    @Override
    public List<SettingSpec> settings() {
        return LdapSettings.SPECS;
    }

    @Override
    public Capabilities capabilities() {
        return LdapCapabilities.CAPABILITIES;
    }

    /** Checks the settings; nothing is sent until the first operation. */
    @Override
    public DirectoryConnector connect(ConnectionSettings settings, ExchangeLog log) {
        return new LdapConnector(LdapSettings.parse(settings), log);
    }

    /** The URL, TLS settings and trusted_certificates file; a bind in clear is a warning (to another machine, refused unless allowed). */
    @Override
    public List<String> review(ConnectionSettings settings) {
        return LdapEndpoint.parse(settings).warnings(settings.connectionName());
    }
}
