package dev.roster.connectors.scim;

import dev.roster.connectors.ConnectionSettings;
import dev.roster.connectors.SettingSpec;
import dev.roster.connectors.http.ApiUrl;
import dev.roster.connectors.http.HttpSettings;
import dev.roster.connectors.tls.TlsSettings;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/** The settings of a SCIM 2.0 connection and their parsing into a {@link ScimConfig}. */
public final class ScimSettings {
    public static final String BASE_URL = "base_url";
    public static final String TOKEN = "token";
    public static final String PATCH_STYLE = "patch_style";
    public static final String MEMBERS_SOURCE = "members_source";

    static final SettingSpec BASE_URL_SPEC = SettingSpec.text(BASE_URL, "SCIM base URL", true, null,
            "the SCIM root that /Users and /Groups hang off, e.g. https://example.com/scim/v2").withKind(SettingSpec.Kind.URL).withExample("https://example.com/scim/v2");
    static final SettingSpec TOKEN_SPEC = SettingSpec.secret(TOKEN, "Bearer token", true,
            "the token the SCIM application issued for provisioning (sent as Authorization: Bearer)").withExample("env:SCIM_TOKEN");
    static final SettingSpec PATCH_STYLE_SPEC = SettingSpec.choice(PATCH_STYLE, "PATCH style", PatchStyle.RFC7644.wireName(),
            PatchStyle.wireNames(), "rfc7644: lower-case ops, remove by members[value eq \"id\"]; entra: Add/Remove with a value list, as Microsoft Entra sends").withExample("rfc7644");
    static final SettingSpec MEMBERS_SOURCE_SPEC = SettingSpec.choice(MEMBERS_SOURCE, "Members from", MembersSource.GROUP.wireName(),
            MembersSource.wireNames(), "group: the group's members attribute (every server); filter: GET /Users?filter=groups.value eq \"id\" (full users, where the server supports it)").withExample("group");

    static final List<SettingSpec> SPECS;

    static {
        List<SettingSpec> specs = new ArrayList<>(List.of(BASE_URL_SPEC, TOKEN_SPEC, PATCH_STYLE_SPEC, MEMBERS_SOURCE_SPEC));
        specs.addAll(HttpSettings.SPECS);
        specs.addAll(TlsSettings.SPECS);
        SPECS = List.copyOf(specs);
    }

    private ScimSettings() {
    }

    /** Checks every setting (the trusted_certificates file is read); a problem is a validation error naming it. */
    static ScimConfig parse(ConnectionSettings settings) {
        URI base = ApiUrl.base(settings.require(BASE_URL_SPEC)).toUri();
        return new ScimConfig(settings.connectionName(), base, settings.require(TOKEN_SPEC),
                PatchStyle.of(settings.require(PATCH_STYLE_SPEC)), MembersSource.of(settings.require(MEMBERS_SOURCE_SPEC)),
                HttpSettings.from(settings), TlsSettings.parse(settings));
    }

    /**
     * The checks that need no secret (the URL, the choices, the timeouts, the PEM file); a token that would go
     * in clear over {@code http://} to another machine is a warning.
     */
    static List<String> review(ConnectionSettings settings) {
        URI base = ApiUrl.base(settings.require(BASE_URL_SPEC)).toUri();
        settings.require(PATCH_STYLE_SPEC);
        settings.require(MEMBERS_SOURCE_SPEC);
        HttpSettings.from(settings);
        TlsSettings.parse(settings);
        if ("http".equalsIgnoreCase(base.getScheme()) && !loopback(base.getHost())) {
            return List.of("connection '" + settings.connectionName() + "' sends its bearer token in clear to "
                    + base.getHost() + " over http://: use an https:// base_url");
        }
        return List.of();
    }

    private static boolean loopback(String host) {
        String h = host.toLowerCase(java.util.Locale.ROOT);
        return h.equals("localhost") || h.startsWith("127.") || h.equals("[::1]") || h.equals("::1");
    }
}
