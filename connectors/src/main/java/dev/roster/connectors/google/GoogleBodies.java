package dev.roster.connectors.google;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.Operation;
import dev.roster.connectors.model.Email;
import dev.roster.connectors.model.GroupInput;
import dev.roster.connectors.model.MembershipInput;
import dev.roster.connectors.model.UserInput;
import dev.roster.connectors.model.Json;

/** The request bodies of the writes, each with the caller's remote_data merged over it (remote_data wins). */
final class GoogleBodies {
    private GoogleBodies() {
    }

    /** groups.insert: {@code email} is required and has no unified field, so it comes from remote_data. */
    static ObjectNode group(GroupInput input) {
        JsonNode email = input.remoteData() == null ? null : input.remoteData().get("email");
        if (email == null || !email.isTextual() || email.asText().isBlank()) {
            throw DirectoryException.invalid(ErrorCode.GOOGLE_GROUP_EMAIL_REQUIRED, Operation.CREATE_GROUP.wireName());
        }
        ObjectNode body = Json.mapper().createObjectNode();
        body.put("email", email.asText().strip());
        body.put("name", input.name());
        if (input.description() != null) {
            body.put("description", input.description());
        }
        return merged(body, input.remoteData());
    }

    /**
     * users.insert: the primary email is the username (Google signs people in with it), else the primary of
     * emails; the other addresses go to {@code emails}. Google requires givenName, familyName and password.
     */
    static ObjectNode user(UserInput input) {
        String primary = input.username() != null && !input.username().isBlank() ? input.username().strip() : input.primaryEmail();
        ObjectNode body = Json.mapper().createObjectNode();
        body.put("primaryEmail", primary);
        ObjectNode name = body.putObject("name");
        name.put("givenName", input.firstName());
        name.put("familyName", input.lastName());
        body.put("password", input.password());
        var others = input.emails().stream().map(Email::email).filter(e -> !e.equalsIgnoreCase(primary)).toList();
        if (!others.isEmpty()) {
            var emails = body.putArray("emails");
            others.forEach(e -> emails.addObject().put("address", e));
        }
        return merged(body, input.remoteData());
    }

    /** members.insert: an e-mail address is sent as {@code email}, anything else as the user's {@code id}. */
    static ObjectNode member(MembershipInput input) {
        ObjectNode body = Json.mapper().createObjectNode();
        body.put(input.userId().contains("@") ? "email" : "id", input.userId());
        body.put("role", "MEMBER");
        return merged(body, input.remoteData());
    }

    private static ObjectNode merged(ObjectNode body, ObjectNode remoteData) {
        if (remoteData != null) {
            body.setAll(remoteData.deepCopy());
        }
        return body;
    }
}
