package dev.roster.connectors.google;

import dev.roster.connectors.ConnectionSettings;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.SettingSpec;
import dev.roster.connectors.http.ApiUrl;
import dev.roster.connectors.http.HttpSettings;
import dev.roster.connectors.tls.TlsSettings;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A Google Workspace connection's settings. Admins sign in with a service account's JSON key and the admin
 * the account acts as ({@code subject}, domain-wide delegation); a pasted access token is the other way. The
 * key file's path is a plain setting, its contents are never stored: it is read when the connection opens.
 */
record GoogleSettings(String connectionName, String baseUrl, AuthMode auth, Path keyFile, String subject, String token,
                      Access access, String customer, String domain) {

    enum AuthMode { SERVICE_ACCOUNT, TOKEN }

    /** Which Directory scopes the token asks for: an admin who only reads delegates only the readonly ones. */
    enum Access { READ_WRITE, READ_ONLY }

    static final String DEFAULT_BASE_URL = "https://admin.googleapis.com";

    static final SettingSpec BASE_URL = SettingSpec.text("base_url", "Base URL", false, DEFAULT_BASE_URL,
            "The Admin SDK's address; change it only for a test server.").withKind(SettingSpec.Kind.URL).withExample("https://admin.googleapis.com");
    static final SettingSpec AUTH = SettingSpec.choice("auth", "Sign-in", "service_account", List.of("service_account", "token"),
            "service_account: a JSON key with domain-wide delegation and the admin to act as; token: a pasted OAuth access token.").withExample("service_account");
    static final SettingSpec KEY_FILE = SettingSpec.text("service_account_key_file", "Service account key file", false, null,
            "Path of the service account's JSON key (keep it chmod 600); its contents are never stored in Roster.").withKind(SettingSpec.Kind.FILE).withExample("/home/ada/keys/roster-directory-sa.json");
    static final SettingSpec SUBJECT = SettingSpec.text("subject", "Admin to act as", false, null,
            "The e-mail address of the Workspace admin the service account acts for (domain-wide delegation).").withExample("admin@example.com");
    static final SettingSpec TOKEN = SettingSpec.secret("token", "Access token", false,
            "An OAuth 2.0 access token with the Directory scopes, for auth=token (it expires within an hour).").withExample("env:GOOGLE_TOKEN");
    static final SettingSpec ACCESS = SettingSpec.choice("access", "Access", "read_write", List.of("read_write", "read_only"),
            "read_only asks for the readonly Directory scopes only: for an admin or a delegation that may only read.").withExample("read_write");
    static final SettingSpec CUSTOMER = SettingSpec.text("customer", "Customer", false, "my_customer",
            "The Workspace account's customer id; my_customer is the account of the admin signed in.").withExample("my_customer");
    static final SettingSpec DOMAIN = SettingSpec.text("domain", "Domain", false, null,
            "List only this domain's groups and users instead of the whole customer account.").withExample("example.com");

    static final List<SettingSpec> SPECS;

    static {
        List<SettingSpec> specs = new ArrayList<>(List.of(AUTH, KEY_FILE, SUBJECT, TOKEN, ACCESS, CUSTOMER, DOMAIN, BASE_URL));
        specs.addAll(HttpSettings.SPECS);
        specs.addAll(TlsSettings.SPECS);
        SPECS = List.copyOf(specs);
    }

    static GoogleSettings parse(ConnectionSettings settings) {
        return parse(settings, true);
    }

    /** {@code withSecrets} false: the settings as saved, before their secrets are resolved (a review). */
    static GoogleSettings parse(ConnectionSettings settings, boolean withSecrets) {
        String name = settings.connectionName();
        String base = ApiUrl.base(settings.valueOrDefault(BASE_URL)).toString();
        AuthMode auth = settings.require(AUTH).equals("token") ? AuthMode.TOKEN : AuthMode.SERVICE_ACCOUNT;
        Path keyFile = null;
        String subject = null;
        String token = null;
        if (auth == AuthMode.SERVICE_ACCOUNT) {
            keyFile = path(settings.require(required(KEY_FILE)));
            subject = settings.require(required(SUBJECT)).strip();
        } else if (withSecrets) {
            token = settings.require(required(TOKEN));
        }
        Access access = settings.require(ACCESS).equals("read_only") ? Access.READ_ONLY : Access.READ_WRITE;
        return new GoogleSettings(name, base, auth, keyFile, subject, token, access,
                settings.valueOrDefault(CUSTOMER).strip(), settings.value(DOMAIN.key()).map(String::strip).orElse(null));
    }

    /** The settings each sign-in needs are optional in the form (the other sign-in does without them), required here. */
    private static SettingSpec required(SettingSpec spec) {
        return spec.withRequired(true);
    }

    private static Path path(String value) {
        try {
            return Path.of(value.strip());
        } catch (InvalidPathException e) {
            throw DirectoryException.invalid(ErrorCode.SETTING_NOT_A_PATH, KEY_FILE.key(), value, e.getReason());
        }
    }

    @Override
    public String toString() {
        return "GoogleSettings[" + connectionName + ", " + baseUrl + ", " + auth + ", subject=" + subject + ", token="
                + (token == null ? "none" : "****") + "]";
    }
}
