package dev.roster.connectors.scim;

import dev.roster.connectors.Capabilities;
import dev.roster.connectors.ConnectionSettings;
import dev.roster.connectors.ConnectorProvider;
import dev.roster.connectors.DirectoryConnector;
import dev.roster.connectors.SettingSpec;
import dev.roster.connectors.trace.ExchangeLog;
import java.util.List;

/** Any SCIM 2.0 service provider (RFC 7643 / 7644) reached with a bearer token. */
public final class ScimConnectorProvider implements ConnectorProvider {
    public static final String ID = "scim";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "SCIM 2.0";
    }

    @Override
    public List<SettingSpec> settings() {
        return ScimSettings.SPECS;
    }

    @Override
    public Capabilities capabilities() {
        return ScimCapabilities.CAPABILITIES;
    }

    @Override
    public DirectoryConnector connect(ConnectionSettings settings, ExchangeLog log) {
        return new ScimConnector(ScimSettings.parse(settings), log);
    }

    @Override
    public List<String> review(ConnectionSettings settings) {
        return ScimSettings.review(settings);
    }
}
