package dev.roster.app.users;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.app.service.activity.ActivityEntry;
import dev.roster.app.service.activity.ActivityLog;
import dev.roster.app.service.activity.ActivityRecorder;
import dev.roster.app.session.Session;
import dev.roster.app.testing.FakeDialogs;
import dev.roster.app.testing.FakeDirectory;
import dev.roster.app.testing.SameThreadRunner;
import dev.roster.app.testing.Sessions;
import dev.roster.app.ui.Messages;
import dev.roster.connectors.model.Group;
import dev.roster.connectors.model.User;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The user detail pane's model on a fake directory whose groups g0, g1, g2 hold known members: the user's
 * fields and remote_data, its groups (read with the groups-of-a-user query), removing and adding.
 */
class UserDetailViewModelTest {
    @TempDir Path home;
    private final Sessions.Fake fake = Sessions.fake(3, 10);
    private final SimpleObjectProperty<User> user = new SimpleObjectProperty<>();
    private final FakeDialogs dialogs = new FakeDialogs();
    private final Messages messages = Messages.load(Locale.ROOT);
    private final List<Group> changed = new ArrayList<>();
    private UserDetailViewModel vm;

    @BeforeEach
    void setUp() {
        // u1 is in g0 (the fake's seed) and in g2
        fake.directory().members.computeIfAbsent("g2", k -> ConcurrentHashMap.newKeySet()).add("u1");
        vm = new UserDetailViewModel(new SimpleObjectProperty<Session>(fake.session()), user, new SameThreadRunner(), messages,
                dialogs, new ActivityRecorder(new ActivityLog(home.resolve("activity.jsonl")), Clock.systemUTC()));
        vm.onMembershipChanged(changed::add);
    }

    private User stored(String id) {
        return fake.directory().users.stream().filter(u -> u.id().equals(id)).findFirst().orElseThrow();
    }

    private List<ActivityEntry> activity() {
        return new ActivityLog(home.resolve("activity.jsonl")).read();
    }

    @Test
    void showsTheUnifiedFieldsTheRemoteDataAndTheGroupsOfTheUser() {
        assertThat(vm.titleProperty().get()).isEqualTo("Select a user to see its groups and fields");
        user.set(stored("u1"));
        assertThat(vm.titleProperty().get()).isEqualTo("User 1 (user1)");
        assertThat(vm.fields()).contains(new UserFields.Field("id", "u1"), new UserFields.Field("username", "user1"),
                new UserFields.Field("first_name", "User"), new UserFields.Field("last_name", "1"),
                new UserFields.Field("emails", "user1@example.com, primary, work"), new UserFields.Field("status", "active"));
        assertThat(vm.fields()).extracting(UserFields.Field::name).doesNotContain("remote_data", "phones", "title");
        assertThat(vm.remoteDataProperty().get()).isEqualTo("{\n  \"uid\" : \"user1\"\n}");
        assertThat(vm.groups()).extracting(Group::id).containsExactlyInAnyOrder("g0", "g2");
        assertThat(fake.directory().groups).hasSize(3);
        user.set(stored("u7"));
        assertThat(vm.groups()).as("u7 is in no group").isEmpty();
        user.set(null);
        assertThat(vm.fields()).isEmpty();
        assertThat(vm.remoteDataProperty().get()).isEmpty();
    }

    @Test
    void removingAsksNamingTheGroupAndTheUserThenRemovesLogsAndReadsTheGroupsAgain() {
        user.set(stored("u1"));
        Group g0 = vm.groups().stream().filter(g -> g.id().equals("g0")).findFirst().orElseThrow();
        vm.removeFrom(g0);
        assertThat(dialogs.asked).singleElement().satisfies(c -> {
            assertThat(c.header()).isEqualTo("Remove 1 member from \u201cGroup 00000\u201d?");
            assertThat(c.items()).containsExactly("User 1 (user1)");
            assertThat(c.confirmLabel()).isEqualTo("Remove from group");
        });
        assertThat(fake.directory().members.get("g0")).doesNotContain("u1");
        assertThat(vm.groups()).extracting(Group::id).containsExactly("g2");
        assertThat(vm.noticeProperty().get()).isEqualTo("Removed User 1 (user1) from Group 00000");
        assertThat(changed).extracting(Group::id).containsExactly("g0");
        assertThat(activity()).singleElement().satisfies(e -> {
            assertThat(e.operation()).isEqualTo("remove_member");
            assertThat(e.outcome()).isEqualTo(ActivityEntry.OK);
            assertThat(e.target()).isEqualTo(Map.of("group_id", "g0", "user_id", "u1"));
        });
    }

