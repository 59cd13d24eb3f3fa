package dev.roster.connectors.http;

import dev.roster.connectors.ErrorKind;

/**
 * What a directory said in an error body: its own code (Okta {@code E0000007}, Graph
 * {@code Request_ResourceNotFound}, a Google reason, a SCIM {@code scimType}), its message, the id its
 * support asks for, and a {@code kind} when the body says more than the status (Google's 403
 * {@code rateLimitExceeded} is a rate limit, not a permission problem). Every part may be null.
 */
public record ProviderError(String code, String message, String requestId, ErrorKind kind) {

    public static ProviderError none() {
        return new ProviderError(null, null, null, null);
    }

    public ProviderError withKind(ErrorKind newKind) {
        return new ProviderError(code, message, requestId, newKind);
    }

    public ProviderError withRequestId(String id) {
        return new ProviderError(code, message, id, kind);
    }

    /** The kind to report: the body's, else the status's. */
    public ErrorKind kindFor(int status) {
        return kind != null ? kind : HttpStatuses.kindOf(status);
    }
}
