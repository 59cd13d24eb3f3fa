package dev.roster.connectors.ldap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.ldap.sdk.Entry;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorKind;
import dev.roster.connectors.model.Email;
import dev.roster.connectors.model.GroupType;
import dev.roster.connectors.model.Phone;
import dev.roster.connectors.model.User;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Entries to unified records, and entries as raw JSON. */
class LdapMappingTest {

    @Test
    void anInetOrgPersonMapsFieldByField() throws Exception {
        Entry entry = new Entry("dn: uid=zoe,ou=People,dc=example,dc=com", "objectClass: inetOrgPerson", "uid: zoe",
                "cn: Zoë Ørsted", "givenName: Zoë", "sn: Ørsted", "mail: zoe@example.com", "mail: z@example.org",
                "telephoneNumber: +45 1234", "mobile: +45 9876", "title: Engineer", "employeeType: contractor",
                "preferredLanguage: da", "description: Likes maps", "employeeNumber: E42",
                "memberOf: cn=Engineering,ou=Groups,dc=example,dc=com", "createTimestamp: 20240102030405Z",
                "modifyTimestamp: 20250102030405.123Z", "entryUUID: 5e3f0c1a-0000-4000-8000-000000000001");

        User user = new UserMapper(false).user(entry);

        assertThat(user.id()).isEqualTo("uid=zoe,ou=People,dc=example,dc=com");
        assertThat(user.username()).isEqualTo("zoe");
        assertThat(user.name()).isEqualTo("Zoë Ørsted");
        assertThat(user.emails()).containsExactly(new Email("zoe@example.com", true, null), new Email("z@example.org", false, null));
        assertThat(user.phones()).containsExactly(new Phone("+45 1234", "phone", null), new Phone("+45 9876", "mobile", null));
        assertThat(user.title()).isEqualTo("Engineer");
        assertThat(user.userType()).isEqualTo("contractor");
        assertThat(user.languages()).containsExactly("da");
        assertThat(user.bio()).isEqualTo("Likes maps");
        assertThat(user.externalId()).isEqualTo("E42");
        assertThat(user.status()).isEqualTo(User.STATUS_ACTIVE);
        assertThat(user.groups()).singleElement().satisfies(g -> {
            assertThat(g.id()).isEqualTo("cn=Engineering,ou=Groups,dc=example,dc=com");
            assertThat(g.name()).isEqualTo("Engineering");
        });
        assertThat(user.createdAt()).isEqualTo(Instant.parse("2024-01-02T03:04:05Z"));
        assertThat(user.updatedAt()).isEqualTo(Instant.parse("2025-01-02T03:04:05.123Z"));
        assertThat(user.identifiers()).containsEntry("entry_uuid", "5e3f0c1a-0000-4000-8000-000000000001");
        assertThat(user.remoteData().path("dn").asText()).isEqualTo(user.id());
        assertThat(user.remoteData().path("objectClass").get(0).asText()).isEqualTo("inetOrgPerson");
    }

    @Test
    void statusComesFromThePasswordPolicyLockOrAdsDisabledBit() throws Exception {
        Entry locked = new Entry("dn: uid=a,dc=x", "uid: a", "pwdAccountLockedTime: 000001010000Z");
        Entry adDisabled = new Entry("dn: cn=b,dc=x", "sAMAccountName: b", "userAccountControl: 514", "displayName: B",
                "cn: b", "whenCreated: 20200101000000.0Z");
        Entry adEnabled = new Entry("dn: cn=c,dc=x", "sAMAccountName: c", "userAccountControl: 512", "employeeID: 7");

        assertThat(new UserMapper(false).user(locked).status()).isEqualTo(User.STATUS_INACTIVE);
        User disabled = new UserMapper(true).user(adDisabled);
        assertThat(disabled.status()).isEqualTo(User.STATUS_INACTIVE);
        assertThat(disabled.username()).isEqualTo("b");
        assertThat(disabled.name()).isEqualTo("B");
        assertThat(disabled.createdAt()).isEqualTo(Instant.parse("2020-01-01T00:00:00Z"));
        User enabled = new UserMapper(true).user(adEnabled);
        assertThat(enabled.status()).isEqualTo(User.STATUS_ACTIVE);
        assertThat(enabled.externalId()).isEqualTo("7");
    }

    @Test
    void theGroupTypeIsReadFromBusinessCategory() throws Exception {
        assertThat(GroupMapper.type(new Entry("dn: cn=a,dc=x", "businessCategory: Department"))).isEqualTo(GroupType.DEPARTMENT);
        assertThat(GroupMapper.type(new Entry("dn: cn=a,dc=x", "businessCategory: R&D", "businessCategory: team")))
                .isEqualTo(GroupType.TEAM);
        assertThat(GroupMapper.type(new Entry("dn: cn=a,dc=x", "businessCategory: R&D"))).isEqualTo(GroupType.GROUP);
        assertThat(GroupMapper.type(new Entry("dn: cn=a,dc=x", "cn: a"))).isEqualTo(GroupType.GROUP);
    }

    @Test
    void aMalformedTimestampIsAProtocolError() throws Exception {
        Entry entry = new Entry("dn: cn=a,dc=x", "cn: a", "createTimestamp: yesterday");

        assertThatThrownBy(() -> new GroupMapper().group(entry)).isInstanceOfSatisfying(DirectoryException.class,
                e -> assertThat(e.kind()).isEqualTo(ErrorKind.PROTOCOL)).hasMessageContaining("createTimestamp");
    }

    @Test
    void rawJsonKeepsTextShowsBinaryAsBase64AndMasksPasswords() throws Exception {
        Entry entry = new Entry("dn: cn=a,dc=x", "cn: a", "userPassword: {SSHA}abc", "description: Zoë");
        entry.addAttribute("objectGUID", new byte[] {1, 2, (byte) 0xff});
        entry.addAttribute("jpegPhoto", new byte[] {(byte) 0xff, (byte) 0xd8});

        ObjectNode json = EntryJson.entry(entry);

        assertThat(json.toString()).isEqualTo("{\"dn\":\"cn=a,dc=x\",\"cn\":[\"a\"],\"userPassword\":[\"****\"],"
                + "\"description\":[\"Zoë\"],\"objectGUID\":[{\"base64\":\"AQL/\"}],\"jpegPhoto\":[{\"base64\":\"/9g=\"}]}");
    }
}
