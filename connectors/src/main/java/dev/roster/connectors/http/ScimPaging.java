package dev.roster.connectors.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.ErrorKind;
import java.util.OptionalInt;

/**
 * SCIM 2.0 index paging (RFC 7644 section 3.4.2.4): {@code startIndex} is 1-based, the server may return
 * fewer resources than {@code count} asked for, and {@code itemsPerPage} is only required on partial
 * results. The provider cursor is the next {@code startIndex} as a decimal string.
 */
public final class ScimPaging {
    public static final int FIRST_INDEX = 1;

    private ScimPaging() {
    }

    /** The startIndex a provider cursor stands for; the first page when there is none. */
    public static int startIndex(String providerCursor) {
        if (providerCursor == null) {
            return FIRST_INDEX;
        }
        try {
            int index = Integer.parseInt(providerCursor.strip());
            if (index >= FIRST_INDEX) {
                return index;
            }
        } catch (NumberFormatException notANumber) {
            // refused below
        }
        throw DirectoryException.invalid(ErrorCode.SCIM_BAD_START_INDEX, providerCursor);
    }

    /**
     * The startIndex of the next page, or empty on the last one.
     * <p>
     * Advances by the resources actually returned, never by {@code count} or {@code itemsPerPage}: a server
     * that caps the page size would otherwise have its remaining resources skipped. An empty page always
     * ends the walk, whatever {@code totalResults} claims, since asking again from the same index cannot
     * make progress. Without {@code totalResults} (it is required, but not every server sends it) the walk
     * goes on until an empty page: one request more than needed, instead of a silently shortened list.
     * Counting starts from the startIndex that was asked for, not the one echoed back: servers have been
     * seen to echo 0 or nothing.
     */
    public static OptionalInt next(JsonNode listResponse, int requestedStartIndex) {
        JsonNode resources = listResponse.path("Resources");
        if (!resources.isMissingNode() && !resources.isNull() && !resources.isArray()) {
            throw DirectoryException.coded(ErrorKind.PROTOCOL, ErrorCode.SCIM_RESOURCES_NOT_ARRAY);
        }
        int returned = resources.isArray() ? resources.size() : 0;
        if (returned == 0) {
            return OptionalInt.empty();
        }
        int next = requestedStartIndex + returned;
        OptionalInt total = integer(listResponse.path("totalResults"));
        if (total.isPresent() && next > total.getAsInt()) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(next);
    }

    /** Liberal: some servers send numbers as strings ("totalResults": "42"). */
    private static OptionalInt integer(JsonNode node) {
        if (node.isIntegralNumber()) {
            return OptionalInt.of(node.asInt());
        }
        if (node.isTextual()) {
            try {
                return OptionalInt.of(Integer.parseInt(node.asText().strip()));
            } catch (NumberFormatException e) {
                throw DirectoryException.coded(ErrorKind.PROTOCOL, ErrorCode.SCIM_TOTAL_NOT_A_NUMBER, node.asText());
            }
        }
        if (node.isMissingNode() || node.isNull()) {
            return OptionalInt.empty();
        }
        throw DirectoryException.coded(ErrorKind.PROTOCOL, ErrorCode.SCIM_TOTAL_UNREADABLE);
    }
}
