package dev.roster.connectors.ldap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.model.Json;
import java.io.IOException;

/**
 * The LDAP connector's own cursor: how many entries of the list were already handed out and the DN of the
 * last one. A paged-results cookie dies with its connection, so this is what a new process needs to resume:
 * it re-walks the list and skips to the position, using the last DN to notice entries added or removed
 * before it meanwhile. As text it is a small JSON object; {@code UnifiedDirectory} wraps it into Roster's
 * opaque cursor.
 */
record Position(long offset, String lastDn) {
    private static final int VERSION = 1;

    Position {
        if (offset < 0) {
            throw new IllegalArgumentException("offset " + offset);
        }
    }

    String encode() {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("v", VERSION);
        node.put("offset", offset);
        node.put("last", lastDn);
        return node.toString();
    }

    /** The position in a cursor this connector gave out; null for the first page. */
    static Position decode(String cursor) {
        if (cursor == null) {
            return null;
        }
        try {
            JsonNode node = Json.mapper().readTree(cursor);
            if (node == null || node.path("v").asInt() != VERSION || !node.path("offset").canConvertToLong()
                    || node.path("offset").asLong() < 0) {
                throw notOurs();
            }
            JsonNode last = node.path("last");
            return new Position(node.path("offset").asLong(), last.isTextual() ? last.asText() : null);
        } catch (IOException e) {
            throw notOurs();
        }
    }

    private static DirectoryException notOurs() {
        return DirectoryException.invalid(ErrorCode.LDAP_CURSOR_NOT_OURS);
    }
}
