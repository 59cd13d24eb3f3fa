package dev.roster.connectors.ldap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.unboundid.asn1.ASN1OctetString;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPSearchException;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResult;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.ldap.sdk.controls.SimplePagedResultsControl;
import dev.roster.connectors.ListResult;
import dev.roster.connectors.UnifiedDirectory;
import dev.roster.connectors.model.Group;
import dev.roster.connectors.model.User;
import dev.roster.connectors.query.ListQuery;
import dev.roster.connectors.trace.Exchange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Cursors resume in a new connector instance (a new process, as far as the server can tell) against a
 * server that, like OpenLDAP, refuses a paged-results cookie on any connection but its own; within one
 * instance a walk keeps its connection and live cookie.
 */
class LdapCursorResumptionTest {
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

    /** The same name opened again is the same connection in a new process: its cursors carry over. */
    private UnifiedDirectory open(String name) {
        return UnifiedDirectory.open(provider, server.settings(name, Map.of(LdapSettings.PAGE_SIZE, "7")));
    }

    @Test
    void theTestServerRefusesACookieShownOnAnotherConnection() throws Exception {
        try (LDAPConnection first = server.server().getConnection(); LDAPConnection second = server.server().getConnection()) {
            first.bind(EmbeddedLdap.WRITER, server.writerPassword());
            second.bind(EmbeddedLdap.WRITER, server.writerPassword());
            SearchRequest request = new SearchRequest(EmbeddedLdap.PEOPLE, SearchScope.ONE, "(objectClass=*)", "1.1");
            request.setControls(new SimplePagedResultsControl(5, null, false));
            SearchResult page = first.search(request);
            ASN1OctetString cookie = SimplePagedResultsControl.get(page).getCookie();

            request.setControls(new SimplePagedResultsControl(5, cookie, false));
            assertThatThrownBy(() -> second.search(request)).isInstanceOfSatisfying(LDAPSearchException.class,
                    e -> assertThat(e.getResultCode()).isEqualTo(ResultCode.PROTOCOL_ERROR));
        }
    }

    @Test
    void aCursorResumesInANewConnectorInstance() {
        List<String> expected = allUsers(100);
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int instances = 0;
        do {
            instances++;
            try (UnifiedDirectory fresh = open("corp")) {
                ListResult<User> page = fresh.listUsers(new ListQuery(6, cursor, Map.of(), Map.of(), null));
                page.page().result().forEach(u -> seen.add(u.id()));
                cursor = page.page().nextCursor();
            }
        } while (cursor != null);

        assertThat(instances).isEqualTo(7);
        assertThat(seen).containsExactlyElementsOf(expected);
        assertThat(server.cookies().refused()).isZero();
    }

    @Test
    void aWalkInOneInstanceUsesOneSearchPerPageOnOneConnection() {
        try (UnifiedDirectory directory = open("walk")) {
            List<String> seen = new ArrayList<>();
            var outcome = directory.walkGroups(ListQuery.ofLimit(5), p -> p.page().result().forEach(g -> seen.add(g.id())),
                    () -> false);

            List<Exchange> searches = directory.exchanges().snapshot().stream().filter(x -> x.method().equals("SEARCH")).toList();
            assertThat(seen).hasSize(20);
            assertThat(outcome.pages()).isEqualTo(4);
            assertThat(searches).hasSize(4);
            assertThat(searches).extracting(x -> x.requestHeaders().get("Connection")).containsOnly(searches.getFirst()
                    .requestHeaders().get("Connection"));
            assertThat(searches.get(1).requestHeaders().get("Paged-Results").getFirst()).contains("cookie=16 bytes");
            assertThat(directory.exchanges().snapshot()).filteredOn(x -> x.method().equals("BIND")).hasSize(1);
        }
    }

