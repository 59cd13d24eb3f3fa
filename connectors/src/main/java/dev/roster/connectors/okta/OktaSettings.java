package dev.roster.connectors.okta;

import dev.roster.connectors.ConnectionSettings;
import dev.roster.connectors.SettingSpec;
import dev.roster.connectors.http.ApiUrl;
import dev.roster.connectors.http.Auth;
import dev.roster.connectors.http.HttpSettings;
import dev.roster.connectors.tls.TlsSettings;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * An Okta connection's settings: the org URL, the token and how it is sent, and whether new users are
 * activated. The write path has no per-call options, so activation is a connection setting.
 */
record OktaSettings(String baseUrl, Auth auth, boolean activateUsers) {
    static final String SSWS = "SSWS";
    static final String BEARER = "Bearer";

    static final SettingSpec BASE_URL = SettingSpec.text("base_url", "Okta org URL", true, null,
            "https://{yourOktaDomain}, such as https://example.okta.com (no path)").withKind(SettingSpec.Kind.URL).withExample("https://example.okta.com");
    static final SettingSpec TOKEN = SettingSpec.secret("token", "API token or access token", true,
            "an API token (Security > API > Tokens) or an OAuth 2.0 access token with okta.groups.* / okta.users.* scopes").withExample("env:OKTA_TOKEN");
    static final SettingSpec AUTH_SCHEME = SettingSpec.choice("auth_scheme", "Token kind", SSWS, List.of(SSWS, BEARER),
            "SSWS for an API token (Authorization: SSWS ...), Bearer for an OAuth 2.0 access token").withExample("SSWS");
    static final SettingSpec ACTIVATE_USERS = SettingSpec.choice("activate_users", "Activate new users", "true",
            List.of("true", "false"), "true: a created user is ACTIVE (Okta's default, activation email sent); false: STAGED").withExample("true");

    static final List<SettingSpec> SPECS = specs();

    private static List<SettingSpec> specs() {
        List<SettingSpec> all = new ArrayList<>(List.of(BASE_URL, TOKEN, AUTH_SCHEME, ACTIVATE_USERS));
        all.addAll(HttpSettings.SPECS);
        all.addAll(TlsSettings.SPECS);
        return List.copyOf(all);
    }

    static OktaSettings parse(ConnectionSettings settings) {
        String base = ApiUrl.base(settings.require(BASE_URL)).toString();
        String scheme = settings.require(AUTH_SCHEME);
        String token = settings.require(TOKEN);
        Auth auth = BEARER.equals(scheme) ? Auth.bearer(token) : Auth.oktaApiToken(token);
        return new OktaSettings(base, auth, Boolean.parseBoolean(settings.require(ACTIVATE_USERS)));
    }

    URI baseUri() {
        return URI.create(baseUrl);
    }

    ApiUrl url(String... segments) {
        return ApiUrl.base(baseUrl).path(segments);
    }
}