    @Test
    void aDeclinedRemovalSendsNothing() {
        user.set(stored("u1"));
        dialogs.answer = false;
        vm.removeFrom(vm.groups().getFirst());
        assertThat(fake.directory().members.get("g0")).contains("u1");
        assertThat(vm.groups()).hasSize(2);
        assertThat(activity()).isEmpty();
    }

    @Test
    void aRefusedRemovalShowsTheDirectorysWordsAndKeepsTheGroup() {
        user.set(stored(FakeDirectory.FAILING_USER));
        assertThat(vm.groups()).extracting(Group::id).containsExactly("g0");
        vm.removeFrom(vm.groups().getFirst());
        assertThat(vm.writes().errorProperty().get()).contains("boom");
        assertThat(vm.groups()).extracting(Group::id).containsExactly("g0");
        assertThat(activity()).singleElement().extracting(ActivityEntry::outcome).isEqualTo(ActivityEntry.FAILED);
        user.set(stored("u1"));
        assertThat(vm.writes().errorProperty().get()).as("another user: the refusal is not theirs").isNull();
    }

    @Test
    void addingThroughTheDialogReadsTheGroupsAgain() {
        User u7 = stored("u7");
        user.set(u7);
        AddToGroupViewModel dialog = new AddToGroupViewModel(fake.session(), u7, vm.groupIds(), new SameThreadRunner(), messages,
                new ActivityRecorder(new ActivityLog(home.resolve("activity.jsonl")), Clock.systemUTC()), 0);
        dialog.start();
        dialog.searchProperty().set("00001");
        assertThat(dialog.groupProperty().get().id()).isEqualTo("g1");
        dialog.submit(g -> vm.added(u7, g));
        assertThat(fake.directory().members.get("g1")).containsExactly("u7");
        assertThat(vm.groups()).extracting(Group::id).containsExactly("g1");
        assertThat(vm.noticeProperty().get()).isEqualTo("Added User 7 (user7) to Group 00001");
        assertThat(changed).extracting(Group::id).containsExactly("g1");
        assertThat(activity()).singleElement().satisfies(e -> {
            assertThat(e.operation()).isEqualTo("add_member");
            assertThat(e.target()).isEqualTo(Map.of("group_id", "g1", "user_id", "u7"));
        });
    }

    @Test
    void aConnectorThatCannotListTheGroupsOfAUserSaysSoInTheirPlace() {
        var capabilities = dev.roster.connectors.Capabilities.builder()
                .operation(dev.roster.connectors.Operation.LIST_GROUPS, dev.roster.connectors.OperationCapability.of(Set.of("id"), Set.of()))
                .operation(dev.roster.connectors.Operation.LIST_USERS, dev.roster.connectors.OperationCapability.of(Set.of("id"), Set.of()))
                .build();
        Sessions.Fake older = Sessions.fake(capabilities, 3, 10);
        var detail = new UserDetailViewModel(new SimpleObjectProperty<Session>(older.session()), user, new SameThreadRunner(), messages,
                dialogs, new ActivityRecorder(new ActivityLog(home.resolve("activity.jsonl")), Clock.systemUTC()));
        user.set(stored("u1"));
        assertThat(detail.groups()).isEmpty();
        assertThat(detail.groupsErrorProperty().get()).isEqualTo("Fake directory connection 'test' cannot list the groups of a user (user_id): "
                + "its connector does not declare the user_id filter for list_groups");
        assertThat(detail.groupsLoadingProperty().get()).isFalse();
    }
}
