package dev.roster.connectors;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.connectors.model.Json;
import java.time.Duration;
import java.util.Optional;

/**
 * Every failure of the engine, typed by {@link ErrorKind}. Validation errors mean nothing was sent.
 * {@code providerStatus} and {@code rawResponse} are what the directory answered, when it answered.
 */
public class DirectoryException extends RuntimeException {
    private final ErrorKind kind;
    private final Integer providerStatus;
    private final String rawResponse;
    private final Duration retryAfter;
    private final String requestId;

    public DirectoryException(ErrorKind kind, String message, Integer providerStatus, String rawResponse,
                              Duration retryAfter, String requestId, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.providerStatus = providerStatus;
        this.rawResponse = rawResponse;
        this.retryAfter = retryAfter;
        this.requestId = requestId;
    }

    public static DirectoryException validation(String message) {
        return new DirectoryException(ErrorKind.VALIDATION, message, null, null, null, null, null);
    }

    public static DirectoryException of(ErrorKind kind, String message) {
        return new DirectoryException(kind, message, null, null, null, null, null);
    }

    public static DirectoryException of(ErrorKind kind, String message, Throwable cause) {
        return new DirectoryException(kind, message, null, null, null, null, cause);
    }

    /** A refusal by the directory, with what it said. */
    public static DirectoryException remote(ErrorKind kind, String message, int providerStatus, String rawResponse,
                                            Duration retryAfter, String requestId) {
        return new DirectoryException(kind, message, providerStatus, rawResponse, retryAfter, requestId, null);
    }

    public ErrorKind kind() {
        return kind;
    }

    /** The status the directory answered with (HTTP status, LDAP result code); empty when it did not answer. */
    public Optional<Integer> providerStatus() {
        return Optional.ofNullable(providerStatus);
    }

    public Optional<String> rawResponse() {
        return Optional.ofNullable(rawResponse);
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    /** The JSON error shape: {@code {statusCode, error, message, is_remote_error, raw_response}}. */
    public ObjectNode toJson() {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("statusCode", kind == ErrorKind.REMOTE && providerStatus != null && providerStatus >= 400 && providerStatus < 600
                ? providerStatus : kind.statusCode());
        node.put("error", kind.reason());
        node.put("message", getMessage());
        node.put("is_remote_error", kind.remote() && providerStatus != null);
        if (retryAfter != null) {
            node.put("retry_after_seconds", retryAfter.toSeconds());
        }
        if (requestId != null) {
            node.put("request_id", requestId);
        }
        if (rawResponse != null) {
            node.put("raw_response", rawResponse);
        } else {
            node.putNull("raw_response");
        }
        return node;
    }
}
