package dev.roster.connectors.ldap;

import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.SearchResultEntry;
import dev.roster.connectors.UnifiedDirectory;
import dev.roster.connectors.model.Email;
import dev.roster.connectors.model.Group;
import dev.roster.connectors.model.GroupInput;
import dev.roster.connectors.model.GroupType;
import dev.roster.connectors.model.MembershipInput;
import dev.roster.connectors.model.User;
import dev.roster.connectors.model.UserInput;
import dev.roster.connectors.query.ListQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Non-ASCII values and DNs with escapes survive a create, a list and a round trip of their ids. */
class LdapTextTest {
    private final LdapConnectorProvider provider = new LdapConnectorProvider();
    private EmbeddedLdap server;
    private UnifiedDirectory directory;

    @BeforeEach
    void start() {
        server = EmbeddedLdap.start(3, 1);
        directory = UnifiedDirectory.open(provider, server.settings("text", Map.of()));
    }

    @AfterEach
    void stop() {
        directory.close();
        server.close();
    }

    @Test
    void nonAsciiNamesSurviveCreateAndList() {
        Group tokyo = directory.createGroup(new GroupInput("東京オフィス", "Zoë Ørsted's team — café ☕", GroupType.DEPARTMENT, null))
                .item();
        User zoe = directory.createUser(new UserInput("Zoë Ørsted", "Zoë", "Ørsted", "zoë.ørsted",
                List.of(new Email("zoe.orsted@example.com", true, null)), null, List.of(), "Ingeniørchef", null, List.of(),
                List.of(), List.of(), null, null, List.of("da"), null)).item();
        directory.addMember(new MembershipInput(tokyo.id(), zoe.id(), null));

        Group listed = groups().stream().filter(g -> g.id().equals(tokyo.id())).findFirst().orElseThrow();
        User member = directory.listUsers(ListQuery.ofLimit(5).withGroupId(tokyo.id())).page().result().getFirst();

        assertThat(listed.name()).isEqualTo("東京オフィス");
        assertThat(listed.description()).isEqualTo("Zoë Ørsted's team — café ☕");
        assertThat(listed.groupType()).isEqualTo(GroupType.DEPARTMENT);
        assertThat(member.name()).isEqualTo("Zoë Ørsted");
        assertThat(member.firstName()).isEqualTo("Zoë");
        assertThat(member.lastName()).isEqualTo("Ørsted");
        assertThat(member.username()).isEqualTo("zoë.ørsted");
        assertThat(member.title()).isEqualTo("Ingeniørchef");
        assertThat(member.languages()).containsExactly("da");
        assertThat(member.remoteData().path("cn").get(0).asText()).isEqualTo("Zoë Ørsted");
        assertThat(directory.getGroup(tokyo.id()).item().name()).isEqualTo("東京オフィス");
    }

    @Test
    void aNameWithDnSpecialCharactersGivesAnIdThatRoundTrips() {
        Group created = directory.createGroup(new GroupInput("Smith, Jr. + Co=op #1 \"quoted\"", null, null, null)).item();

        assertThat(created.name()).isEqualTo("Smith, Jr. + Co=op #1 \"quoted\"");
        assertThat(directory.getGroup(created.id()).item().name()).isEqualTo(created.name());
        assertThat(groups()).extracting(Group::id).contains(created.id());
    }

    @Test
    void idsInAnotherSpellingOfTheSameDnAreTheSameEntry() throws Exception {
        // added in OpenLDAP's hex spelling, as a server that normalises escapes would return it
        server.server().add("dn: cn=Smith\\2C Jr.," + EmbeddedLdap.GROUPS, "objectClass: groupOfNames", "cn: Smith, Jr.",
                "member: " + EmbeddedLdap.userDn(0));
        String spelledOtherwise = "CN=Smith\\, Jr.,OU=groups,DC=EXAMPLE,DC=com";
        String userOtherwise = "UID=" + EmbeddedLdap.username(1) + ", ou=People, dc=example, dc=com";

        Group got = directory.getGroup(spelledOtherwise).item();
        directory.addMember(new MembershipInput(spelledOtherwise, userOtherwise, null));
        List<User> members = directory.listUsers(ListQuery.ofLimit(5).withGroupId(got.id())).page().result();
        directory.removeMember(new MembershipInput(got.id(), members.getLast().id(), null));

        assertThat(got.name()).isEqualTo("Smith, Jr.");
        assertThat(new DN(got.id())).isEqualTo(new DN(spelledOtherwise));
        assertThat(members).extracting(u -> new DN(u.id()))
                .containsExactly(new DN(EmbeddedLdap.userDn(0)), new DN(EmbeddedLdap.userDn(1)));
        SearchResultEntry stored = server.server().getEntry(got.id());
        // the member value carries the user's DN as the server spells it, not the caller's spelling
        assertThat(stored.getAttributeValues("member")).containsExactly(EmbeddedLdap.userDn(0));
    }

    private List<Group> groups() {
        List<Group> all = new ArrayList<>();
        directory.walkGroups(ListQuery.ofLimit(50), p -> all.addAll(p.page().result()), () -> false);
        return all;
    }
}
