package dev.roster.app.users;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.app.service.activity.ActivityLog;
import dev.roster.app.service.activity.ActivityRecorder;
import dev.roster.app.testing.SameThreadRunner;
import dev.roster.app.testing.Sessions;
import dev.roster.app.ui.Messages;
import dev.roster.connectors.Capabilities;
import dev.roster.connectors.Operation;
import dev.roster.connectors.OperationCapability;
import dev.roster.connectors.model.Group;
import dev.roster.connectors.model.User;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The add-to-group picker: by the directory's group search when declared, else over the groups read once. */
class AddToGroupViewModelTest {
    @TempDir Path home;
    private final Messages messages = Messages.load(Locale.ROOT);

    private AddToGroupViewModel vm(Sessions.Fake fake, Set<String> alreadyIn) {
        User user = fake.directory().users.get(7);
        return new AddToGroupViewModel(fake.session(), user, alreadyIn, new SameThreadRunner(), messages,
                new ActivityRecorder(new ActivityLog(home.resolve("a.jsonl")), Clock.systemUTC()), 0);
    }

    @Test
    void withoutAGroupSearchTheGroupsAreReadOnceAndMatchedHereLeavingOutThoseTheUserIsIn() {
        // the fake's list_groups declares "search" but not as a free-text search parameter
        Sessions.Fake fake = Sessions.fake(30, 10);
        AddToGroupViewModel vm = vm(fake, Set.of("g11"));
        vm.start();
        assertThat(vm.matches()).hasSize(29).extracting(Group::id).doesNotContain("g11");
        vm.searchProperty().set("0001");
        assertThat(vm.matches()).extracting(Group::id).containsExactly("g1", "g10", "g12", "g13", "g14", "g15", "g16", "g17", "g18", "g19");
        assertThat(vm.groupProperty().get()).isNull();
        vm.searchProperty().set("odd group");
        assertThat(vm.matches()).extracting(Group::id).doesNotContain("g11").allMatch(id -> Integer.parseInt(id.substring(1)) % 2 == 1);
    }

    @Test
    void aDeclaredGroupSearchIsAskedOfTheDirectory() {
        Capabilities searchable = Capabilities.builder()
                .operation(Operation.LIST_GROUPS, OperationCapability.of(Set.of("id", "name"), Set.of())
                        .withParameters(Set.of("search")).withSearchParameter("search"))
                .operation(Operation.LIST_USERS, OperationCapability.of(Set.of("id"), Set.of()))
                .operation(Operation.ADD_MEMBER, OperationCapability.of(Set.of("group_id", "user_id"), Set.of("group_id", "user_id")))
                .build();
        Sessions.Fake fake = Sessions.fake(searchable, 300, 10);
        AddToGroupViewModel vm = vm(fake, Set.of());
        vm.start();
        assertThat(vm.matches()).as("the first page, at most the picker's size").hasSize(AddToGroupViewModel.MAX_MATCHES);
        vm.searchProperty().set("Group 00123");
        assertThat(vm.matches()).extracting(Group::id).containsExactly("g123");
        assertThat(vm.groupProperty().get().id()).isEqualTo("g123");
        List<Group> added = new ArrayList<>();
        vm.submit(added::add);
        assertThat(added).extracting(Group::id).containsExactly("g123");
        assertThat(fake.directory().members.get("g123")).containsExactly("u7");
        vm.submit(added::add);
        assertThat(vm.state().errorProperty().get()).contains("already a member");
    }
}
