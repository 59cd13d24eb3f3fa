package dev.roster.connectors.entra;

import dev.roster.connectors.ConnectionSettings;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.SettingSpec;
import dev.roster.connectors.http.ApiUrl;
import dev.roster.connectors.http.HttpSettings;
import dev.roster.connectors.tls.TlsSettings;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * The settings of an Entra ID connection. An app registration's client credentials (the way admins run
 * unattended tools) or a pasted access token for a quick look; the sign-in authority and the Graph base URL
 * are settings so that national clouds (and tests) can point elsewhere.
 */
final class EntraSettings {
    static final String CLIENT_CREDENTIALS = "client_credentials";
    static final String TOKEN = "token";

    static final SettingSpec AUTH = SettingSpec.choice("auth", "Sign-in", CLIENT_CREDENTIALS,
            List.of(CLIENT_CREDENTIALS, TOKEN),
            "client_credentials: an app registration's tenant id, client id and secret (tokens are fetched and renewed);"
                    + " token: a pasted Graph access token, for a quick look (it expires within about an hour)").withExample("client_credentials");
    static final SettingSpec TENANT_ID = SettingSpec.text("tenant_id", "Tenant ID", false, null,
            "Directory (tenant) ID of the app registration, or the tenant's domain (contoso.onmicrosoft.com)").withExample("contoso.onmicrosoft.com");
    static final SettingSpec CLIENT_ID = SettingSpec.text("client_id", "Client ID", false, null,
            "Application (client) ID of the app registration").withExample("00000000-0000-0000-0000-000000000000");
    static final SettingSpec CLIENT_SECRET = SettingSpec.secret("client_secret", "Client secret", false,
            "The client secret's value (not its ID), from Certificates & secrets of the app registration").withExample("env:ENTRA_CLIENT_SECRET");
    static final SettingSpec ACCESS_TOKEN = SettingSpec.secret("token", "Access token", false,
            "A Microsoft Graph access token (auth=token only)").withExample("env:GRAPH_TOKEN");
    static final SettingSpec AUTHORITY = SettingSpec.text("authority", "Sign-in authority", false,
            "https://login.microsoftonline.com",
            "Where tokens come from: https://login.microsoftonline.com (public cloud), https://login.microsoftonline.us (US Gov), https://login.chinacloudapi.cn (China)").withKind(SettingSpec.Kind.URL).withExample("https://login.microsoftonline.com");
    static final SettingSpec GRAPH_URL = SettingSpec.text("graph_url", "Graph base URL", false,
            "https://graph.microsoft.com/v1.0",
            "Microsoft Graph v1.0: https://graph.microsoft.com/v1.0, https://graph.microsoft.us/v1.0, https://microsoftgraph.chinacloudapi.cn/v1.0").withKind(SettingSpec.Kind.URL).withExample("https://graph.microsoft.com/v1.0");

    static final List<SettingSpec> SPECS;

    static {
        List<SettingSpec> all = new ArrayList<>(List.of(AUTH, TENANT_ID, CLIENT_ID, CLIENT_SECRET, ACCESS_TOKEN, AUTHORITY, GRAPH_URL));
        all.addAll(HttpSettings.SPECS);
        all.addAll(TlsSettings.SPECS);
        SPECS = List.copyOf(all);
    }

    private EntraSettings() {
    }

    /** What a connection was given, checked; nothing is sent. */
    record Config(String connectionName, boolean clientCredentials, String tenantId, String clientId, String clientSecret,
                  String token, URI authority, ApiUrl graph) {
        /** The token's audience: the Graph host's {@code /.default} scope (all application permissions granted). */
        String scope() {
            URI g = URI.create(graph.toString());
            return g.getScheme() + "://" + g.getRawAuthority() + "/.default";
        }

        @Override
        public String toString() {
            return "EntraSettings.Config[" + connectionName + ", " + (clientCredentials ? CLIENT_CREDENTIALS : TOKEN) + ", tenant="
                    + tenantId + ", client=" + clientId + ", authority=" + authority + ", graph=" + graph + "]";
        }
    }

    static Config parse(ConnectionSettings settings) {
        String name = settings.connectionName();
        boolean cc = settings.require(AUTH).equals(CLIENT_CREDENTIALS);
        ApiUrl graph = ApiUrl.base(settings.require(GRAPH_URL));
        URI authority = ApiUrl.base(settings.require(AUTHORITY)).toUri();
        if (cc) {
            return new Config(name, true, requireText(settings, TENANT_ID), requireText(settings, CLIENT_ID),
                    settings.require(CLIENT_SECRET), null, authority, graph);
        }
        return new Config(name, false, null, null, null, settings.require(ACCESS_TOKEN), authority, graph);
    }

    /** What {@link #parse} checks that does not need the secrets (a connection is reviewed before they are resolved). */
    static void parseWithoutSecrets(ConnectionSettings settings) {
        boolean cc = settings.require(AUTH).equals(CLIENT_CREDENTIALS);
        ApiUrl.base(settings.require(GRAPH_URL));
        ApiUrl.base(settings.require(AUTHORITY));
        if (cc) {
            requireText(settings, TENANT_ID);
            requireText(settings, CLIENT_ID);
        }
        HttpSettings.from(settings);
        TlsSettings.parse(settings);
    }

    private static String requireText(ConnectionSettings settings, SettingSpec spec) {
        String value = settings.value(spec.key()).map(String::strip).orElse("");
        if (value.isEmpty()) {
            throw DirectoryException.invalid(ErrorCode.SETTING_MISSING, settings.connectionName(), spec.key(), spec.label());
        }
        return value;
    }
}
