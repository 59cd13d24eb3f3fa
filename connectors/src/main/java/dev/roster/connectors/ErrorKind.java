package dev.roster.connectors;

/**
 * What went wrong, in the terms an admin acts on. {@code statusCode} is the HTTP-like status of the
 * JSON error shape; {@code remote} says the directory itself refused.
 */
public enum ErrorKind {
    VALIDATION(400, "Bad Request", false),
    AUTHENTICATION(401, "Unauthorized", true),
    PERMISSION(403, "Forbidden", true),
    NOT_FOUND(404, "Not Found", true),
    CONFLICT(409, "Conflict", true),
    RATE_LIMITED(429, "Too Many Requests", true),
    REMOTE(502, "Bad Gateway", true),
    TRANSPORT(503, "Service Unavailable", false),
    PROTOCOL(502, "Bad Gateway", false),
    UNKNOWN_OUTCOME(504, "Gateway Timeout", false),
    /** This machine, not the directory: a home file damaged or unreadable, the disk full, out of memory. */
    LOCAL(500, "Local Problem", false);

    private final int statusCode;
    private final String reason;
    private final boolean remote;

    ErrorKind(int statusCode, String reason, boolean remote) {
        this.statusCode = statusCode;
        this.reason = reason;
        this.remote = remote;
    }

    public int statusCode() {
        return statusCode;
    }

    public String reason() {
        return reason;
    }

    public boolean remote() {
        return remote;
    }
}
