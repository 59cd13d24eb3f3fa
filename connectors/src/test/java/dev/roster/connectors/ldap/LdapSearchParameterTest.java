package dev.roster.connectors.ldap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.connectors.Operation;
import dev.roster.connectors.OperationCapability;
import dev.roster.connectors.UnifiedDirectory;
import dev.roster.connectors.model.Group;
import dev.roster.connectors.model.User;
import dev.roster.connectors.query.ListQuery;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * LDAP's free-text {@code search} parameter: what the console's search box and the add-member dialog send. The
 * seed (see {@link EmbeddedLdap}) names user i {@code uid=userNNN}, {@code cn=Test User i}, {@code sn=User i},
 * {@code mail=userNNN@example.com}, and group g {@code cn=group-GG}.
 */
class LdapSearchParameterTest {
    private static EmbeddedLdap server;
    private final LdapConnectorProvider provider = new LdapConnectorProvider();

    @BeforeAll
    static void start() {
        server = EmbeddedLdap.start(40, 20);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private List<String> users(String typed) {
        try (UnifiedDirectory directory = UnifiedDirectory.open(provider, server.settings("corp", Map.of()))) {
            return directory.listUsers(ListQuery.ofLimit(100).withParameters(Map.of("search", typed)))
                    .page().result().stream().map(User::username).toList();
        }
    }

    @Test
    void bothListsDeclareSearchAsTheirFreeTextParameter() {
        var capabilities = provider.capabilities();
        assertThat(capabilities.of(Operation.LIST_USERS).flatMap(OperationCapability::search)).contains("search");
        assertThat(capabilities.of(Operation.LIST_GROUPS).flatMap(OperationCapability::search)).contains("search");
    }

    @Test
    void aUserNameFragmentFindsTheUsersWhoseUidOrMailHoldsIt() {
        assertThat(users("user01")).containsExactlyInAnyOrderElementsOf(
                IntStream.rangeClosed(10, 19).mapToObj(EmbeddedLdap::username).toList());
    }

    @Test
    void aNameFragmentMatchesTheCommonNameWhateverItsCase() {
        // cn "Test User 3" and "Test User 30" ... "Test User 39"
        assertThat(users("test user 3")).containsExactlyInAnyOrderElementsOf(
                IntStream.concat(IntStream.of(3), IntStream.rangeClosed(30, 39)).mapToObj(EmbeddedLdap::username).toList());
    }

    @Test
    void filterSyntaxInTheTypedTextMatchesItselfAndFindsNobody() {
        assertThat(users("*)(uid=*")).isEmpty();
    }

    @Test
    void groupsAreSearchedByTheirName() {
        try (UnifiedDirectory directory = UnifiedDirectory.open(provider, server.settings("corp", Map.of()))) {
            List<String> names = directory.listGroups(ListQuery.ofLimit(100).withParameters(Map.of("search", "group-1")))
                    .page().result().stream().map(Group::name).toList();
            assertThat(names).containsExactlyInAnyOrderElementsOf(
                    IntStream.rangeClosed(10, 19).mapToObj(EmbeddedLdap::groupName).toList());
        }
    }
}
