package dev.roster.connectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * What a name in a write body may hold. A control character (a newline, a tab, NUL ...) in a name is
 * refused: it would be stored, and then shown, exported and matched wrongly. A name that starts or ends
 * with a space is refused as well rather than trimmed, since Roster never changes what it is told to store.
 * Free text (description, bio), passwords and {@code remote_data} are kept exactly as given.
 */
final class NameRules {
    /** The top-level fields, and the fields of entries of the arrays, that are names or identifiers. */
    static final List<String> NAME_FIELDS = List.of("name", "username", "first_name", "last_name", "title",
            "email", "number", "extension", "external_id", "timezone", "user_type", "status");
    static final List<String> LISTS = List.of("emails", "phones");

    private NameRules() {
    }

    static void check(ObjectNode body) {
        for (String field : NAME_FIELDS) {
            check(field, body.get(field));
        }
        for (String list : LISTS) {
            JsonNode items = body.get(list);
            if (items != null && items.isArray()) {
                for (int i = 0; i < items.size(); i++) {
                    JsonNode item = items.get(i);
                    for (String field : NAME_FIELDS) {
                        check(list + "[" + i + "]." + field, item.get(field));
                    }
                }
            }
        }
    }

    private static void check(String field, JsonNode value) {
        if (value == null || !value.isTextual()) {
            return;
        }
        String text = value.asText();
        for (int i = 0; i < text.length(); i++) {
            if (Character.isISOControl(text.charAt(i))) {
                throw DirectoryException.invalid(ErrorCode.CONTROL_CHARACTER, field, i + 1);
            }
        }
        if (!text.isBlank() && !text.equals(text.strip())) {
            throw DirectoryException.invalid(ErrorCode.SURROUNDING_SPACE, field, text);
        }
    }
}
