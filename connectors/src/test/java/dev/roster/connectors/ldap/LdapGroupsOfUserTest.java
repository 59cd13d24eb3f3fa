package dev.roster.connectors.ldap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.ErrorKind;
import dev.roster.connectors.ListResult;
import dev.roster.connectors.UnifiedDirectory;
import dev.roster.connectors.model.Group;
import dev.roster.connectors.query.ListQuery;
import dev.roster.connectors.trace.Exchange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The groups of a user on LDAP: a search of the member attribute, paged and resumable like every list. The
 * seed puts user u in group g when u is a multiple of g + 2 (see {@link EmbeddedLdap}), so user012 is in
 * group-00, -01, -02, -04 and -10 of the 20 groups.
 */
class LdapGroupsOfUserTest {
    private static final List<String> USER_12_GROUPS = List.of(EmbeddedLdap.groupDn(0), EmbeddedLdap.groupDn(1),
            EmbeddedLdap.groupDn(2), EmbeddedLdap.groupDn(4), EmbeddedLdap.groupDn(10));

    private final LdapConnectorProvider provider = new LdapConnectorProvider();
    private EmbeddedLdap server;

    @BeforeEach
    void start() {
        server = EmbeddedLdap.start(40, 20);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private UnifiedDirectory open(String name, Map<String, String> extra) {
        return UnifiedDirectory.open(provider, server.settings(name, extra));
    }

    @Test
    void aCursorResumesTheGroupsOfAUserInANewConnectorInstance() {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int instances = 0;
        do {
            instances++;
            try (UnifiedDirectory fresh = open("corp", Map.of())) {
                ListResult<Group> page = fresh.listGroups(ListQuery.ofLimit(2).withUserId(EmbeddedLdap.userDn(12)).withCursor(cursor));
                page.page().result().forEach(g -> seen.add(g.id()));
                cursor = page.page().nextCursor();
            }
        } while (cursor != null && instances < 10);

        assertThat(instances).isEqualTo(3);
        assertThat(seen).containsExactlyInAnyOrderElementsOf(USER_12_GROUPS).doesNotHaveDuplicates();
        assertThat(server.cookies().refused()).isZero();
    }

    @Test
    void theSearchAsksForTheMemberValueUnderTheGroupBase() {
        try (UnifiedDirectory directory = open("corp", Map.of())) {
            directory.listGroups(ListQuery.ofLimit(10).withUserId(EmbeddedLdap.userDn(6)));

            Exchange search = directory.exchanges().snapshot().stream().filter(x -> x.method().equals("SEARCH"))
                    .reduce((a, b) -> b).orElseThrow();
            assertThat(search.requestBody()).contains(EmbeddedLdap.GROUPS)
                    .contains("(member=uid=user006,ou=People,dc=example,dc=com)").contains("(objectClass=groupOfNames)");
        }
    }

    @Test
    void anyDnSpellingOfTheUserGivesTheSameGroups() {
        try (UnifiedDirectory directory = open("corp", Map.of())) {
            List<String> ids = directory.listGroups(ListQuery.ofLimit(50).withUserId("UID=User012, OU=people,DC=Example,DC=com"))
                    .page().result().stream().map(Group::id).toList();

            assertThat(ids).containsExactlyInAnyOrderElementsOf(USER_12_GROUPS);
        }
    }

    @Test
    void theFilterParameterNarrowsTheGroupsOfAUser() {
        try (UnifiedDirectory directory = open("corp", Map.of())) {
            // the seed's businessCategory is team for g % 3 == 0: of user012's groups, group-00 alone
            List<String> ids = directory.listGroups(ListQuery.ofLimit(50).withUserId(EmbeddedLdap.userDn(12))
                    .withParameters(Map.of(LdapQueries.FILTER, "(businessCategory=team)"))).page().result().stream().map(Group::id).toList();

            assertThat(ids).containsExactly(EmbeddedLdap.groupDn(0));
        }
    }

    @Test
    void uniqueMemberGroupsAreSearchedByUniqueMember() throws Exception {
        String unique = "ou=Unique," + EmbeddedLdap.BASE;
        server.server().add("dn: " + unique, "objectClass: organizationalUnit", "ou: Unique");
        server.server().add("dn: cn=Night Shift," + unique, "objectClass: groupOfUniqueNames", "cn: Night Shift",
                "uniqueMember: " + EmbeddedLdap.userDn(3), "uniqueMember: " + EmbeddedLdap.userDn(5));
        server.server().add("dn: cn=Day Shift," + unique, "objectClass: groupOfUniqueNames", "cn: Day Shift",
                "uniqueMember: " + EmbeddedLdap.userDn(5));
        try (UnifiedDirectory directory = open("unique", Map.of(LdapSettings.GROUP_BASE, unique,
                LdapSettings.GROUP_OBJECT_CLASS, "groupOfUniqueNames"))) {
            assertThat(directory.listGroups(ListQuery.ofLimit(1).withUserId(EmbeddedLdap.userDn(3))).page().result())
                    .extracting(Group::name).containsExactly("Night Shift");
            List<String> names = new ArrayList<>();
            directory.walkGroups(ListQuery.ofLimit(1).withUserId(EmbeddedLdap.userDn(5)),
                    p -> p.page().result().forEach(g -> names.add(g.name())), () -> false);
            assertThat(names).containsExactlyInAnyOrder("Night Shift", "Day Shift");
        }
    }

    @Test
    void anEntryThatIsNoUserIsNotFoundAndANonDnIsRefused() {
        try (UnifiedDirectory directory = open("corp", Map.of())) {
            assertThatThrownBy(() -> directory.listGroups(ListQuery.ofLimit(5).withUserId(EmbeddedLdap.groupDn(3))))
                    .isInstanceOfSatisfying(DirectoryException.class, e -> {
                        assertThat(e.kind()).isEqualTo(ErrorKind.NOT_FOUND);
                        assertThat(e.code()).contains(ErrorCode.NO_SUCH_USER);
                    });
            int before = directory.exchanges().snapshot().size();
            assertThatThrownBy(() -> directory.listGroups(ListQuery.ofLimit(5).withUserId("not a dn")))
                    .isInstanceOfSatisfying(DirectoryException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.VALIDATION));
            assertThat(directory.exchanges().snapshot()).hasSize(before);
        }
    }
}
