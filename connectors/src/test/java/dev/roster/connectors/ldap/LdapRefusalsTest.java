package dev.roster.connectors.ldap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedAddRequest;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedModifyRequest;
import com.unboundid.ldap.listener.interceptor.InMemoryOperationInterceptor;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.ResultCode;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorKind;
import dev.roster.connectors.UnifiedDirectory;
import dev.roster.connectors.model.GroupInput;
import dev.roster.connectors.model.MembershipInput;
import dev.roster.connectors.query.ListQuery;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the server really answered reaches the user as a sentence, never a guess or a bare result name. */
class LdapRefusalsTest {
    private EmbeddedLdap server;
    private UnifiedDirectory directory;

    /** A read-only database (a replica, {@code readonly on} in slapd.conf): every write answers 53. */
    static final class ReadOnly extends InMemoryOperationInterceptor {
        @Override
        public void processModifyRequest(InMemoryInterceptedModifyRequest request) throws LDAPException {
            throw new LDAPException(ResultCode.UNWILLING_TO_PERFORM, "operation restricted");
        }
    }

    /** OpenLDAP's answer to a name its storage cannot hold: "other (80)", with no word about length. */
    static final class NameLimit extends InMemoryOperationInterceptor {
        @Override
        public void processAddRequest(InMemoryInterceptedAddRequest request) throws LDAPException {
            if (request.getRequest().getDN().length() > 200) {
                throw new LDAPException(ResultCode.OTHER, "internal error");
            }
        }
    }

    private void start(InMemoryOperationInterceptor extra) {
        server = EmbeddedLdap.start(10, 3, extra);
        directory = UnifiedDirectory.open(new LdapConnectorProvider(), server.settings("refusals", Map.of()));
    }

    @AfterEach
    void stop() {
        directory.close();
        server.close();
    }

    @Test
    void aReadOnlyServersRefusalToRemoveAMemberIsReportedAsItsRefusalNotAsNotAMember() {
        start(new ReadOnly());
        // seeded: user 0 is in every group
        String group = EmbeddedLdap.groupDn(0);
        String user = EmbeddedLdap.userDn(0);

        DirectoryException e = catchThrowableOfType(DirectoryException.class,
                () -> directory.removeMember(new MembershipInput(group, user, null)));

        assertThat(e.kind()).isEqualTo(ErrorKind.REMOTE);
        assertThat(e.providerStatus()).contains(53);
        assertThat(e.getMessage()).contains("unwilling to perform").doesNotContain("not a member");
        assertThat(e.rawResponse().orElseThrow()).contains("operation restricted");
        assertThat(directory.listUsers(ListQuery.ofLimit(50).withGroupId(group)).page().result())
                .extracting(u -> u.id()).contains(user);
    }

    @Test
    void aNonMemberRemovedIsNotFoundWhenTheServerSaysSo() {
        start(new InMemoryOperationInterceptor() { });
        // user 1 is not in group 0 (seeded members of group g: every (g+2)th user)
        DirectoryException e = catchThrowableOfType(DirectoryException.class, () -> directory.removeMember(
                new MembershipInput(EmbeddedLdap.groupDn(0), EmbeddedLdap.userDn(1), null)));

        assertThat(e.kind()).isEqualTo(ErrorKind.NOT_FOUND);
        assertThat(e.getMessage()).isEqualTo(EmbeddedLdap.userDn(1) + " is not a member of " + EmbeddedLdap.groupDn(0) + ".");
    }

    @Test
    void aTooLongGroupNameRefusedWithOtherSaysTheNameIsTheLikelyCause() {
        start(new NameLimit());
        String name = "N".repeat(300);

        DirectoryException e = catchThrowableOfType(DirectoryException.class,
                () -> directory.createGroup(new GroupInput(name, null, null, null)));

        assertThat(e.kind()).isEqualTo(ErrorKind.REMOTE);
        assertThat(e.getMessage()).contains("refused the name").contains("300 characters").contains("too long")
                .contains("shorten it").doesNotContain("Bad Gateway");
        assertThat(e.rawResponse().orElseThrow()).contains("\"result_code\":80").contains("internal error");
    }

    @Test
    void aFilterThatDoesNotParseSaysWhyAndHowToWriteOne() {
        start(new InMemoryOperationInterceptor() { });

        DirectoryException e = catchThrowableOfType(DirectoryException.class,
                () -> directory.listGroups(ListQuery.ofLimit(5).withParameters(Map.of("filter", "(cn=Eng"))));

        assertThat(e.kind()).isEqualTo(ErrorKind.VALIDATION);
        assertThat(e.getMessage()).contains("(cn=Eng").contains("write it like (cn=Eng*)").doesNotContain("null");
    }
}
