package dev.roster.connectors.ldap;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.Modification;
import dev.roster.connectors.model.Json;
import dev.roster.connectors.trace.Redactor;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;

/**
 * Entries and requests as JSON, the "raw" LDAP format: {@code {"dn": "...", "objectClass": [...], "cn": [...]}},
 * attribute names as the server spelled them, every value in an array. A binary value (not UTF-8, or an
 * attribute known to be binary) is {@code {"base64": "..."}}. Password attributes are always masked: there is
 * no reason to show even a hash, and some servers return them.
 */
final class EntryJson {
    private static final Set<String> BINARY = Set.of("objectguid", "objectsid", "jpegphoto", "thumbnailphoto",
            "usercertificate", "cacertificate", "usersmimecertificate", "userpkcs12", "photo", "audio",
            "msexchmailboxguid", "logonhours", "msds-generationid", "usercertificate;binary");
    private static final Set<String> PASSWORDS = Set.of("userpassword", "unicodepwd", "authpassword",
            "sambantpassword", "sambalmpassword");

    private EntryJson() {
    }

    static ObjectNode entry(Entry entry) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("dn", entry.getDN());
        for (Attribute attribute : entry.getAttributes()) {
            node.set(attribute.getName(), values(attribute));
        }
        return node;
    }

    static ArrayNode entries(Collection<? extends Entry> entries) {
        ArrayNode array = Json.mapper().createArrayNode();
        entries.forEach(e -> array.add(entry(e)));
        return array;
    }

    /** An add request: the DN and the attributes sent. */
    static ObjectNode add(Entry entry) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("dn", entry.getDN());
        ObjectNode attributes = node.putObject("attributes");
        for (Attribute attribute : entry.getAttributes()) {
            attributes.set(attribute.getName(), values(attribute));
        }
        return node;
    }

    /** A modify request: the DN and each modification in order. */
    static ObjectNode modify(String dn, Collection<Modification> modifications) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("dn", dn);
        ArrayNode changes = node.putArray("changes");
        for (Modification modification : modifications) {
            ObjectNode change = changes.addObject();
            change.put("operation", modification.getModificationType().getName().toLowerCase(Locale.ROOT));
            change.put("attribute", modification.getAttributeName());
            change.set("values", values(modification.getAttribute()));
        }
        return node;
    }

    static ArrayNode values(Attribute attribute) {
        ArrayNode values = Json.mapper().createArrayNode();
        String name = attribute.getName().toLowerCase(Locale.ROOT);
        if (PASSWORDS.contains(attribute.getBaseName().toLowerCase(Locale.ROOT))) {
            for (int i = 0; i < attribute.size(); i++) {
                values.add(Redactor.MASK);
            }
            return values;
        }
        boolean binary = BINARY.contains(name) || BINARY.contains(attribute.getBaseName().toLowerCase(Locale.ROOT))
                || attribute.hasOption("binary");
        for (byte[] raw : attribute.getValueByteArrays()) {
            String text = binary ? null : utf8(raw);
            if (text == null) {
                values.addObject().put("base64", Base64.getEncoder().encodeToString(raw));
            } else {
                values.add(text);
            }
        }
        return values;
    }

    private static String utf8(byte[] raw) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(raw)).toString();
        } catch (CharacterCodingException notText) {
            return null;
        }
    }
}
