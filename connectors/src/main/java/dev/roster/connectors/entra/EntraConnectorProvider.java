package dev.roster.connectors.entra;

import dev.roster.connectors.Capabilities;
import dev.roster.connectors.ConnectionSettings;
import dev.roster.connectors.ConnectorProvider;
import dev.roster.connectors.DirectoryConnector;
import dev.roster.connectors.SettingSpec;
import dev.roster.connectors.http.Auth;
import dev.roster.connectors.http.HttpSettings;
import dev.roster.connectors.http.HttpTransport;
import dev.roster.connectors.tls.Tls;
import dev.roster.connectors.tls.TlsSettings;
import dev.roster.connectors.trace.ExchangeLog;
import java.util.List;

/** Microsoft Entra ID (Azure AD) through Microsoft Graph v1.0. */
public final class EntraConnectorProvider implements ConnectorProvider {
    public static final String ID = "entra";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Microsoft Entra ID";
    }

    @Override
    public List<SettingSpec> settings() {
        return EntraSettings.SPECS;
    }

    @Override
    public Capabilities capabilities() {
        return EntraCapabilities.CAPABILITIES;
    }

    /**
     * Two transports, each bound to its own origin: the sign-in one (no credentials of its own; MSAL puts the
     * client secret in the form it posts) and the Graph one, whose bearer token is asked of MSAL's cache before
     * every request. Nothing is sent here.
     */
    @Override
    public DirectoryConnector connect(ConnectionSettings settings, ExchangeLog log) {
        EntraSettings.Config config = EntraSettings.parse(settings);
        HttpSettings http = HttpSettings.from(settings);
        Tls tls = TlsSettings.parse(settings);
        HttpTransport signIn = HttpTransport.builder(settings.connectionName(), log).baseUrl(config.authority())
                .settings(http).tls(tls).build();
        Auth auth = config.clientCredentials()
                ? Auth.renewingBearer(new ClientCredentialTokens(config, signIn, http.requestTimeout().multipliedBy(2)))
                : Auth.bearer(config.token());
        HttpTransport graph = HttpTransport.builder(settings.connectionName(), log).baseUrl(config.graph().toUri())
                .auth(auth).errorParser(GraphErrorParser.INSTANCE).settings(http).tls(tls).build();
        return new EntraConnector(graph, signIn, new GraphPaths(config.graph()), auth);
    }

    /** The settings must parse (the trusted_certificates file is read); nothing is sent, no secret is needed. */
    @Override
    public List<String> review(ConnectionSettings settings) {
        EntraSettings.parseWithoutSecrets(settings);
        return List.of();
    }
}
