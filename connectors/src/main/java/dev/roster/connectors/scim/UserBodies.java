package dev.roster.connectors.scim;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.model.Email;
import dev.roster.connectors.model.Json;
import dev.roster.connectors.model.Phone;
import dev.roster.connectors.model.User;
import dev.roster.connectors.model.UserInput;
import java.util.Locale;

/** The create-user body in the core User schema (RFC 7643 section 4.1, example in RFC 7644 section 3.3). */
final class UserBodies {

    private UserBodies() {
    }

    static ObjectNode create(UserInput input) {
        ObjectNode body = Json.mapper().createObjectNode();
        body.putArray("schemas").add(Resources.CORE_USER);
        body.put("userName", input.username());
        if (input.firstName() != null || input.lastName() != null || input.name() != null) {
            ObjectNode name = body.putObject("name");
            putIfSet(name, "formatted", input.name());
            putIfSet(name, "givenName", input.firstName());
            putIfSet(name, "familyName", input.lastName());
        }
        putIfSet(body, "displayName", input.name());
        if (!input.emails().isEmpty()) {
            ArrayNode emails = body.putArray("emails");
            for (Email e : input.emails()) {
                ObjectNode email = emails.addObject().put("value", e.email());
                putIfSet(email, "type", e.type());
                if (e.isPrimary() != null) {
                    email.put("primary", e.isPrimary());
                }
            }
        }
        if (!input.phones().isEmpty()) {
            ArrayNode phones = body.putArray("phoneNumbers");
            for (Phone p : input.phones()) {
                // SCIM's canonical types are work, home, mobile, fax, pager and other: a plain phone is a work phone
                phones.addObject().put("value", p.number()).put("type", "mobile".equalsIgnoreCase(p.type()) ? "mobile" : "work");
            }
        }
        putIfSet(body, "title", input.title());
        putIfSet(body, "userType", input.userType());
        putIfSet(body, "timezone", input.timezone());
        if (input.languages().size() > 1) {
            throw DirectoryException.invalid(ErrorCode.SCIM_ONE_LANGUAGE, input.languages().size());
        }
        if (!input.languages().isEmpty()) {
            body.put("preferredLanguage", input.languages().getFirst());
        }
        if (input.status() != null) {
            body.put("active", active(input.status()));
        }
        putIfSet(body, "password", input.password());
        return Resources.merged(body, input.remoteData());
    }

    private static boolean active(String status) {
        return switch (status.strip().toLowerCase(Locale.ROOT)) {
            case User.STATUS_ACTIVE -> true;
            case User.STATUS_INACTIVE -> false;
            default -> throw DirectoryException.invalid(ErrorCode.SCIM_STATUS_NOT_ACTIVE_OR_INACTIVE, status);
        };
    }

    private static void putIfSet(ObjectNode node, String field, String value) {
        if (value != null && !value.isBlank()) {
            node.put(field, value);
        }
    }
}
