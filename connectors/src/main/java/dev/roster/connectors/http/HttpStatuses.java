package dev.roster.connectors.http;

import dev.roster.connectors.ErrorKind;
import java.util.Map;

/** HTTP statuses in Roster's terms: the error kind a refusal means, and the reason phrase for the trace. */
public final class HttpStatuses {
    private static final Map<Integer, String> REASONS = Map.ofEntries(
            Map.entry(200, "OK"), Map.entry(201, "Created"), Map.entry(202, "Accepted"), Map.entry(204, "No Content"),
            Map.entry(301, "Moved Permanently"), Map.entry(302, "Found"), Map.entry(303, "See Other"),
            Map.entry(304, "Not Modified"), Map.entry(307, "Temporary Redirect"), Map.entry(308, "Permanent Redirect"),
            Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"), Map.entry(403, "Forbidden"),
            Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"), Map.entry(406, "Not Acceptable"),
            Map.entry(409, "Conflict"), Map.entry(410, "Gone"), Map.entry(412, "Precondition Failed"),
            Map.entry(413, "Content Too Large"), Map.entry(415, "Unsupported Media Type"),
            Map.entry(422, "Unprocessable Content"), Map.entry(429, "Too Many Requests"),
            Map.entry(500, "Internal Server Error"), Map.entry(501, "Not Implemented"), Map.entry(502, "Bad Gateway"),
            Map.entry(503, "Service Unavailable"), Map.entry(504, "Gateway Timeout"));

    private HttpStatuses() {
    }

    public static boolean isSuccess(int status) {
        return status >= 200 && status < 300;
    }

    /**
     * 400 and 422 stay REMOTE rather than VALIDATION: VALIDATION promises nothing was sent, and here the
     * directory itself refused, with a message of its own. A redirect is PROTOCOL: redirects are not
     * followed (they would carry the credentials elsewhere), so one almost always means a wrong base URL.
     */
    public static ErrorKind kindOf(int status) {
        if (status >= 300 && status < 400) {
            return ErrorKind.PROTOCOL;
        }
        return switch (status) {
            case 401 -> ErrorKind.AUTHENTICATION;
            case 403 -> ErrorKind.PERMISSION;
            case 404, 410 -> ErrorKind.NOT_FOUND;
            case 409, 412 -> ErrorKind.CONFLICT;
            case 429 -> ErrorKind.RATE_LIMITED;
            default -> ErrorKind.REMOTE;
        };
    }

    public static String reason(int status) {
        return REASONS.getOrDefault(status, "");
    }
}
