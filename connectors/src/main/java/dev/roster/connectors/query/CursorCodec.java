package dev.roster.connectors.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.Operation;
import dev.roster.connectors.model.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * Roster's opaque {@code next_cursor}: the provider's own cursor wrapped with the operation and a
 * fingerprint of the query, so a cursor works in a new process and is refused on a different query
 * instead of silently paging the wrong list.
 */
public final class CursorCodec {
    private static final int VERSION = 1;

    private CursorCodec() {
    }

    public static String encode(Operation operation, ListQuery query, String providerCursor) {
        if (providerCursor == null) {
            return null;
        }
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("v", VERSION);
        node.put("o", operation.wireName());
        node.put("q", fingerprint(query));
        node.put("c", providerCursor);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(node.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The provider cursor inside {@code query.cursor()}, or null for a first page. */
    public static String decode(Operation operation, ListQuery query) {
        String cursor = query.cursor();
        if (cursor == null) {
            return null;
        }
        JsonNode node;
        try {
            node = Json.mapper().readTree(Base64.getUrlDecoder().decode(cursor));
        } catch (IllegalArgumentException | IOException e) {
            throw DirectoryException.validation("next_cursor '" + abbreviate(cursor) + "' is not a cursor Roster gave out");
        }
        if (node == null || !node.path("c").isTextual() || node.path("v").asInt() != VERSION) {
            throw DirectoryException.validation("next_cursor '" + abbreviate(cursor) + "' is not a cursor Roster gave out");
        }
        if (!operation.wireName().equals(node.path("o").asText())) {
            throw DirectoryException.validation("next_cursor belongs to " + node.path("o").asText()
                    + ", not " + operation.wireName());
        }
        if (!fingerprint(query).equals(node.path("q").asText())) {
            throw DirectoryException.validation("next_cursor belongs to a list with other parameters, remote_query or group_id;"
                    + " repeat the query that gave it");
        }
        return node.path("c").asText();
    }

    static String fingerprint(ListQuery query) {
        String canonical = canonical("p", query.parameters()) + canonical("r", query.remoteQuery())
                + "g=" + (query.groupId() == null ? "" : query.groupId());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String canonical(String prefix, Map<String, String> map) {
        StringBuilder sb = new StringBuilder(prefix).append('{');
        new TreeMap<>(map).forEach((k, v) -> sb.append(k.length()).append(':').append(k).append('=')
                .append(v.length()).append(':').append(v).append(';'));
        return sb.append('}').toString();
    }

    private static String abbreviate(String s) {
        return s.length() <= 24 ? s : s.substring(0, 24) + "...";
    }
}
