package dev.roster.connectors.http;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.ErrorKind;
import java.util.Locale;
import java.util.Optional;

/**
 * The next-page cursor a provider puts in its response body, found by JSON pointer. Absent, null and ""
 * all mean "last page": providers differ in which one they send.
 */
public final class BodyCursor {
    /** Microsoft Graph: an absolute URL to GET as is. */
    public static final String GRAPH_NEXT_LINK = "/@odata.nextLink";
    /** Google Admin SDK: the {@code pageToken} of the next request. */
    public static final String GOOGLE_NEXT_PAGE_TOKEN = "/nextPageToken";
    /** Truto unified API: the {@code next_cursor} of the next request. */
    public static final String TRUTO_NEXT_CURSOR = "/next_cursor";

    private BodyCursor() {
    }

    public static Optional<String> at(JsonNode body, String pointer) {
        if (body == null) {
            return Optional.empty();
        }
        JsonNode node = body.at(JsonPointer.compile(pointer));
        if (node.isMissingNode() || node.isNull()) {
            return Optional.empty();
        }
        // Some APIs send numeric cursors; an object or a boolean is not a cursor anyone documents.
        if (!node.isTextual() && !node.isIntegralNumber()) {
            throw DirectoryException.coded(ErrorKind.PROTOCOL, ErrorCode.CURSOR_NOT_A_STRING,
                    pointer, node.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        String cursor = node.asText();
        return cursor.isBlank() ? Optional.empty() : Optional.of(cursor);
    }
}
