package dev.roster.connectors.entra;

import com.microsoft.aad.msal4j.ClientCredentialFactory;
import com.microsoft.aad.msal4j.ClientCredentialParameters;
import com.microsoft.aad.msal4j.ConfidentialClientApplication;
import com.microsoft.aad.msal4j.IAuthenticationResult;
import com.microsoft.aad.msal4j.MsalServiceException;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.ErrorKind;
import dev.roster.connectors.http.HttpStatuses;
import dev.roster.connectors.http.HttpTransport;
import java.net.MalformedURLException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Access tokens for an app registration (OAuth 2.0 client credentials) from MSAL4J. The token is kept here and
 * reused until it is within five minutes of expiring (half its lifetime for a short-lived one), then renewed:
 * MSAL's own cache is skipped, because its lookup matches the authority's host against instance-discovery
 * aliases, which a custom authority (a national cloud, a test) does not have. MSAL is built on the first request, so
 * opening a connection sends nothing; its HTTP goes through {@link TransportHttpClient}. Authority validation
 * and instance discovery are off: the authority is the connection's setting (a national cloud, a test), and
 * discovery would call login.microsoftonline.com whatever it is.
 */
final class ClientCredentialTokens implements Supplier<String> {
    private final EntraSettings.Config config;
    private final HttpTransport transport;
    private final Duration timeout;
    /** MSAL's margin: a token is renewed this long before it expires. */
    private static final Duration RENEW_BEFORE = Duration.ofMinutes(5);
    private final java.time.Clock clock;
    private ConfidentialClientApplication app;
    private String token;
    private java.time.Instant renewAt = java.time.Instant.MIN;

    ClientCredentialTokens(EntraSettings.Config config, HttpTransport transport, Duration timeout) {
        this.config = config;
        this.transport = transport;
        this.timeout = timeout;
        this.clock = java.time.Clock.systemUTC();
    }

    /** The current token, fetched first when there is none or it is due; one caller fetches, the others wait. */
    @Override
    public synchronized String get() {
        if (token != null && clock.instant().isBefore(renewAt)) {
            return token;
        }
        ClientCredentialParameters parameters = ClientCredentialParameters.builder(Set.of(config.scope())).skipCache(true).build();
        try {
            IAuthenticationResult result = app().acquireToken(parameters).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            java.time.Instant expires = result.expiresOnDate().toInstant();
            Duration lifetime = Duration.between(clock.instant(), expires);
            Duration margin = lifetime.dividedBy(2).compareTo(RENEW_BEFORE) < 0 ? lifetime.dividedBy(2) : RENEW_BEFORE;
            token = result.accessToken();
            renewAt = expires.minus(margin);
            return token;
        } catch (ExecutionException e) {
            throw mapped(e.getCause());
        } catch (TimeoutException e) {
            throw DirectoryException.caused(ErrorKind.TRANSPORT, e, ErrorCode.ENTRA_TOKEN_FAILED, authority(),
                    "no token within " + timeout.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw DirectoryException.caused(ErrorKind.TRANSPORT, e, ErrorCode.ENTRA_TOKEN_FAILED, authority(), "interrupted");
        } catch (RuntimeException e) {
            throw mapped(e);
        }
    }

    private synchronized ConfidentialClientApplication app() {
        if (app == null) {
            try {
                app = ConfidentialClientApplication.builder(config.clientId(), ClientCredentialFactory.createFromSecret(config.clientSecret()))
                        .authority(authority())
                        .validateAuthority(false)
                        .instanceDiscovery(false)
                        .httpClient(new TransportHttpClient(transport))
                        .disableInternalRetries()
                        .logPii(false)
                        .build();
            } catch (MalformedURLException | IllegalArgumentException e) {
                throw DirectoryException.caused(ErrorKind.VALIDATION, e, ErrorCode.ENTRA_TOKEN_FAILED, authority(), e.getMessage());
            }
        }
        return app;
    }

    private String authority() {
        return config.authority().toString().replaceAll("/+$", "") + "/" + config.tenantId() + "/";
    }

    /** The transport's own failure as it was; the sign-in's refusal as one sentence naming what to check. */
    private DirectoryException mapped(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DirectoryException d) {
                return d;
            }
        }
        if (failure instanceof MsalServiceException refused) {
            int status = refused.statusCode() == null ? 0 : refused.statusCode();
            String what = refused.errorCode() + ": " + firstSentence(refused.getMessage());
            if (status == 400 || status == 401) {
                return new DirectoryException(ErrorKind.AUTHENTICATION, ErrorCode.ENTRA_TOKEN_REFUSED.format(
                        java.util.List.of(tokenEndpoint(), what)), status, null, null, refused.correlationId(), failure)
                        .recoded(DirectoryException.coded(ErrorKind.AUTHENTICATION, ErrorCode.ENTRA_TOKEN_REFUSED, tokenEndpoint(), what));
            }
            ErrorKind kind = status == 0 ? ErrorKind.REMOTE : HttpStatuses.kindOf(status);
            return new DirectoryException(kind, ErrorCode.ENTRA_TOKEN_FAILED.format(java.util.List.of(tokenEndpoint(), what)),
                    status == 0 ? null : status, null, null, refused.correlationId(), failure)
                    .recoded(DirectoryException.coded(kind, ErrorCode.ENTRA_TOKEN_FAILED, tokenEndpoint(), what));
        }
        String why = failure == null ? "no answer" : failure.getClass().getSimpleName() + ": " + firstSentence(failure.getMessage());
        return DirectoryException.caused(ErrorKind.AUTHENTICATION, failure, ErrorCode.ENTRA_TOKEN_FAILED, tokenEndpoint(), why);
    }

    private String tokenEndpoint() {
        return authority() + "oauth2/v2.0/token";
    }

    /** AADSTS descriptions go on with trace and correlation ids and a timestamp: the first sentence says it. */
    private static String firstSentence(String message) {
        if (message == null) {
            return "";
        }
        String m = message.strip();
        int traceAt = m.indexOf(" Trace ID:");
        if (traceAt > 0) {
            m = m.substring(0, traceAt);
        }
        int dot = m.indexOf(". ");
        return dot > 0 ? m.substring(0, dot + 1) : m;
    }
}
