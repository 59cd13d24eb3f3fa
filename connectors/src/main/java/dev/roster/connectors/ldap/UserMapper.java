package dev.roster.connectors.ldap;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import dev.roster.connectors.model.Email;
import dev.roster.connectors.model.GroupRef;
import dev.roster.connectors.model.Phone;
import dev.roster.connectors.model.User;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A person entry as a unified {@link User}: inetOrgPerson attributes, or Active Directory's when the
 * user object class is {@code user}. The mapping table is in this package's README.
 */
final class UserMapper {
    /** Operational attributes are only returned when asked for by name; unknown names are simply ignored. */
    static final String[] ATTRIBUTES = {"*", "createTimestamp", "modifyTimestamp", "entryUUID", "memberOf",
            "pwdAccountLockedTime", "nsAccountLock"};
    /** userAccountControl ACCOUNTDISABLE. */
    static final int AD_DISABLED = 0x2;

    private final boolean activeDirectory;

    UserMapper(boolean activeDirectory) {
        this.activeDirectory = activeDirectory;
    }

    User user(Entry entry) {
        Map<String, Object> identifiers = new LinkedHashMap<>();
        identifiers.put("dn", entry.getDN());
        if (entry.hasAttribute("entryUUID")) {
            identifiers.put("entry_uuid", entry.getAttributeValue("entryUUID"));
        }
        return User.builder(entry.getDN())
                .name(activeDirectory ? first(entry, "displayName", "cn") : first(entry, "cn", "displayName"))
                .firstName(entry.getAttributeValue("givenName"))
                .lastName(entry.getAttributeValue("sn"))
                .username(activeDirectory ? first(entry, "sAMAccountName", "uid") : first(entry, "uid", "sAMAccountName"))
                .emails(emails(entry))
                .phones(phones(entry))
                .title(entry.getAttributeValue("title"))
                .status(status(entry))
                .userType(entry.getAttributeValue("employeeType"))
                .languages(values(entry, "preferredLanguage"))
                .bio(entry.getAttributeValue("description"))
                .externalId(activeDirectory ? first(entry, "employeeID", "employeeNumber") : entry.getAttributeValue("employeeNumber"))
                .groups(groups(entry))
                .identifiers(identifiers)
                .createdAt(Timestamps.first(entry, "createTimestamp", "whenCreated"))
                .updatedAt(Timestamps.first(entry, "modifyTimestamp", "whenChanged"))
                .remoteData(EntryJson.entry(entry))
                .build();
    }

    /**
     * AD: the ACCOUNTDISABLE bit. Elsewhere: OpenLDAP's ppolicy lock (pwdAccountLockedTime) or 389-DS's
     * nsAccountLock; an account with neither is active.
     */
    String status(Entry entry) {
        if (activeDirectory) {
            String control = entry.getAttributeValue("userAccountControl");
            if (control != null) {
                try {
                    return (Integer.parseInt(control.strip()) & AD_DISABLED) != 0 ? User.STATUS_INACTIVE : User.STATUS_ACTIVE;
                } catch (NumberFormatException notANumber) {
                    return control;
                }
            }
        }
        if (entry.hasAttribute("pwdAccountLockedTime") || "true".equalsIgnoreCase(entry.getAttributeValue("nsAccountLock"))) {
            return User.STATUS_INACTIVE;
        }
        return User.STATUS_ACTIVE;
    }

    private static List<Email> emails(Entry entry) {
        List<Email> emails = new ArrayList<>();
        for (String mail : values(entry, "mail")) {
            emails.add(new Email(mail, emails.isEmpty(), null));
        }
        return emails;
    }

    private static List<Phone> phones(Entry entry) {
        List<Phone> phones = new ArrayList<>();
        values(entry, "telephoneNumber").forEach(n -> phones.add(new Phone(n, "phone", null)));
        values(entry, "mobile").forEach(n -> phones.add(new Phone(n, "mobile", null)));
        return phones;
    }

    private static List<GroupRef> groups(Entry entry) {
        List<GroupRef> groups = new ArrayList<>();
        for (String value : values(entry, "memberOf")) {
            DN dn = Dns.fromServer(value);
            groups.add(new GroupRef(value, Dns.leafValue(dn, "cn"), null));
        }
        return groups;
    }

    private static List<String> values(Entry entry, String attribute) {
        String[] values = entry.getAttributeValues(attribute);
        return values == null ? List.of() : Arrays.asList(values);
    }

    private static String first(Entry entry, String... attributes) {
        for (String attribute : attributes) {
            String value = entry.getAttributeValue(attribute);
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
