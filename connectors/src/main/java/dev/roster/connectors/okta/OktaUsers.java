package dev.roster.connectors.okta;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.model.Email;
import dev.roster.connectors.model.GroupRef;
import dev.roster.connectors.model.Json;
import dev.roster.connectors.model.Phone;
import dev.roster.connectors.model.User;
import dev.roster.connectors.model.UserInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Okta's User object and the unified user (the table is in this package's README.md). */
final class OktaUsers {
    private OktaUsers() {
    }

    static User toUser(JsonNode okta) {
        JsonNode p = okta.path("profile");
        String first = OktaJson.text(p, "firstName");
        String last = OktaJson.text(p, "lastName");
        List<Email> emails = new ArrayList<>();
        addEmail(emails, OktaJson.text(p, "email"), true);
        addEmail(emails, OktaJson.text(p, "secondEmail"), false);
        List<Phone> phones = new ArrayList<>();
        addPhone(phones, OktaJson.text(p, "mobilePhone"), "mobile");
        addPhone(phones, OktaJson.text(p, "primaryPhone"), "phone");
        String language = OktaJson.text(p, "preferredLanguage");
        return User.builder(OktaJson.text(okta, "id"))
                .name(displayName(p, first, last)).firstName(first).lastName(last)
                .username(OktaJson.text(p, "login")).emails(emails).phones(phones)
                .title(OktaJson.text(p, "title")).status(status(OktaJson.text(okta, "status")))
                .userType(OktaJson.text(p, "userType")).timezone(OktaJson.text(p, "timezone"))
                .languages(language == null ? List.of() : List.of(language))
                .externalId(OktaJson.text(p, "employeeNumber"))
                .createdAt(OktaJson.instant(okta, "created")).updatedAt(OktaJson.instant(okta, "lastUpdated"))
                .activatedAt(OktaJson.instant(okta, "activated")).lastLoginAt(OktaJson.instant(okta, "lastLogin"))
                .statusChangedAt(OktaJson.instant(okta, "statusChanged"))
                .remoteData(okta).build();
    }

    /**
     * Okta's lifecycle states in unified terms. ACTIVE and the states of an active account that needs the
     * user to act (RECOVERY, PASSWORD_EXPIRED, LOCKED_OUT) are active; PROVISIONED (activated, the user has
     * not set a password yet) is invited; STAGED (created, never activated) and SUSPENDED are inactive;
     * DEPROVISIONED (deactivated, next step is deletion) is deleted. Anything else stays as Okta wrote it.
     */
    static String status(String okta) {
        if (okta == null) {
            return null;
        }
        return switch (okta.toUpperCase(Locale.ROOT)) {
            case "ACTIVE", "RECOVERY", "PASSWORD_EXPIRED", "LOCKED_OUT" -> "active";
            case "PROVISIONED" -> "invited";
            case "STAGED", "SUSPENDED" -> "inactive";
            case "DEPROVISIONED" -> "deleted";
            default -> okta;
        };
    }

    /** The body of {@code POST /api/v1/users}: profile, credentials.password, groupIds; remote_data merged over it. */
    static ObjectNode createBody(UserInput input) {
        ObjectNode body = Json.mapper().createObjectNode();
        ObjectNode profile = body.putObject("profile");
        put(profile, "firstName", input.firstName());
        put(profile, "lastName", input.lastName());
        put(profile, "email", input.primaryEmail());
        put(profile, "login", input.username());
        put(profile, "displayName", input.name());
        put(profile, "title", input.title());
        put(profile, "userType", input.userType());
        put(profile, "timezone", input.timezone());
        secondEmail(profile, input);
        phones(profile, input.phones());
        if (input.languages().size() > 1) {
            throw DirectoryException.invalid(ErrorCode.OKTA_ONE_LANGUAGE, String.valueOf(input.languages().size()));
        }
        input.languages().stream().findFirst().ifPresent(l -> profile.put("preferredLanguage", l));
        if (input.password() != null) {
            body.putObject("credentials").putObject("password").put("value", input.password());
        }
        if (!input.groups().isEmpty()) {
            ArrayNode ids = body.putArray("groupIds");
            input.groups().stream().map(GroupRef::id).forEach(ids::add);
        }
        return OktaJson.merge(body, input.remoteData());
    }

    private static void secondEmail(ObjectNode profile, UserInput input) {
        if (input.emails().size() > 2) {
            throw DirectoryException.invalid(ErrorCode.OKTA_TOO_MANY_EMAILS, String.valueOf(input.emails().size()));
        }
        String primary = input.primaryEmail();
        input.emails().stream().map(Email::email).filter(e -> e != null && !e.equals(primary)).findFirst()
                .ifPresent(e -> profile.put("secondEmail", e));
    }

    private static void phones(ObjectNode profile, List<Phone> phones) {
        for (Phone phone : phones) {
            if (phone.extension() != null && !phone.extension().isBlank()) {
                throw DirectoryException.invalid(ErrorCode.OKTA_PHONE_EXTENSION, phone.number());
            }
            String field = "mobile".equalsIgnoreCase(phone.type()) ? "mobilePhone" : "primaryPhone";
            if (profile.has(field)) {
                throw DirectoryException.invalid(ErrorCode.OKTA_PHONE_TWICE, field);
            }
            profile.put(field, phone.number());
        }
    }

    private static String displayName(JsonNode profile, String first, String last) {
        String display = OktaJson.text(profile, "displayName");
        if (display != null && !display.isBlank()) {
            return display;
        }
        String joined = ((first == null ? "" : first) + " " + (last == null ? "" : last)).strip();
        return joined.isEmpty() ? null : joined;
    }

    private static void addEmail(List<Email> emails, String address, boolean primary) {
        if (address != null && !address.isBlank()) {
            emails.add(new Email(address, primary, null));
        }
    }

    private static void addPhone(List<Phone> phones, String number, String type) {
        if (number != null && !number.isBlank()) {
            phones.add(new Phone(number, type, null));
        }
    }

    private static void put(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
