package dev.roster.connectors.ldap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorKind;
import dev.roster.connectors.UnifiedDirectory;
import dev.roster.connectors.model.Group;
import dev.roster.connectors.model.GroupInput;
import dev.roster.connectors.model.MembershipInput;
import dev.roster.connectors.model.User;
import dev.roster.connectors.query.ListQuery;
import dev.roster.connectors.trace.Exchange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Membership changes against OpenLDAP's rules and Active Directory's ranged member reads. */
class LdapMembershipTest {
    private final LdapConnectorProvider provider = new LdapConnectorProvider();
    private EmbeddedLdap server;
    private UnifiedDirectory directory;

    private void start(Map<String, String> settings, ActiveDirectoryRanges... extra) {
        server = EmbeddedLdap.start(25, 3, extra);
        directory = UnifiedDirectory.open(provider, server.settings("members", settings));
    }

    @AfterEach
    void stop() {
        directory.close();
        server.close();
    }

    @Test
    void removingTheLastRealMemberOfASeededGroupKeepsItValidWithThePlaceholder() throws Exception {
        start(Map.of());
        server.server().add("dn: cn=solo," + EmbeddedLdap.GROUPS, "objectClass: groupOfNames", "cn: solo",
                "member: " + EmbeddedLdap.userDn(4));
        String group = "cn=solo," + EmbeddedLdap.GROUPS;

        directory.removeMember(new MembershipInput(group, EmbeddedLdap.userDn(4), null));

        List<Exchange> modifies = directory.exchanges().snapshot().stream().filter(x -> x.method().equals("MODIFY")).toList();
        assertThat(modifies).extracting(Exchange::status).containsExactly(65, 0);
        assertThat(server.server().getEntry(group).getAttributeValues("member")).containsExactly(Placeholder.VALUE);
        assertThat(directory.listUsers(ListQuery.ofLimit(10).withGroupId(group)).page().result()).isEmpty();
    }

    @Test
    void theLastMemberRemovedTwiceIsNotFound() throws Exception {
        start(Map.of());
        server.server().add("dn: cn=solo," + EmbeddedLdap.GROUPS, "objectClass: groupOfNames", "cn: solo",
                "member: " + EmbeddedLdap.userDn(4));
        String group = "cn=solo," + EmbeddedLdap.GROUPS;
        directory.removeMember(new MembershipInput(group, EmbeddedLdap.userDn(4), null));

        DirectoryException again = catchThrowableOfType(DirectoryException.class,
                () -> directory.removeMember(new MembershipInput(group, EmbeddedLdap.userDn(4), null)));

        assertThat(again.kind()).isEqualTo(ErrorKind.NOT_FOUND);
        assertThat(again.providerStatus()).contains(16);
        assertThat(again.getMessage()).contains("is not a member of");
    }

    @Test
    void addingAUserWhoDoesNotExistIsNotFoundAndChangesNothing() {
        start(Map.of());

        DirectoryException failure = catchThrowableOfType(DirectoryException.class, () -> directory.addMember(
                new MembershipInput(EmbeddedLdap.groupDn(0), "uid=ghost," + EmbeddedLdap.PEOPLE, null)));

        assertThat(failure.kind()).isEqualTo(ErrorKind.NOT_FOUND);
        assertThat(failure.getMessage()).contains("no user uid=ghost");
        assertThat(directory.exchanges().snapshot()).noneMatch(x -> x.method().equals("MODIFY"));
    }

    @Test
    void addingToAGroupThatDoesNotExistIsNotFound() {
        start(Map.of());

        DirectoryException failure = catchThrowableOfType(DirectoryException.class, () -> directory.addMember(
                new MembershipInput("cn=nope," + EmbeddedLdap.GROUPS, EmbeddedLdap.userDn(1), null)));

        assertThat(failure.kind()).isEqualTo(ErrorKind.NOT_FOUND);
        assertThat(failure.getMessage()).contains("no group cn=nope");
    }

    @Test
    void idsThatAreNotDnsAreRefusedBeforeAnythingIsSent() {
        start(Map.of());

        List<DirectoryException> failures = List.of(
                catchThrowableOfType(DirectoryException.class, () -> directory.getGroup("not a dn")),
                catchThrowableOfType(DirectoryException.class,
                        () -> directory.addMember(new MembershipInput(EmbeddedLdap.groupDn(0), "uid=x,,", null))),
                catchThrowableOfType(DirectoryException.class,
                        () -> directory.listUsers(ListQuery.ofLimit(5).withGroupId("=broken"))));

        assertThat(failures).extracting(DirectoryException::kind).containsOnly(ErrorKind.VALIDATION);
        assertThat(directory.exchanges().snapshot()).isEmpty();
    }

    @Test
    void groupOfUniqueNamesUsesUniqueMember() throws Exception {
        start(Map.of(LdapSettings.GROUP_OBJECT_CLASS, "groupOfUniqueNames"));

        Group group = directory.createGroup(new GroupInput("Unique", null, null, null)).item();
        directory.addMember(new MembershipInput(group.id(), EmbeddedLdap.userDn(2), null));
        List<User> members = directory.listUsers(ListQuery.ofLimit(5).withGroupId(group.id())).page().result();
        directory.removeMember(new MembershipInput(group.id(), EmbeddedLdap.userDn(2), null));

        assertThat(members).extracting(User::id).containsExactly(EmbeddedLdap.userDn(2));
        assertThat(group.remoteData().path("objectClass").toString()).contains("groupOfUniqueNames");
        assertThat(server.server().getEntry(group.id()).getAttributeValues("uniqueMember")).containsExactly(Placeholder.VALUE);
    }

    @Test
    void allMembersOfALargeGroupAreReadThroughActiveDirectoryRanges() throws Exception {
        start(Map.of(), new ActiveDirectoryRanges(4));
        // group-00 holds the users u with u % 2 == 0: 13 members, read in 4 ranges of 4
        List<String> members = new ArrayList<>();
        directory.walkUsers(ListQuery.ofLimit(5).withGroupId(EmbeddedLdap.groupDn(0)),
                p -> p.page().result().forEach(u -> members.add(u.id())), () -> false);

        List<String> expected = new ArrayList<>();
        for (int u = 0; u < 25; u += 2) {
            expected.add(EmbeddedLdap.userDn(u));
        }
        assertThat(members).containsExactlyElementsOf(expected);
        assertThat(directory.exchanges().snapshot()).anySatisfy(x -> assertThat(x.responseBody()).contains("member;range=4-7"));
    }
}
