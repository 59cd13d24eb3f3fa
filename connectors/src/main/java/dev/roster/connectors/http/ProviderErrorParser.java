package dev.roster.connectors.http;

import java.net.http.HttpHeaders;

/**
 * Reads a provider's error response. A connector with quirks wraps {@link GenericErrorParser} (e.g. Graph's
 * 400 "added object references already exist" is a CONFLICT). Must not throw: an unreadable body is
 * {@link ProviderError#none()}, and the status alone decides.
 */
@FunctionalInterface
public interface ProviderErrorParser {

    ProviderError parse(int status, HttpHeaders headers, String body);
}
