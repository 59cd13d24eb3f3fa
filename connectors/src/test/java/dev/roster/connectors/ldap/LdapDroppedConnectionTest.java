package dev.roster.connectors.ldap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.connectors.ListResult;
import dev.roster.connectors.UnifiedDirectory;
import dev.roster.connectors.model.Group;
import dev.roster.connectors.model.GroupInput;
import dev.roster.connectors.query.ListQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Servers drop idle connections (OpenLDAP idletimeout, a restart): the connector carries on. */
class LdapDroppedConnectionTest {
    private EmbeddedLdap server;
    private UnifiedDirectory directory;

    @BeforeEach
    void start() {
        server = EmbeddedLdap.start(10, 12);
        directory = UnifiedDirectory.open(new LdapConnectorProvider(), server.settings("dropped", Map.of()));
    }

    @AfterEach
    void stop() {
        directory.close();
        server.close();
    }

    @Test
    void readsAndWritesWorkAfterTheServerDroppedTheIdleConnections() {
        directory.verify();
        server.server().closeAllConnections(false);

        // the read may find the pooled connection dead only when it sends: it is tried again on a new one
        Group got = directory.getGroup(EmbeddedLdap.groupDn(1)).item();
        Group created = directory.createGroup(new GroupInput("After the drop", null, null, null)).item();

        assertThat(got.name()).isEqualTo(EmbeddedLdap.groupName(1));
        assertThat(created.name()).isEqualTo("After the drop");
    }

    @Test
    void aWalkWhoseConnectionWasDroppedResumesFromItsPosition() {
        ListResult<Group> first = directory.listGroups(ListQuery.ofLimit(5));
        server.server().closeAllConnections(false);

        List<String> seen = new ArrayList<>(first.page().result().stream().map(Group::id).toList());
        var outcome = directory.walkGroups(ListQuery.ofLimit(5).withCursor(first.page().nextCursor()),
                p -> p.page().result().forEach(g -> seen.add(g.id())), () -> false);

        assertThat(outcome.complete()).isTrue();
        assertThat(seen).doesNotHaveDuplicates().hasSize(12);
    }
}
