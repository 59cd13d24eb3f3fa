package dev.roster.connectors.truto;

import dev.roster.connectors.ConnectionSettings;
import dev.roster.connectors.SettingSpec;
import dev.roster.connectors.http.ApiUrl;
import dev.roster.connectors.http.HttpSettings;
import dev.roster.connectors.tls.TlsSettings;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * A Truto connection: the API host, the integrated account every call names, and the API token (sent as
 * {@code Authorization: Bearer}). The HTTP and TLS knobs every HTTP connector has come after them.
 */
record TrutoSettings(String baseUrl, String integratedAccountId, String token) {
    static final String DEFAULT_BASE_URL = "https://api.truto.one";

    static final SettingSpec BASE_URL = SettingSpec.text("base_url", "Truto API URL", true, DEFAULT_BASE_URL,
            "Truto's API host; change it only for a proxy or a test server.").withKind(SettingSpec.Kind.URL).withExample("https://api.truto.one");
    static final SettingSpec INTEGRATED_ACCOUNT_ID = SettingSpec.text("integrated_account_id", "Integrated account id", true, null,
            "The id of the connected account (your customer's Okta, Google Workspace ...) in Truto: Integrated accounts, then the account's id.").withExample("4c5d8e0a-1b2c-4d3e-9f80-112233445566");
    static final SettingSpec TOKEN = SettingSpec.secret("token", "API token", true,
            "A Truto API token of the environment that holds the integrated account (Settings, API tokens).").withExample("env:TRUTO_TOKEN");

    static final List<SettingSpec> SPECS = specs();

    private static List<SettingSpec> specs() {
        List<SettingSpec> all = new ArrayList<>(List.of(BASE_URL, INTEGRATED_ACCOUNT_ID, TOKEN));
        all.addAll(HttpSettings.SPECS);
        all.addAll(TlsSettings.SPECS);
        return List.copyOf(all);
    }

    /** Checked without sending anything: a missing setting or a base URL that is not one fails here. */
    static TrutoSettings from(ConnectionSettings settings) {
        String base = settings.require(BASE_URL).strip();
        ApiUrl.base(base); // validates: absolute, no query
        return new TrutoSettings(base, settings.require(INTEGRATED_ACCOUNT_ID).strip(), settings.require(TOKEN));
    }

    /**
     * What the user should know before trusting the connection with the token: over plain http it would travel
     * in clear, which is only harmless on this machine (a local fake or proxy).
     */
    static List<String> warnings(ConnectionSettings settings) {
        TrutoSettings truto = new TrutoSettings(settings.valueOrDefault(BASE_URL).strip(), null, null);
        URI uri = ApiUrl.base(truto.baseUrl()).toUri();
        if (!"http".equalsIgnoreCase(uri.getScheme()) || isLoopback(uri.getHost())) {
            return List.of();
        }
        return List.of("Connection '" + settings.connectionName() + "' sends its Truto API token in clear to " + uri.getHost()
                + " (base_url is http://): use https:// unless this is a proxy you trust on a private network.");
    }

    private static boolean isLoopback(String host) {
        String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        return h.equalsIgnoreCase("localhost") || h.startsWith("127.") || h.equals("::1");
    }

    @Override
    public String toString() {
        return "TrutoSettings[" + baseUrl + ", integrated_account_id=" + integratedAccountId + ", token=****]";
    }
}
