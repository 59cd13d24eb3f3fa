package dev.roster.connectors.entra;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Small readers of Graph JSON. */
final class Nodes {
    /** The longest mailNickname Graph takes. */
    private static final int NICKNAME_MAX = 64;

    private Nodes() {
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isValueNode() && !v.isNull() ? v.asText() : null;
    }

    /** Graph's DateTimeOffset; an unreadable one is left out rather than failing the page. */
    static Instant instant(JsonNode node, String field) {
        String v = text(node, field);
        if (v == null) {
            return null;
        }
        try {
            return Instant.parse(v);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * A mailNickname from a display name: Graph allows ASCII only and none of {@code @ () \ [] " ; : <> ,}
     * or space; letters, digits, dot, dash and underscore are kept, the rest dropped.
     */
    static String mailNickname(String name, String fallback) {
        StringBuilder out = new StringBuilder();
        for (char c : (name == null ? "" : name).toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_') {
                out.append(c);
            }
        }
        String s = out.toString().replaceAll("^\\.+|\\.+$", "");
        if (s.isEmpty()) {
            s = fallback;
        }
        return s.length() > NICKNAME_MAX ? s.substring(0, NICKNAME_MAX) : s;
    }
}
