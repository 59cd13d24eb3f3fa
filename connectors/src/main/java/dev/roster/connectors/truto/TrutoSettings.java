package dev.roster.connectors.truto;

import dev.roster.connectors.ConnectionSettings;
import dev.roster.connectors.SettingSpec;
import dev.roster.connectors.http.ApiUrl;
import dev.roster.connectors.http.HttpSettings;
import dev.roster.connectors.tls.TlsSettings;
import java.util.ArrayList;
import java.util.List;

/**
 * A Truto connection: the API host, the integrated account every call names, and the API token (sent as
 * {@code Authorization: Bearer}). The HTTP and TLS knobs every HTTP connector has come after them.
 */
record TrutoSettings(String baseUrl, String integratedAccountId, String token) {
    static final String DEFAULT_BASE_URL = "https://api.truto.one";

    static final SettingSpec BASE_URL = SettingSpec.text("base_url", "Truto API URL", true, DEFAULT_BASE_URL,
            "Truto's API host; change it only for a proxy or a test server.");
    static final SettingSpec INTEGRATED_ACCOUNT_ID = SettingSpec.text("integrated_account_id", "Integrated account id", true, null,
            "The id of the connected account (your customer's Okta, Google Workspace ...) in Truto: Integrated accounts, then the account's id.");
    static final SettingSpec TOKEN = SettingSpec.secret("token", "API token", true,
            "A Truto API token of the environment that holds the integrated account (Settings, API tokens).");

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

    @Override
    public String toString() {
        return "TrutoSettings[" + baseUrl + ", integrated_account_id=" + integratedAccountId + ", token=****]";
    }
}
