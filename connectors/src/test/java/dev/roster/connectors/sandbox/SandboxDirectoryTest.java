package dev.roster.connectors.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.connectors.UnifiedDirectory;
import dev.roster.connectors.model.Group;
import dev.roster.connectors.model.GroupInput;
import dev.roster.connectors.model.GroupRef;
import dev.roster.connectors.model.MembershipInput;
import dev.roster.connectors.model.User;
import dev.roster.connectors.query.ListQuery;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the Sandbox adds to a plain in-memory server: memberOf, locked accounts, the demo data through the connector. */
class SandboxDirectoryTest {
    @TempDir
    Path home;
    private SandboxServer server;
    private UnifiedDirectory directory;

    @BeforeEach
    void start() {
        server = SandboxFixture.start(home);
        directory = SandboxFixture.connect(server.endpoint());
    }

    @AfterEach
    void stop() throws Exception {
        directory.close();
        server.close();
    }

    private List<User> users() {
        List<User> users = new ArrayList<>();
        directory.walkUsers(ListQuery.ofLimit(200), p -> users.addAll(p.page().result()), () -> false);
        return users;
    }

    @Test
    void peopleShowTheirGroupsAndAddingAMemberShowsAtOnce() {
        User someone = users().getFirst();
        assertThat(someone.groups()).extracting(GroupRef::name).contains("All Staff");
        Group group = directory.createGroup(new GroupInput("Freshly made", null, null, null)).item();

        directory.addMember(new MembershipInput(group.id(), someone.id(), null));

        User again = users().stream().filter(u -> u.id().equals(someone.id())).findFirst().orElseThrow();
        assertThat(again.groups()).extracting(GroupRef::id).contains(group.id());
    }

    @Test
    void theDemoPeopleMapToFullUsers() {
        List<User> users = users();

        assertThat(users).hasSize(SandboxFixture.PEOPLE);
        assertThat(users).allSatisfy(u -> {
            assertThat(u.username()).isNotBlank();
            assertThat(u.primaryEmail()).endsWith("@example.com");
            assertThat(u.title()).isNotBlank();
            assertThat(u.externalId()).startsWith("E");
            assertThat(u.createdAt()).isNotNull();
        });
        assertThat(users).extracting(User::status).contains(User.STATUS_ACTIVE);
    }
}
