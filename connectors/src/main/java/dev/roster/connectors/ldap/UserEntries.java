package dev.roster.connectors.ldap;

import static dev.roster.connectors.model.Text.blankToNull;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.RDN;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.model.Email;
import dev.roster.connectors.model.Phone;
import dev.roster.connectors.model.UserInput;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The entry a create-user call adds. inetOrgPerson: {@code uid=<username>} under the user base; person
 * requires {@code cn} and {@code sn}, so a user needs a last_name or a name (cn is the name, else first and
 * last name; sn the last name, else the name's last word). Active Directory: {@code cn=<name>},
 * {@code sAMAccountName}, the password as {@code unicodePwd} (only over TLS) and an enabled account when a
 * password is given, a disabled one otherwise. See the package README for the attribute table.
 */
final class UserEntries {
    /** userAccountControl NORMAL_ACCOUNT, and NORMAL_ACCOUNT | ACCOUNTDISABLE. */
    private static final String AD_ENABLED = "512";
    private static final String AD_DISABLED = "514";

    private final LdapConfig config;

    UserEntries(LdapConfig config) {
        this.config = config;
    }

    Entry create(UserInput input) {
        String username = input.username().strip();
        String lastName = blankToNull(input.lastName());
        String firstName = blankToNull(input.firstName());
        String name = blankToNull(input.name());
        if (lastName == null && name == null) {
            throw DirectoryException.invalid(ErrorCode.LDAP_USER_NEEDS_NAME);
        }
        String cn = name != null ? name : (firstName == null ? lastName : firstName + " " + lastName);
        String sn = lastName != null ? lastName : lastWord(name);
        if (input.languages().size() > 1) {
            throw DirectoryException.invalid(ErrorCode.LDAP_ONE_LANGUAGE, input.languages().size());
        }
        boolean ad = config.activeDirectoryUsers();
        Entry entry = new Entry(new DN(ad ? new RDN("cn", cn) : new RDN("uid", username), config.userBase()));
        if (ad) {
            entry.addAttribute("objectClass", "top", "person", "organizationalPerson", "user");
            entry.addAttribute("sAMAccountName", username);
            entry.addAttribute("displayName", cn);
        } else {
            entry.addAttribute("objectClass", "top", "person", "organizationalPerson", "inetOrgPerson");
            if (!config.userObjectClass().equalsIgnoreCase("inetOrgPerson")) {
                entry.addAttribute("objectClass", config.userObjectClass());
            }
            entry.addAttribute("uid", username);
        }
        entry.addAttribute("cn", cn);
        entry.addAttribute("sn", sn);
        put(entry, "givenName", firstName);
        put(entry, "title", input.title());
        put(entry, "employeeType", input.userType());
        input.languages().forEach(l -> put(entry, "preferredLanguage", l));
        emails(entry, input.emails());
        phones(entry, input.phones());
        password(entry, input.password(), ad);
        RemoteData.merge(entry, input.remoteData());
        return entry;
    }

    private void password(Entry entry, String password, boolean ad) {
        if (!ad) {
            if (password != null && !password.isEmpty()) {
                entry.addAttribute("userPassword", password);
            }
            return;
        }
        if (password == null || password.isEmpty()) {
            entry.addAttribute("userAccountControl", AD_DISABLED);
            return;
        }
        if (!config.ldaps() && !config.startTls()) {
            throw DirectoryException.invalid(ErrorCode.AD_PASSWORD_NEEDS_TLS);
        }
        // AD wants the password in double quotes, UTF-16LE, as unicodePwd
        entry.addAttribute("unicodePwd", ("\"" + password + "\"").getBytes(StandardCharsets.UTF_16LE));
        entry.addAttribute("userAccountControl", AD_ENABLED);
    }

    /** The primary address first: it is the one mapped back as primary. */
    private static void emails(Entry entry, List<Email> emails) {
        List<String> ordered = new ArrayList<>();
        emails.stream().filter(e -> Boolean.TRUE.equals(e.isPrimary())).forEach(e -> ordered.add(e.email()));
        emails.stream().filter(e -> !Boolean.TRUE.equals(e.isPrimary())).forEach(e -> ordered.add(e.email()));
        ordered.stream().filter(e -> e != null && !e.isBlank()).distinct().forEach(e -> entry.addAttribute("mail", e.strip()));
    }

    private static void phones(Entry entry, List<Phone> phones) {
        for (Phone phone : phones) {
            if (phone.number() == null || phone.number().isBlank()) {
                continue;
            }
            String number = phone.number().strip() + (phone.extension() == null || phone.extension().isBlank()
                    ? "" : " x" + phone.extension().strip());
            entry.addAttribute("mobile".equalsIgnoreCase(phone.type()) ? "mobile" : "telephoneNumber", number);
        }
    }

    private static void put(Entry entry, String attribute, String value) {
        if (value != null && !value.isBlank()) {
            entry.addAttribute(attribute, value.strip());
        }
    }

    private static String lastWord(String name) {
        String[] words = name.strip().split("\\s+");
        return words[words.length - 1];
    }
}
