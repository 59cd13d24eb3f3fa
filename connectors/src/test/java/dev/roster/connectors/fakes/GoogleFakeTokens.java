package dev.roster.connectors.fakes;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Google's OAuth 2.0 token endpoint for service accounts (RFC 7523 JWT-bearer grant), as
 * https://developers.google.com/identity/protocols/oauth2/service-account describes it: the assertion is
 * checked (RS256 signature with the account's public key, iss, aud, exp, the scopes delegated for the
 * subject), and a short-lived token is handed out. Refusals are Google's: {@code invalid_grant} for a bad
 * signature or an unknown subject, {@code unauthorized_client} for scopes without domain-wide delegation.
 */
final class GoogleFakeTokens {
    static final String GRANT = "urn:ietf:params:oauth:grant-type:jwt-bearer";
    static final String GOOGLE_AUDIENCE = "https://oauth2.googleapis.com/token";

    record Grant(String subject, Set<String> scopes, Instant expiresAt) {
    }

    private final Map<String, Grant> tokens = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final PublicKey publicKey;
    private final String clientEmail;
    private volatile Clock clock = Clock.systemUTC();
    private volatile long lifetimeSeconds = 3599;
    private volatile Set<String> delegatedScopes;
    private final Set<String> admins;

    GoogleFakeTokens(PublicKey publicKey, String clientEmail, Set<String> delegatedScopes, Set<String> admins) {
        this.publicKey = publicKey;
        this.clientEmail = clientEmail;
        this.delegatedScopes = Set.copyOf(delegatedScopes);
        this.admins = admins;
    }

    ResponseDefinition answer(Request request, String audience) {
        requests.incrementAndGet();
        Map<String, String> form = form(request.getBodyAsString());
        if (!GRANT.equals(form.get("grant_type"))) {
            return GoogleFakeAnswers.oauth(400, "unsupported_grant_type", "Invalid grant_type: " + form.get("grant_type"));
        }
        String[] parts = form.getOrDefault("assertion", "").split("\\.");
        if (parts.length != 3 || !signedByTheAccount(parts)) {
            return GoogleFakeAnswers.oauth(400, "invalid_grant", "Invalid JWT Signature.");
        }
        JsonNode claims;
        try {
            claims = GoogleFakeAnswers.JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        } catch (IOException | IllegalArgumentException e) {
            return GoogleFakeAnswers.oauth(400, "invalid_grant", "Invalid JWT payload.");
        }
        Instant now = clock.instant();
        // google-auth names Google's token endpoint as the audience whatever token_uri says; Google requires that one
        String aud = claims.path("aud").asText();
        if (!clientEmail.equals(claims.path("iss").asText()) || !(aud.equals(GOOGLE_AUDIENCE) || aud.equals(audience))) {
            return GoogleFakeAnswers.oauth(400, "invalid_grant", "Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable timeframe. Check your iat and exp values in the JWT claim.");
        }
        if (claims.path("exp").asLong() < now.getEpochSecond()) {
            return GoogleFakeAnswers.oauth(400, "invalid_grant", "Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable timeframe. Check your iat and exp values in the JWT claim.");
        }
        String subject = claims.path("sub").asText("");
        if (!admins.contains(subject)) {
            return GoogleFakeAnswers.oauth(400, "invalid_grant", "Invalid email or User ID");
        }
        Set<String> scopes = Set.of(claims.path("scope").asText("").split(" "));
        if (!delegatedScopes.containsAll(scopes)) {
            return GoogleFakeAnswers.oauth(401, "unauthorized_client",
                    "Client is unauthorized to retrieve access tokens using this method, or client not authorized for any of the scopes requested.");
        }
        String token = "ya29.fake-" + UUID.randomUUID();
        tokens.put(token, new Grant(subject, scopes, now.plusSeconds(lifetimeSeconds)));
        return GoogleFakeAnswers.json(200, GoogleFakeAnswers.JSON.createObjectNode().put("access_token", token)
                .put("expires_in", lifetimeSeconds).put("token_type", "Bearer"));
    }

    /** The grant of a token still valid now, or null. */
    Grant grant(String token) {
        Grant grant = tokens.get(token);
        return grant == null || !clock.instant().isBefore(grant.expiresAt()) ? null : grant;
    }

    /** A token handed out as if pasted from another tool. */
    String issue(String subject, Set<String> scopes) {
        String token = "ya29.pasted-" + UUID.randomUUID();
        tokens.put(token, new Grant(subject, Set.copyOf(scopes), clock.instant().plusSeconds(lifetimeSeconds)));
        return token;
    }

    int requests() {
        return requests.get();
    }

    void clock(Clock c) {
        this.clock = c;
    }

    void lifetimeSeconds(long seconds) {
        this.lifetimeSeconds = seconds;
    }

    void delegate(Set<String> scopes) {
        this.delegatedScopes = Set.copyOf(scopes);
    }

    void revokeAll() {
        tokens.clear();
    }

    private boolean signedByTheAccount(String[] parts) {
        try {
            JsonNode header = GoogleFakeAnswers.JSON.readTree(Base64.getUrlDecoder().decode(parts[0]));
            if (!"RS256".equals(header.path("alg").asText())) {
                return false;
            }
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initVerify(publicKey);
            rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            return rsa.verify(Base64.getUrlDecoder().decode(parts[2]));
        } catch (IOException | IllegalArgumentException | GeneralSecurityException e) {
            return false;
        }
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new HashMap<>();
        for (String pair : body == null ? new String[0] : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }
}
