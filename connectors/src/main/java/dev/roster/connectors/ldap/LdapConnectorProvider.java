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
}
