package dev.roster.connectors.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The body of a create-user call; {@code remoteData} is merged into the provider's own request body. */
public record UserInput(
        String name,
        String firstName,
        String lastName,
        String username,
        List<Email> emails,
        String password,
        List<Phone> phones,
        String title,
        String status,
        List<GroupRef> groups,
        List<Role> roles,
        List<NamedRef> workspaces,
        String timezone,
        String userType,
        List<String> languages,
        ObjectNode remoteData) {

    public UserInput {
        emails = emails == null ? List.of() : List.copyOf(emails);
        phones = phones == null ? List.of() : List.copyOf(phones);
        groups = groups == null ? List.of() : List.copyOf(groups);
        roles = roles == null ? List.of() : List.copyOf(roles);
        workspaces = workspaces == null ? List.of() : List.copyOf(workspaces);
        languages = languages == null ? List.of() : List.copyOf(languages);
    }

    /** The primary email, else the first one, else null. */
    public String primaryEmail() {
        return emails.stream().filter(e -> Boolean.TRUE.equals(e.isPrimary())).findFirst()
                .or(() -> emails.stream().findFirst())
                .map(Email::email).orElse(null);
    }

    /** Never print the password: records print all their fields. */
    @Override
    public String toString() {
        return "UserInput[username=" + username + ", name=" + name + ", password=" + (password == null ? "null" : "****") + "]";
    }
}
