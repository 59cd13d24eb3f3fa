package dev.roster.connectors.google;

import dev.roster.connectors.Capabilities;
import dev.roster.connectors.ConnectionSettings;
import dev.roster.connectors.ConnectorProvider;
import dev.roster.connectors.DirectoryConnector;
import dev.roster.connectors.SettingSpec;
import dev.roster.connectors.http.Auth;
import dev.roster.connectors.http.HttpSettings;
import dev.roster.connectors.http.HttpTransport;
import dev.roster.connectors.http.Sleeper;
import dev.roster.connectors.tls.Tls;
import dev.roster.connectors.tls.TlsSettings;
import dev.roster.connectors.trace.ExchangeLog;
import java.net.URI;
import java.time.Clock;
import java.util.List;

/** Google Workspace through the Admin SDK Directory API. */
public final class GoogleConnectorProvider implements ConnectorProvider {
    public static final String ID = "google";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Google Workspace";
    }

    @Override
    public List<SettingSpec> settings() {
        return GoogleSettings.SPECS;
    }

    @Override
    public Capabilities capabilities() {
        return GoogleCapabilities.CAPABILITIES;
    }

    /** Reads the key file (a service account) and checks the settings; the first token is fetched by the first call. */
    @Override
    public DirectoryConnector connect(ConnectionSettings settings, ExchangeLog log) {
        return connect(settings, log, Clock.systemUTC(), Sleeper.SYSTEM);
    }

    /** The settings and the key file; a key file that others may read is a warning. */
    @Override
    public List<String> review(ConnectionSettings settings) {
        GoogleSettings google = GoogleSettings.parse(settings, false);
        TlsSettings.parse(settings); // the PEM files, and no connection in clear without allow_insecure
        if (google.auth() != GoogleSettings.AuthMode.SERVICE_ACCOUNT) {
            return List.of();
        }
        ServiceAccountKey.read(google.keyFile());
        return ServiceAccountKey.warnings(google.keyFile());
    }

    /** With the clock that ages tokens and the sleeper that waits between retries: tests pass their own. */
    DirectoryConnector connect(ConnectionSettings settings, ExchangeLog log, Clock clock, Sleeper sleeper) {
        GoogleSettings google = GoogleSettings.parse(settings);
        HttpSettings http = HttpSettings.from(settings);
        Tls tls = TlsSettings.parse(settings);
        HttpTransport.Builder api = HttpTransport.builder(settings.connectionName(), log)
                .baseUrl(URI.create(google.baseUrl())).settings(http).tls(tls).sleeper(sleeper).clock(clock);
        if (google.auth() == GoogleSettings.AuthMode.TOKEN) {
            return new GoogleConnector(google, api.auth(Auth.bearer(google.token())).build(), null, () -> { });
        }
        ServiceAccountKey key = ServiceAccountKey.read(google.keyFile());
        // the token endpoint is another origin: it gets a transport of its own, traced in the same log
        HttpTransport tokenTransport = HttpTransport.builder(settings.connectionName(), log).baseUrl(key.tokenUri())
                .settings(http).tls(tls).sleeper(sleeper).clock(clock).build();
        AccessTokens tokens = new AccessTokens(key, google.subject(), Scopes.of(google.access()), new TokenWire(tokenTransport), clock);
        return new GoogleConnector(google, api.auth(Auth.bearer(tokens::token, tokens::secrets)).build(), tokens, tokenTransport);
    }
}
