package dev.roster.connectors.okta;

import dev.roster.connectors.Capabilities;
import dev.roster.connectors.ConnectionSettings;
import dev.roster.connectors.ConnectorProvider;
import dev.roster.connectors.DirectoryConnector;
import dev.roster.connectors.SettingSpec;
import dev.roster.connectors.http.ApiUrl;
import dev.roster.connectors.http.HttpSettings;
import dev.roster.connectors.http.HttpTransport;
import dev.roster.connectors.tls.TlsSettings;
import dev.roster.connectors.trace.ExchangeLog;
import java.util.List;

/** Okta (Workforce Identity): the Management API with an API token (SSWS) or an OAuth 2.0 access token. */
public final class OktaConnectorProvider implements ConnectorProvider {
    public static final String ID = "okta";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Okta";
    }

    @Override
    public List<SettingSpec> settings() {
        return OktaSettings.SPECS;
    }

    @Override
    public Capabilities capabilities() {
        return OktaCapabilities.CAPABILITIES;
    }

    @Override
    public DirectoryConnector connect(ConnectionSettings settings, ExchangeLog log) {
        OktaSettings okta = OktaSettings.parse(settings);
        HttpTransport transport = HttpTransport.builder(settings.connectionName(), log)
                .baseUrl(okta.baseUri())
                .auth(okta.auth())
                .errorParser(new OktaErrorParser())
                .settings(HttpSettings.from(settings))
                .tls(TlsSettings.parse(settings))
                .build();
        return new OktaConnector(okta, transport);
    }

    /** Checks the URL, the choices and the TLS file without sending anything (the token is not needed yet). */
    @Override
    public List<String> review(ConnectionSettings settings) {
        ApiUrl.base(settings.require(OktaSettings.BASE_URL));
        settings.require(OktaSettings.AUTH_SCHEME);
        settings.require(OktaSettings.ACTIVATE_USERS);
        HttpSettings.from(settings);
        TlsSettings.parse(settings);
        return List.of();
    }
}
