package dev.roster.connectors.scim;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.connectors.model.Email;
import dev.roster.connectors.model.GroupRef;
import dev.roster.connectors.model.Phone;
import dev.roster.connectors.model.Role;
import dev.roster.connectors.model.Url;
import dev.roster.connectors.model.User;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * SCIM core User (RFC 7643 section 4.1) to the unified user. Multi-valued attributes keep their
 * {@code type} and {@code primary}; {@code active} is liberal, as Entra sends the string {@code "False"}.
 */
final class UserMapper {

    private UserMapper() {
    }

    static User user(JsonNode resource) {
        JsonNode name = resource.path("name");
        return User.builder(Resources.id(resource))
                .name(displayName(resource))
                .firstName(Resources.text(name, "givenName"))
                .lastName(Resources.text(name, "familyName"))
                .username(Resources.text(resource, "userName"))
                .emails(emails(resource))
                .phones(phones(resource))
                .title(Resources.text(resource, "title"))
                .status(status(resource.path("active")))
                .userType(Resources.text(resource, "userType"))
                .timezone(Resources.text(resource, "timezone"))
                .languages(languages(resource))
                .avatar(first(resource.path("photos")))
                .externalId(Resources.text(resource, "externalId"))
                .groups(groups(resource))
                .roles(roles(resource))
                .urls(urls(resource))
                .createdAt(Resources.metaTime(resource, "created"))
                .updatedAt(Resources.metaTime(resource, "lastModified"))
                .remoteData(resource)
                .build();
    }

    /**
     * A member as a group lists it (RFC 7643 section 4.2: {@code value}, {@code display}, {@code $ref},
     * {@code type}): all a server says about it without one more request per member.
     */
    static User member(JsonNode member) {
        return User.builder(Resources.id(member, "value"))
                .name(Resources.text(member, "display"))
                .userType(Resources.text(member, "type"))
                .remoteData(member)
                .build();
    }

    private static String displayName(JsonNode resource) {
        String display = Resources.text(resource, "displayName");
        return display != null ? display : Resources.text(resource.path("name"), "formatted");
    }

    /** {@code true} / {@code false}, as a boolean or a string in any case; absent stays unknown. */
    static String status(JsonNode active) {
        if (active.isBoolean()) {
            return active.booleanValue() ? User.STATUS_ACTIVE : User.STATUS_INACTIVE;
        }
        if (active.isTextual()) {
            String text = active.asText().strip().toLowerCase(Locale.ROOT);
            return switch (text) {
                case "true" -> User.STATUS_ACTIVE;
                case "false" -> User.STATUS_INACTIVE;
                default -> active.asText();
            };
        }
        return null;
    }

    private static List<Email> emails(JsonNode resource) {
        List<Email> emails = new ArrayList<>();
        for (JsonNode e : resource.path("emails")) {
            String value = Resources.text(e, "value");
            if (value != null) {
                emails.add(new Email(value, e.path("primary").isMissingNode() ? null : primary(e.path("primary")), Resources.text(e, "type")));
            }
        }
        return emails;
    }

    private static Boolean primary(JsonNode node) {
        return node.isBoolean() ? node.booleanValue() : "true".equalsIgnoreCase(node.asText().strip());
    }

    /** The unified phone types are phone and mobile: SCIM's work, home, fax, pager and other are phones. */
    private static List<Phone> phones(JsonNode resource) {
        List<Phone> phones = new ArrayList<>();
        for (JsonNode p : resource.path("phoneNumbers")) {
            String value = Resources.text(p, "value");
            if (value != null) {
                phones.add(new Phone(value, "mobile".equalsIgnoreCase(Resources.text(p, "type")) ? "mobile" : "phone", null));
            }
        }
        return phones;
    }

    private static List<String> languages(JsonNode resource) {
        String preferred = Resources.text(resource, "preferredLanguage");
        return preferred == null ? List.of() : List.of(preferred);
    }

    private static List<GroupRef> groups(JsonNode resource) {
        List<GroupRef> groups = new ArrayList<>();
        for (JsonNode g : resource.path("groups")) {
            String id = Resources.text(g, "value");
            if (id != null) {
                groups.add(new GroupRef(id, Resources.text(g, "display"), null));
            }
        }
        return groups;
    }

    private static List<Role> roles(JsonNode resource) {
        List<Role> roles = new ArrayList<>();
        for (JsonNode r : resource.path("roles")) {
            String value = Resources.text(r, "value");
            if (value != null) {
                roles.add(new Role(value, Resources.text(r, "display") != null ? Resources.text(r, "display") : value, null, null, null));
            }
        }
        return roles;
    }

    private static List<Url> urls(JsonNode resource) {
        String profile = Resources.text(resource, "profileUrl");
        return profile == null ? List.of() : List.of(new Url("profile", profile));
    }

    /** The primary value of a multi-valued attribute, else the first. */
    private static String first(JsonNode values) {
        String first = null;
        for (JsonNode v : values) {
            String value = Resources.text(v, "value");
            if (value != null && primary(v.path("primary"))) {
                return value;
            }
            if (first == null) {
                first = value;
            }
        }
        return first;
    }
}
