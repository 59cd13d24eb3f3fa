package dev.roster.connectors.google;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.connectors.model.Email;
import dev.roster.connectors.model.Group;
import dev.roster.connectors.model.GroupType;
import dev.roster.connectors.model.Phone;
import dev.roster.connectors.model.Role;
import dev.roster.connectors.model.User;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Directory API resources as unified records; the table is in this package's README. Google has no group
 * types, so every group is a {@code group}. A member is what {@code members.list} says of it (id, email,
 * role, type, status): nothing more is fetched, so a member list costs one call per page.
 */
final class GoogleMapping {
    /** Google's "never" for lastLoginTime. */
    private static final Instant EPOCH = Instant.EPOCH;

    private GoogleMapping() {
    }

    static Group group(JsonNode g) {
        return new Group(text(g, "id"), text(g, "name"), text(g, "description"), GroupType.GROUP, null, null, null, g);
    }

    static User user(JsonNode u) {
        JsonNode name = u.path("name");
        String primary = text(u, "primaryEmail");
        List<Email> emails = new ArrayList<>();
        if (primary != null) {
            emails.add(new Email(primary, true, null));
        }
        for (JsonNode e : u.path("emails")) {
            String address = text(e, "address");
            if (address != null && !address.equalsIgnoreCase(primary)) {
                emails.add(new Email(address, false, text(e, "type")));
            }
        }
        List<Phone> phones = new ArrayList<>();
        for (JsonNode p : u.path("phones")) {
            String type = text(p, "type");
            phones.add(new Phone(text(p, "value"), "mobile".equals(type) || "work_mobile".equals(type) ? "mobile" : "phone", null));
        }
        Instant lastLogin = time(u, "lastLoginTime");
        return User.builder(text(u, "id"))
                .name(text(name, "fullName"))
                .firstName(text(name, "givenName"))
                .lastName(text(name, "familyName"))
                .username(primary)
                .emails(emails)
                .phones(phones)
                .title(primaryTitle(u))
                .status(userStatus(u))
                .avatar(text(u, "thumbnailPhotoUrl"))
                .is2faEnabled(u.path("isEnrolledIn2Sv").isBoolean() ? u.path("isEnrolledIn2Sv").asBoolean() : null)
                .createdAt(time(u, "creationTime"))
                .lastLoginAt(EPOCH.equals(lastLogin) ? null : lastLogin)
                .remoteData(u)
                .build();
    }

    /** A member as members.list gives it: the id is the user's (or the nested group's) own id. */
    static User member(JsonNode m) {
        String email = text(m, "email");
        String role = text(m, "role");
        return User.builder(text(m, "id"))
                .username(email)
                .emails(email == null ? List.of() : List.of(new Email(email, true, null)))
                .status(memberStatus(text(m, "status")))
                .userType(lower(text(m, "type")))
                .roles(role == null ? List.of() : List.of(new Role(null, lower(role), null, null, null)))
                .remoteData(m)
                .build();
    }

    private static String userStatus(JsonNode u) {
        if (u.hasNonNull("deletionTime")) {
            return User.STATUS_DELETED;
        }
        return u.path("suspended").asBoolean(false) || u.path("archived").asBoolean(false) ? User.STATUS_INACTIVE : User.STATUS_ACTIVE;
    }

    private static String memberStatus(String status) {
        if (status == null) {
            return null;
        }
        return switch (status) {
            case "ACTIVE" -> User.STATUS_ACTIVE;
            case "SUSPENDED", "ARCHIVED" -> User.STATUS_INACTIVE;
            default -> lower(status);
        };
    }

    private static String primaryTitle(JsonNode u) {
        String first = null;
        for (JsonNode org : u.path("organizations")) {
            String title = text(org, "title");
            if (title != null && org.path("primary").asBoolean(false)) {
                return title;
            }
            first = first == null ? title : first;
        }
        return first;
    }

    private static Instant time(JsonNode node, String field) {
        String value = text(node, field);
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            return null; // kept in remote_data as given
        }
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() ? value.asText() : null;
    }
}
