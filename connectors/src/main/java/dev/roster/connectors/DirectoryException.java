package dev.roster.connectors;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.connectors.model.Json;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Every failure of the engine, typed by {@link ErrorKind}. Validation errors mean nothing was sent.
 * {@code providerStatus} and {@code rawResponse} are what the directory answered, when it answered.
 * The message is one sentence saying what failed and what to do; when it has an {@link ErrorCode} the
 * console renders that code and its arguments from its own bundle instead of the English text.
 */
public class DirectoryException extends RuntimeException {
    private final ErrorKind kind;
    private final Integer providerStatus;
    private final String rawResponse;
    private final Duration retryAfter;
    private final String requestId;
    private final ErrorCode code;
    private final List<String> arguments;

    public DirectoryException(ErrorKind kind, String message, Integer providerStatus, String rawResponse,
                              Duration retryAfter, String requestId, Throwable cause) {
        this(kind, null, List.of(), message, providerStatus, rawResponse, retryAfter, requestId, cause);
    }

    private DirectoryException(ErrorKind kind, ErrorCode code, List<String> arguments, String message,
                               Integer providerStatus, String rawResponse, Duration retryAfter, String requestId,
                               Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.code = code;
        this.arguments = List.copyOf(arguments);
        this.providerStatus = providerStatus;
        this.rawResponse = rawResponse;
        this.retryAfter = retryAfter;
        this.requestId = requestId;
    }

    /** A failure whose message is {@code code}'s English sentence with these arguments. */
    public static DirectoryException coded(ErrorKind kind, ErrorCode code, Object... arguments) {
        List<String> args = Arrays.stream(arguments).map(String::valueOf).toList();
        return new DirectoryException(kind, code, args, code.format(args), null, null, null, null, null);
    }

    /** A coded failure with its cause (a library's exception, kept for the log). */
    public static DirectoryException caused(ErrorKind kind, Throwable cause, ErrorCode code, Object... arguments) {
        List<String> args = Arrays.stream(arguments).map(String::valueOf).toList();
        return new DirectoryException(kind, code, args, code.format(args), null, null, null, null, cause);
    }

    /** A validation failure (nothing was sent) with a coded message. */
    public static DirectoryException invalid(ErrorCode code, Object... arguments) {
        return coded(ErrorKind.VALIDATION, code, arguments);
    }

    /**
     * A problem on this machine (a home file damaged, unreadable or unwritable, the disk full): not the
     * directory's answer, not the wire. The file is named; {@code detail} (a parser's or the OS's text)
     * goes to {@code raw_response}, never into the sentence.
     */
    public static DirectoryException local(ErrorCode code, Object file, String reason, String detail, Throwable cause) {
        List<String> args = List.of(String.valueOf(file), String.valueOf(reason));
        return new DirectoryException(ErrorKind.LOCAL, code, args, code.format(args), null, detail, null, null, cause);
    }

    /** The same failure with what the directory answered (its status and raw response) and the cause. */
    public DirectoryException withAnswer(Integer status, String raw, Throwable cause) {
        return new DirectoryException(kind, code, arguments, getMessage(), status, raw, retryAfter, requestId, cause);
    }

    /** This failure (with its answer, retry-after, request id) carrying {@code other}'s code and arguments. */
    public DirectoryException recoded(DirectoryException other) {
        return new DirectoryException(kind, other.code, other.arguments, getMessage(), providerStatus, rawResponse, retryAfter,
                requestId, getCause());
    }

    /** The same failure, its message passed through {@code scrub} (a secret a server echoed). */
    public DirectoryException scrubbed(java.util.function.UnaryOperator<String> scrub) {
        return new DirectoryException(kind, code, arguments.stream().map(scrub).toList(), scrub.apply(getMessage()),
                providerStatus, rawResponse == null ? null : scrub.apply(rawResponse), retryAfter, requestId, getCause());
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

    /** The sentence's code, when the engine gave it one; the console renders it from its bundle. */
    public Optional<ErrorCode> code() {
        return Optional.ofNullable(code);
    }

    /** The arguments of {@link #code()}, in its pattern's order. */
    public List<String> arguments() {
        return arguments;
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
        if (code != null) {
            node.put("code", code.name());
        }
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