    @Test
    void anEntryAddedBeforeThePositionNeitherRepeatsNorSkipsAnEntry() throws Exception {
        String cursor;
        List<String> seen = new ArrayList<>();
        try (UnifiedDirectory first = open("corp")) {
            ListResult<User> page = first.listUsers(ListQuery.ofLimit(10));
            page.page().result().forEach(u -> seen.add(u.id()));
            cursor = page.page().nextCursor();
        }
        // the in-memory server returns entries in DN order: "uid=aaa" lands before the position
        server.server().add("dn: uid=aaa," + EmbeddedLdap.PEOPLE, "objectClass: inetOrgPerson", "uid: aaa", "cn: A", "sn: A");

        try (UnifiedDirectory second = open("corp")) {
            second.walkUsers(new ListQuery(10, cursor, Map.of(), Map.of(), null),
                    p -> p.page().result().forEach(u -> seen.add(u.id())), () -> false);
        }

        assertThat(seen).doesNotHaveDuplicates().hasSize(40).doesNotContain("uid=aaa," + EmbeddedLdap.PEOPLE);
    }

    @Test
    void anEntryRemovedBeforeThePositionDoesNotSkipAnEntry() throws Exception {
        String cursor;
        List<String> seen = new ArrayList<>();
        try (UnifiedDirectory first = open("corp")) {
            ListResult<User> page = first.listUsers(ListQuery.ofLimit(10));
            page.page().result().forEach(u -> seen.add(u.id()));
            cursor = page.page().nextCursor();
        }
        server.server().delete(EmbeddedLdap.userDn(3));

        try (UnifiedDirectory second = open("corp")) {
            second.walkUsers(new ListQuery(10, cursor, Map.of(), Map.of(), null),
                    p -> p.page().result().forEach(u -> seen.add(u.id())), () -> false);
        }

        assertThat(seen).doesNotHaveDuplicates().hasSize(40).contains(EmbeddedLdap.userDn(10), EmbeddedLdap.userDn(39));
    }

    @Test
    void aLiveWalkWhoseCookieIsRefusedResumesByRewalking() {
        try (UnifiedDirectory directory = open("reset")) {
            ListResult<Group> first = directory.listGroups(ListQuery.ofLimit(5));
            server.cookies().invalidateAll();

            List<String> seen = new ArrayList<>(first.page().result().stream().map(Group::id).toList());
            directory.walkGroups(ListQuery.ofLimit(5).withCursor(first.page().nextCursor()),
                    p -> p.page().result().forEach(g -> seen.add(g.id())), () -> false);

            assertThat(server.cookies().refused()).isEqualTo(1);
            assertThat(seen).doesNotHaveDuplicates().hasSize(20);
        }
    }

    @Test
    void aGroupsMemberListResumesInANewInstanceDespiteAMemberAddedBeforeThePosition() throws Exception {
        String group = EmbeddedLdap.groupDn(0);
        List<String> seen = new ArrayList<>();
        String cursor;
        try (UnifiedDirectory first = open("corp")) {
            ListResult<User> page = first.listUsers(ListQuery.ofLimit(15).withGroupId(group));
            page.page().result().forEach(u -> seen.add(u.id()));
            cursor = page.page().nextCursor();
        }
        server.server().modify("dn: " + group, "changetype: modify", "delete: member", "member: " + EmbeddedLdap.userDn(2));

        try (UnifiedDirectory second = open("corp")) {
            second.walkUsers(new ListQuery(15, cursor, Map.of(), Map.of(), group),
                    p -> p.page().result().forEach(u -> seen.add(u.id())), () -> false);
        }

        assertThat(seen).doesNotHaveDuplicates().hasSize(20).contains(EmbeddedLdap.userDn(38));
    }

    @Test
    void aCursorFromAnotherListIsRefused() {
        try (UnifiedDirectory directory = open("mixed")) {
            String groupsCursor = directory.listGroups(ListQuery.ofLimit(5)).page().nextCursor();

            assertThatThrownBy(() -> directory.listUsers(ListQuery.ofLimit(5).withCursor(groupsCursor)))
                    .hasMessageContaining("list_groups");
        }
    }

    private List<String> allUsers(int limit) {
        try (UnifiedDirectory directory = open("all")) {
            List<String> ids = new ArrayList<>();
            directory.walkUsers(ListQuery.ofLimit(limit), p -> p.page().result().forEach(u -> ids.add(u.id())), () -> false);
            return ids;
        }
    }
}
