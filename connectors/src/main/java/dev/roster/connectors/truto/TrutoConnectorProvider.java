package dev.roster.connectors.truto;

import dev.roster.connectors.Capabilities;
import dev.roster.connectors.ConnectionSettings;
import dev.roster.connectors.ConnectorProvider;
import dev.roster.connectors.DirectoryConnector;
import dev.roster.connectors.SettingSpec;
import dev.roster.connectors.http.Auth;
import dev.roster.connectors.http.HttpSettings;
import dev.roster.connectors.http.HttpTransport;
import dev.roster.connectors.tls.TlsSettings;
import dev.roster.connectors.trace.ExchangeLog;
import java.net.URI;
import java.util.List;

/** {@code --type truto}: Truto's hosted unified user-directory API, for one integrated account. */
public final class TrutoConnectorProvider implements ConnectorProvider {
    public static final String ID = "truto";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Truto";
    }

    @Override
    public List<SettingSpec> settings() {
        return TrutoSettings.SPECS;
    }

    @Override
    public Capabilities capabilities() {
        return TrutoCapabilities.CAPABILITIES;
    }

    @Override
    public DirectoryConnector connect(ConnectionSettings settings, ExchangeLog log) {
        TrutoSettings truto = TrutoSettings.from(settings);
        HttpTransport transport = HttpTransport.builder(settings.connectionName(), log)
                .baseUrl(URI.create(truto.baseUrl()))
                .auth(Auth.bearer(truto.token()))
                .errorParser(TrutoErrorParser.INSTANCE)
                .settings(HttpSettings.from(settings))
                .tls(TlsSettings.parse(settings))
                .build();
        return new TrutoConnector(transport, truto);
    }

    /** The base URL must be one; over plain http to another machine the token would travel in clear: a warning. */
    @Override
    public List<String> review(ConnectionSettings settings) {
        TlsSettings.parse(settings); // the PEM files, and no connection in clear without allow_insecure
        return TrutoSettings.warnings(settings);
    }
}
