package dev.roster.connectors.entra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.connectors.model.Email;
import dev.roster.connectors.model.Json;
import dev.roster.connectors.model.User;
import dev.roster.connectors.model.UserInput;
import java.util.List;

/**
 * Graph users and unified users: username is the userPrincipalName, the email is {@code mail}, status comes
 * from accountEnabled, user_type is employeeType (Graph's own userType is only Member or Guest, kept in
 * remote_data).
 */
final class UserMapper {

    private UserMapper() {
    }

    static User toUser(JsonNode u) {
        String mail = Nodes.text(u, "mail");
        JsonNode enabled = u.path("accountEnabled");
        return User.builder(u.path("id").asText(null))
                .name(Nodes.text(u, "displayName"))
                .firstName(Nodes.text(u, "givenName"))
                .lastName(Nodes.text(u, "surname"))
                .username(Nodes.text(u, "userPrincipalName"))
                .emails(mail == null ? List.of() : List.of(new Email(mail, true, null)))
                .title(Nodes.text(u, "jobTitle"))
                .status(enabled.isBoolean() ? (enabled.asBoolean() ? User.STATUS_ACTIVE : User.STATUS_INACTIVE) : null)
                .userType(Nodes.text(u, "employeeType"))
                .createdAt(Nodes.instant(u, "createdDateTime"))
                .remoteData(u)
                .build();
    }

    /**
     * The POST /users body. displayName is required by Graph: the name, else first and last name, else the
     * username. The new user must change the password at first sign-in unless remote_data says otherwise.
     */
    static ObjectNode toBody(UserInput input) {
        ObjectNode body = Json.mapper().createObjectNode();
        body.put("accountEnabled", !User.STATUS_INACTIVE.equalsIgnoreCase(input.status() == null ? "" : input.status()));
        body.put("displayName", displayName(input));
        String local = input.username().contains("@") ? input.username().substring(0, input.username().indexOf('@')) : input.username();
        body.put("mailNickname", Nodes.mailNickname(local, "user"));
        body.put("userPrincipalName", input.username());
        ObjectNode password = body.putObject("passwordProfile");
        password.put("forceChangePasswordNextSignIn", true);
        password.put("password", input.password());
        putIfPresent(body, "givenName", input.firstName());
        putIfPresent(body, "surname", input.lastName());
        putIfPresent(body, "jobTitle", input.title());
        putIfPresent(body, "mail", input.primaryEmail());
        putIfPresent(body, "employeeType", input.userType());
        if (input.remoteData() != null) {
            body.setAll(input.remoteData());
        }
        return body;
    }

    private static String displayName(UserInput input) {
        if (input.name() != null && !input.name().isBlank()) {
            return input.name();
        }
        String joined = String.join(" ", java.util.stream.Stream.of(input.firstName(), input.lastName())
                .filter(s -> s != null && !s.isBlank()).toList());
        return joined.isEmpty() ? input.username() : joined;
    }

    private static void putIfPresent(ObjectNode body, String field, String value) {
        if (value != null && !value.isBlank()) {
            body.put(field, value);
        }
    }
}
