package dev.roster.connectors.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.connectors.ConnectionSettings;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.Operation;
import dev.roster.connectors.model.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Roster's opaque {@code next_cursor}: the provider's own cursor wrapped with the operation and a
 * fingerprint of the query, and signed for one connection, so a cursor works in a new process and is
 * refused on a different query, on another connection, or once anyone edited it.
 * <p>
 * The provider cursor can be a next link the transport will GET with the connection's token, so an
 * unsigned cursor would let whoever hands a script a {@code --cursor} choose where that token goes. The
 * signature is an HMAC-SHA256 under a key derived from the connector type, the connection's name, its
 * settings and its secret values: the same in every process that opens the connection (as a cursor given
 * to {@code roster ... --cursor} must be), and not computable without the connection's secret. A
 * connection without any secret has nothing a forged cursor could send away; its cursors are still bound
 * to its profile. Changing a connection's settings or secret ends the cursors it gave out.
 * <p>
 * Format: {@code base64url(json) "." base64url(hmac[0..16))}.
 */
public final class CursorCodec {
    private static final int VERSION = 2;
    private static final int TAG_BYTES = 16;
    private static final String MAC = "HmacSHA256";
    /** Domain separation: this key is for cursors, whatever else the same material may ever key. */
    private static final byte[] KEY_CONTEXT = "roster next_cursor key v2".getBytes(StandardCharsets.UTF_8);

    private final SecretKeySpec key;

    private CursorCodec(byte[] key) {
        this.key = new SecretKeySpec(key, MAC);
    }

    /** The codec of a connection, keyed by everything that identifies it, secrets included. */
    public static CursorCodec forConnection(String connectorId, ConnectionSettings settings) {
        List<String> secrets = new ArrayList<>(settings.secretValues());
        secrets.sort(null); // the settings hold them in a map: the order must not depend on it
        return new CursorCodec(deriveKey(connectorId, settings.connectionName(), settings.values(), secrets));
    }

    /** For a directory put together without its settings (tests, wrappers): bound to the name and type only. */
    public static CursorCodec forConnection(String connectorId, String connectionName) {
        return new CursorCodec(deriveKey(connectorId, connectionName, Map.of(), List.of()));
    }

    public String encode(Operation operation, ListQuery query, String providerCursor) {
        if (providerCursor == null) {
            return null;
        }
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("v", VERSION);
        node.put("o", operation.wireName());
        node.put("q", fingerprint(query));
        node.put("c", providerCursor);
        byte[] payload = node.toString().getBytes(StandardCharsets.UTF_8);
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString(payload) + "." + b64.encodeToString(tag(payload));
    }

    /** The provider cursor inside {@code query.cursor()}, or null for a first page. */
    public String decode(Operation operation, ListQuery query) {
        String cursor = query.cursor();
        if (cursor == null) {
            return null;
        }
        byte[] payload = verified(cursor);
        JsonNode node;
        try {
            node = Json.mapper().readTree(payload);
        } catch (IOException e) {
            throw notOurs(cursor);
        }
        if (node == null || !node.path("c").isTextual() || node.path("v").asInt() != VERSION) {
            throw notOurs(cursor);
        }
        if (!operation.wireName().equals(node.path("o").asText())) {
            throw DirectoryException.invalid(ErrorCode.CURSOR_OTHER_OPERATION, node.path("o").asText(), operation.wireName());
        }
        if (!fingerprint(query).equals(node.path("q").asText())) {
            throw DirectoryException.invalid(ErrorCode.CURSOR_OTHER_QUERY);
        }
        return node.path("c").asText();
    }

    /** The payload, once its tag proves this connection made it; nothing of it is read before. */
    private byte[] verified(String cursor) {
        int dot = cursor.indexOf('.');
        if (dot < 0) {
            throw notOurs(cursor);
        }
        byte[] payload;
        byte[] tag;
        try {
            payload = Base64.getUrlDecoder().decode(cursor.substring(0, dot));
            tag = Base64.getUrlDecoder().decode(cursor.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            throw notOurs(cursor);
        }
        if (!MessageDigest.isEqual(tag, tag(payload))) {
            throw notOurs(cursor);
        }
        return payload;
    }

    private byte[] tag(byte[] payload) {
        try {
            Mac mac = Mac.getInstance(MAC);
            mac.init(key);
            return Arrays.copyOf(mac.doFinal(payload), TAG_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** HMAC over the length-prefixed identity of the connection, so no two identities share a key. */
    private static byte[] deriveKey(String connectorId, String connectionName, Map<String, String> values, List<String> secrets) {
        StringBuilder material = new StringBuilder();
        field(material, connectorId);
        field(material, connectionName);
        new TreeMap<>(values).forEach((k, v) -> {
            field(material, k);
            field(material, v);
        });
        material.append('|');
        secrets.forEach(s -> field(material, s));
        try {
            Mac mac = Mac.getInstance(MAC);
            mac.init(new SecretKeySpec(KEY_CONTEXT, MAC));
            return mac.doFinal(material.toString().getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static void field(StringBuilder sb, String value) {
        String v = value == null ? "" : value;
        sb.append(v.length()).append(':').append(v).append(';');
    }

    static String fingerprint(ListQuery query) {
        String canonical = canonical("p", query.parameters()) + canonical("r", query.remoteQuery())
                + "g=" + (query.groupId() == null ? "" : query.groupId())
                // length-prefixed, so no group id can pass for a group id plus a user id; absent, old cursors stay valid
                + (query.userId() == null ? "" : ";u=" + query.userId().length() + ":" + query.userId());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String canonical(String prefix, Map<String, String> map) {
        StringBuilder sb = new StringBuilder(prefix).append('{');
        new TreeMap<>(map).forEach((k, v) -> sb.append(k.length()).append(':').append(k).append('=')
                .append(v.length()).append(':').append(v).append(';'));
        return sb.append('}').toString();
    }

    private static DirectoryException notOurs(String cursor) {
        return DirectoryException.invalid(ErrorCode.CURSOR_NOT_OURS, abbreviate(cursor));
    }

    private static String abbreviate(String s) {
        return s.length() <= 24 ? s : s.substring(0, 24) + "...";
    }
}
