package dev.roster.connectors.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A unified user, field for field the Truto unified user-directory User. */
public record User(
        String id,
        String name,
        String firstName,
        String lastName,
        String username,
        List<Email> emails,
        List<Phone> phones,
        String title,
        String status,
        String userType,
        String timezone,
        List<String> languages,
        String avatar,
        String bio,
        String externalId,
        List<GroupRef> groups,
        List<Role> roles,
        List<NamedRef> organizations,
        List<NamedRef> workspaces,
        List<License> licenses,
        List<Url> urls,
        Map<String, Object> identifiers,
        @JsonProperty("is_2fa_enabled") Boolean is2faEnabled,
        Boolean isEmailVerified,
        Instant createdAt,
        Instant updatedAt,
        Instant activatedAt,
        Instant lastActiveAt,
        Instant lastLoginAt,
        Instant statusChangedAt,
        JsonNode remoteData) {

    public static final String STATUS_ACTIVE = "active";
    public static final String STATUS_INACTIVE = "inactive";
    public static final String STATUS_DELETED = "deleted";
    public static final String STATUS_INVITED = "invited";

    public User {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a user needs an id");
        }
        emails = emails == null ? List.of() : List.copyOf(emails);
        phones = phones == null ? List.of() : List.copyOf(phones);
        languages = languages == null ? List.of() : List.copyOf(languages);
        groups = groups == null ? List.of() : List.copyOf(groups);
        roles = roles == null ? List.of() : List.copyOf(roles);
        organizations = organizations == null ? List.of() : List.copyOf(organizations);
        workspaces = workspaces == null ? List.of() : List.copyOf(workspaces);
        licenses = licenses == null ? List.of() : List.copyOf(licenses);
        urls = urls == null ? List.of() : List.copyOf(urls);
    }

    /** The primary email, else the first one, else null. */
    public String primaryEmail() {
        return emails.stream().filter(e -> Boolean.TRUE.equals(e.isPrimary())).findFirst()
                .or(() -> emails.stream().findFirst())
                .map(Email::email).orElse(null);
    }

    /** Starts a user with only an id; connectors fill the rest with the {@code with} methods of the builder. */
    public static UserBuilder builder(String id) {
        return new UserBuilder(id);
    }
}
