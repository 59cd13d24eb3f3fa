package dev.roster.connectors.fakes;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.roster.connectors.model.Json;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Microsoft identity platform's token endpoint for one tenant, client credentials only
 * (https://learn.microsoft.com/entra/identity-platform/v2-oauth2-client-creds-grant-flow): a form POST to
 * {@code /{tenant}/oauth2/v2.0/token} answered {@code {"token_type":"Bearer","expires_in","ext_expires_in",
 * "access_token"}}. Each token is opaque and remembered with its expiry and whether its app may write.
 */
final class FakeSignIn {
    record Issued(boolean writer, Instant expires) {
    }

    private final String tenant;
    private final Map<String, String> secrets = new HashMap<>();
    private final Map<String, Boolean> writers = new HashMap<>();
    private final Map<String, Issued> tokens = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final SecureRandom random = new SecureRandom();
    private volatile Duration lifetime = Duration.ofSeconds(3599);

    FakeSignIn(String tenant) {
        this.tenant = tenant;
    }

    void register(String clientId, String secret, boolean writer) {
        secrets.put(clientId, secret);
        writers.put(clientId, writer);
    }

    void lifetime(Duration d) {
        lifetime = d;
    }

    int requests() {
        return requests.get();
    }

    /** A token valid for {@code d}, for a person who pastes one (auth=token). */
    String issue(boolean writer, Duration d) {
        return issue(null, writer, d);
    }

    /**
     * A JWT as the identity platform issues for Graph (v1 access token claims: aud, iss, tid, appid,
     * app_displayname, idtyp, and for app-only tokens the granted application permissions in {@code roles}),
     * with a random signature part; a pasted token carries the delegated {@code scp} of a signed-in admin instead.
     */
    String issue(String clientId, boolean writer, Duration d) {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        Instant expires = Instant.now().plus(d);
        ObjectNode claims = Json.mapper().createObjectNode();
        claims.put("aud", "https://graph.microsoft.com");
        claims.put("iss", "https://sts.windows.net/" + tenant + "/");
        claims.put("tid", tenant);
        claims.put("exp", expires.getEpochSecond());
        if (clientId != null) {
            claims.put("appid", clientId);
            claims.put("app_displayname", writer ? "Roster Test App" : "Roster Reader App");
            claims.put("idtyp", "app");
            var roles = claims.putArray("roles");
            (writer ? java.util.List.of("Group.ReadWrite.All", "User.ReadWrite.All") : java.util.List.of("Group.Read.All", "User.Read.All"))
                    .forEach(roles::add);
        } else {
            claims.put("upn", "admin@contoso.example");
            claims.put("idtyp", "user");
            claims.put("scp", writer ? "Group.ReadWrite.All User.ReadWrite.All" : "Group.Read.All User.Read.All");
        }
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String token = "eyJ0eXAiOiJKV1QifQ." + b64.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(bytes);
        tokens.put(token, new Issued(writer, expires));
        return token;
    }

    /** Who a bearer token is, if it is one of ours and not expired. */
    Issued holder(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return null;
        }
        Issued issued = tokens.get(authorization.substring("Bearer ".length()));
        return issued == null || issued.expires().isBefore(Instant.now()) ? null : issued;
    }

    boolean known(String authorization) {
        return authorization != null && authorization.startsWith("Bearer ") && tokens.containsKey(authorization.substring(7));
    }

    ResponseDefinition token(String pathTenant, LoggedRequest request) {
        requests.incrementAndGet();
        if (!tenant.equals(pathTenant)) {
            return GraphAnswers.tokenError(400, "invalid_request", 90002, "Tenant '" + pathTenant + "' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.");
        }
        Map<String, String> form = form(request.getBodyAsString());
        if (!"client_credentials".equals(form.get("grant_type"))) {
            return GraphAnswers.tokenError(400, "unsupported_grant_type", 70003, "The app requested an unsupported grant type.");
        }
        String clientId = form.get("client_id");
        if (clientId == null || !secrets.containsKey(clientId)) {
            return GraphAnswers.tokenError(400, "unauthorized_client", 700016, "Application with identifier '" + clientId
                    + "' was not found in the directory '" + tenant + "'.");
        }
        if (!secrets.get(clientId).equals(form.get("client_secret"))) {
            return GraphAnswers.tokenError(401, "invalid_client", 7000215, "Invalid client secret provided. Ensure the secret being"
                    + " sent in the request is the client secret value, not the client secret ID, for a secret added to app '" + clientId + "'.");
        }
        String scope = form.getOrDefault("scope", "");
        if (!scope.contains("/.default")) {
            return GraphAnswers.tokenError(400, "invalid_scope", 1002012, "The provided value for scope " + scope + " is not valid."
                    + " Client credential flows must have a scope value with /.default suffixed to the resource identifier.");
        }
        String token = issue(clientId, writers.get(clientId), lifetime);
        ObjectNode body = Json.mapper().createObjectNode();
        body.put("token_type", "Bearer");
        body.put("expires_in", lifetime.toSeconds());
        body.put("ext_expires_in", lifetime.toSeconds());
        body.put("access_token", token);
        return GraphAnswers.json(200, body, request.getHeader("client-request-id")).build();
    }

    /** The OpenID configuration MSAL reads for OIDC authorities; served for completeness. */
    ResponseDefinition openIdConfiguration(String base) {
        ObjectNode body = Json.mapper().createObjectNode();
        body.put("token_endpoint", base + "/" + tenant + "/oauth2/v2.0/token");
        body.put("issuer", base + "/" + tenant + "/v2.0");
        body.put("authorization_endpoint", base + "/" + tenant + "/oauth2/v2.0/authorize");
        body.putArray("token_endpoint_auth_methods_supported").add("client_secret_post").add("private_key_jwt").add("client_secret_basic");
        return GraphAnswers.json(200, body, null).build();
    }

    private static Map<String, String> form(String body) {
        Map<String, String> out = new HashMap<>();
        for (String pair : (body == null ? "" : body).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return out;
    }
}
