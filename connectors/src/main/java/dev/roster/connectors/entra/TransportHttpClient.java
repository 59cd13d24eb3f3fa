package dev.roster.connectors.entra;

import com.microsoft.aad.msal4j.HttpRequest;
import com.microsoft.aad.msal4j.IHttpClient;
import com.microsoft.aad.msal4j.IHttpResponse;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.http.ApiRequest;
import dev.roster.connectors.http.ApiResponse;
import dev.roster.connectors.http.HttpTransport;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * MSAL's HTTP through Roster's {@link HttpTransport}: the connection's TLS settings apply to the sign-in too,
 * and the token request is in the trace like every other exchange (its client_secret and the answer's
 * access_token masked there). A refusal goes back to MSAL as the answer it is, so MSAL reads the AADSTS
 * error; a failure without an answer (no connection, timeout) is thrown as the transport typed it.
 */
final class TransportHttpClient implements IHttpClient {
    /** Set by the JDK client itself; it refuses them as request headers. */
    private static final Set<String> RESTRICTED = Set.of("content-length", "host", "connection", "expect", "upgrade");
    private final HttpTransport transport;

    TransportHttpClient(HttpTransport transport) {
        this.transport = transport;
    }

    @Override
    public IHttpResponse send(HttpRequest request) throws Exception {
        URI uri = request.url().toURI();
        ApiRequest api = ApiRequest.of(request.httpMethod().name(), uri, request.body());
        if (request.headers() != null) {
            for (Map.Entry<String, String> h : request.headers().entrySet()) {
                if (h.getValue() != null && !RESTRICTED.contains(h.getKey().toLowerCase(java.util.Locale.ROOT))) {
                    api = api.withHeader(h.getKey(), h.getValue());
                }
            }
        }
        com.microsoft.aad.msal4j.HttpResponse answer = new com.microsoft.aad.msal4j.HttpResponse();
        try {
            ApiResponse response = transport.send(api);
            answer.statusCode(response.status());
            answer.addHeaders(response.headers().map());
            answer.body(response.body());
        } catch (DirectoryException refused) {
            if (refused.providerStatus().isEmpty()) {
                throw refused;
            }
            answer.statusCode(refused.providerStatus().get());
            answer.addHeaders(Map.of("Content-Type", List.of("application/json")));
            answer.body(refused.rawResponse().orElse(""));
        }
        return answer;
    }
}
