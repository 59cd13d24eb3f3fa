package dev.roster.connectors.google;

import com.google.auth.oauth2.AccessToken;
import com.google.auth.oauth2.GoogleCredentials;
import com.google.auth.oauth2.ServiceAccountCredentials;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.ErrorKind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The access token of a service account acting for an admin: fetched on first use with the JWT-bearer grant
 * (RFC 7523; google-auth signs the assertion with the key, RS256), kept, and fetched again shortly before
 * it expires or after the API refused it. One fetch at a time: threads that need a token meanwhile wait
 * for that one. The private key never leaves google-auth; the token and the key's PEM are named to the
 * trace so that it masks them wherever they would appear.
 */
final class AccessTokens {
    /** Renew this long before the expiry Google gave, so that a token never dies in flight. */
    static final Duration MARGIN = Duration.ofMinutes(1);
    /** Google's tokens last an hour; an answer without expires_in is assumed to last this long. */
    private static final Duration ASSUMED_LIFETIME = Duration.ofMinutes(5);

    private final ServiceAccountCredentials credentials;
    private final ServiceAccountKey key;
    private final String subject;
    private final Collection<String> scopes;
    private final Clock clock;
    private AccessToken current;
    private Instant renewAt = Instant.MIN;

    AccessTokens(ServiceAccountKey key, String subject, Collection<String> scopes, TokenWire wire, Clock clock) {
        this.key = key;
        this.subject = subject;
        this.scopes = List.copyOf(scopes);
        this.clock = clock;
        try {
            GoogleCredentials parsed = ServiceAccountCredentials.fromStream(new ByteArrayInputStream(key.contents()), wire)
                    .createScoped(this.scopes).createDelegated(subject);
            this.credentials = (ServiceAccountCredentials) parsed;
        } catch (IOException | RuntimeException e) {
            // google-auth's message may quote the file: say only which check failed
            throw DirectoryException.invalid(ErrorCode.GOOGLE_NOT_A_KEY_FILE, GoogleSettings.KEY_FILE.key(), key.file(),
                    "google-auth cannot use its private key (" + e.getClass().getSimpleName() + ")");
        }
    }

    // feature: connection-check
    /** The admin the service account acts as (domain-wide delegation). */
    String subject() {
        return subject;
    }

    /** The service account's email (its key's client_email). */
    String serviceAccount() {
        return key.clientEmail();
    }

    /** The scopes every token is asked for: Google signs in only when the delegation grants all of them. */
    List<String> scopes() {
        return List.copyOf(scopes);
    }

    /** A token valid for at least {@link #MARGIN}, fetched when the one held is older. */
    synchronized String token() {
        Instant now = clock.instant();
        if (current == null || !now.isBefore(renewAt)) {
            current = fetch();
            // google-auth dates the expiry by the system clock: keep only the lifetime (expires_in) from it
            Duration lifetime = current.getExpirationTime() == null ? ASSUMED_LIFETIME
                    : Duration.between(Instant.now(), current.getExpirationTime().toInstant());
            renewAt = now.plus(lifetime).minus(MARGIN);
        }
        return current.getTokenValue();
    }

    /** The API refused the token (revoked, or the clock was wrong): the next call fetches a new one. */
    synchronized void forget() {
        current = null;
    }

    /** The values the trace masks: the token held and the key's PEM text. */
    synchronized List<String> secrets() {
        List<String> secrets = new ArrayList<>(List.of(key.privateKeyPem()));
        if (current != null) {
            secrets.add(current.getTokenValue());
        }
        return secrets;
    }

    private AccessToken fetch() {
        try {
            AccessToken token = credentials.refreshAccessToken();
            if (token == null || token.getTokenValue() == null || token.getTokenValue().isBlank()) {
                throw DirectoryException.coded(ErrorKind.PROTOCOL, ErrorCode.GOOGLE_TOKEN_UNUSABLE, key.tokenUri(), "no access_token");
            }
            return token;
        } catch (DirectoryException e) {
            throw refusal(e);
        } catch (IOException e) {
            // google-auth read the answer and could not use it: a body without access_token, or not JSON
            throw DirectoryException.caused(ErrorKind.PROTOCOL, e, ErrorCode.GOOGLE_TOKEN_UNUSABLE, key.tokenUri(),
                    e.getClass().getSimpleName());
        }
    }

    /**
     * Google answers a sign-in it refuses with 400 {@code invalid_grant} (unknown subject, a key that was
     * deleted, a clock far off) or 401 {@code unauthorized_client} (no domain-wide delegation for these
     * scopes): an authentication error that names the three things an admin checks.
     */
    private DirectoryException refusal(DirectoryException e) {
        int status = e.providerStatus().orElse(0);
        if (status != 400 && status != 401 && status != 403) {
            return e; // the wire, or the endpoint in trouble: as the transport typed it
        }
        String answer = e.rawResponse().map(AccessTokens::oauthError).orElse(String.valueOf(status));
        return DirectoryException.coded(ErrorKind.AUTHENTICATION, ErrorCode.GOOGLE_SIGN_IN_REFUSED, key.clientEmail(), subject,
                answer, credentials.getClientId(), String.join(",", scopes)).withAnswer(status, e.rawResponse().orElse(null), e);
    }

    /** {@code invalid_grant: Invalid email or User ID} from the OAuth error body, else the body's start. */
    private static String oauthError(String body) {
        try {
            var node = dev.roster.connectors.model.Json.mapper().readTree(body);
            String error = node.path("error").asText("");
            String description = node.path("error_description").asText("");
            if (!error.isEmpty()) {
                return description.isEmpty() ? error : error + ": " + description;
            }
        } catch (IOException notJson) {
            // fall through
        }
        return body.length() > 120 ? body.substring(0, 120) + "..." : body;
    }
}
