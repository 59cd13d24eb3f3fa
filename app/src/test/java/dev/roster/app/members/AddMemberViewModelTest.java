package dev.roster.app.members;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.app.service.activity.ActivityLog;
import dev.roster.app.service.activity.ActivityRecorder;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AddMemberViewModelTest {
    @TempDir Path home;
    private final Sessions.Fake fake = Sessions.fake(3, 30);

    private AddMemberViewModel vm() {
        List<Group> groups = fake.directory().groups;
        return new AddMemberViewModel(fake.session(), groups, groups.get(1), new SameThreadRunner(), Messages.load(Locale.ROOT),
                new ActivityRecorder(new ActivityLog(home.resolve("a.jsonl")), Clock.systemUTC()), 0);
    }

    @Test
    void typingSearchesUsersAndASingleMatchIsChosen() {
        AddMemberViewModel vm = vm();
        assertThat(vm.groupProperty().get().id()).isEqualTo("g1");
        vm.searchProperty().set("user2");
        assertThat(vm.matches()).extracting(User::id).contains("u2", "u20", "u29");
        assertThat(vm.userProperty().get()).isNull();
        vm.searchProperty().set("user17@");
        assertThat(vm.matches()).extracting(User::id).containsExactly("u17");
        assertThat(vm.userProperty().get().id()).isEqualTo("u17");
        vm.searchProperty().set("");
        assertThat(vm.matches()).isEmpty();
    }

    @Test
    void addingPutsTheUserInTheGroup() {
        AddMemberViewModel vm = vm();
        vm.searchProperty().set("user17@");
        List<Group> added = new ArrayList<>();
        assertThat(vm.canSubmit().get()).isTrue();
        vm.submit(added::add);
        assertThat(added).extracting(Group::id).containsExactly("g1");
        assertThat(fake.directory().members.get("g1")).containsExactly("u17");
        vm.submit(added::add);
        assertThat(vm.state().errorProperty().get()).contains("already a member");
    }
}
