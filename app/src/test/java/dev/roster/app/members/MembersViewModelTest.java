package dev.roster.app.members;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.app.session.Session;
import dev.roster.app.service.activity.ActivityEntry;
import dev.roster.app.service.activity.ActivityLog;
import dev.roster.app.service.activity.ActivityRecorder;
import dev.roster.app.testing.FakeDialogs;
import dev.roster.app.testing.FakeDirectory;
import dev.roster.app.testing.SameThreadRunner;
import dev.roster.app.testing.Sessions;
import dev.roster.app.ui.form.Confirmation;
import dev.roster.app.ui.Messages;
import dev.roster.connectors.model.Group;
import dev.roster.connectors.model.User;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MembersViewModelTest {
    @TempDir Path home;
    private final Messages messages = Messages.load(Locale.ROOT);
    private final SameThreadRunner runner = new SameThreadRunner();
    private final Sessions.Fake fake = Sessions.fake(3, 10);
    private final FakeDialogs dialogs = new FakeDialogs();
    private final SimpleObjectProperty<Session> session = new SimpleObjectProperty<>(fake.session());
    private final SimpleObjectProperty<Group> group = new SimpleObjectProperty<>();

    private MembersViewModel vm(ActivityLog log) {
        return new MembersViewModel(session, group, runner, messages, dialogs, new ActivityRecorder(log, Clock.systemUTC()));
    }

    @Test
    void selectingAGroupListsItsMembers() {
        MembersViewModel vm = vm(new ActivityLog(home.resolve("a.jsonl")));
        group.set(fake.directory().groups.getFirst());
        assertThat(vm.members()).extracting(User::id).containsExactlyInAnyOrder("u0", "u1", "u2", "u3", "u4", FakeDirectory.FAILING_USER);
    }

    @Test
    void theConfirmationNamesTheGroupAndEachUser() {
        MembersViewModel vm = vm(new ActivityLog(home.resolve("a.jsonl")));
        Group g0 = fake.directory().groups.getFirst();
        Confirmation c = vm.confirmation(g0, List.of(fake.directory().users.get(0), fake.directory().users.get(1)));
        assertThat(c.header()).isEqualTo("Remove 2 members from \u201cGroup 00000\u201d?");
        assertThat(c.intro()).contains("Group 00000");
        assertThat(c.items()).containsExactly("User 0 (user0)", "User 1 (user1)");
        assertThat(c.confirmLabel()).isEqualTo("Remove 2 members");
        assertThat(c.needsTypedAnswer()).isFalse();
        Confirmation one = vm.confirmation(g0, List.of(fake.directory().users.get(0)));
        assertThat(one.confirmLabel()).isEqualTo("Remove 1 member");
        assertThat(one.items()).containsExactly("User 0 (user0)");
    }

    @Test
    void aRemovalOfHundredsNamesEveryUserAndAsksForTheCountToBeTyped() {
        MembersViewModel vm = vm(new ActivityLog(home.resolve("a.jsonl")));
        Group g0 = fake.directory().groups.getFirst();
        List<User> many = java.util.stream.IntStream.range(0, 669)
                .mapToObj(i -> User.builder("m" + i).name("Member " + i).username("member" + i).build()).toList();
        Confirmation c = vm.confirmation(g0, many);
        assertThat(c.items()).hasSize(669).contains("Member 0 (member0)", "Member 668 (member668)");
        assertThat(c.confirmLabel()).isEqualTo("Remove 669 members");
        assertThat(c.needsTypedAnswer()).isTrue();
        assertThat(c.accepts("")).isFalse();
        assertThat(c.accepts("668")).isFalse();
        assertThat(c.accepts("669")).isTrue();
        assertThat(vm.confirmation(g0, many.subList(0, 99)).needsTypedAnswer()).isFalse();
        assertThat(vm.confirmation(g0, many.subList(0, 100)).needsTypedAnswer()).isTrue();
    }

    @Test
    void eachRemovalIsReportedAndAFailureDoesNotStopTheOthers() {
        ActivityLog log = new ActivityLog(home.resolve("a.jsonl"));
        MembersViewModel vm = vm(log);
        group.set(fake.directory().groups.getFirst());
        List<User> chosen = vm.members().stream().filter(u -> List.of(FakeDirectory.FAILING_USER, "u1", "u2").contains(u.id())).toList();
        vm.remove(chosen);
        assertThat(dialogs.asked).hasSize(1);
        assertThat(vm.results()).hasSize(3);
        assertThat(vm.results()).filteredOn(RemovalResult::succeeded).extracting(r -> r.user().id()).containsExactlyInAnyOrder("u1", "u2");
        RemovalResult failed = vm.results().stream().filter(r -> !r.succeeded()).findFirst().orElseThrow();
        assertThat(vm.describe(failed)).startsWith("Not removed Fails Always (fails): the directory failed: boom");
        assertThat(vm.members()).extracting(User::id).doesNotContain("u1", "u2").contains(FakeDirectory.FAILING_USER);
        assertThat(log.read()).extracting(ActivityEntry::outcome).containsExactlyInAnyOrder("ok", "ok", "failed");
    }

    @Test
    void aFailureThatIsNotTheDirectorysStopsNeitherTheRunNorHidesWhatWasSent() {
        ActivityLog log = new ActivityLog(home.resolve("a.jsonl"));
        MembersViewModel vm = vm(log);
        group.set(fake.directory().groups.getFirst());
        fake.directory().brokenUsers.add("u2");
        List<User> chosen = vm.members().stream().filter(u -> List.of("u1", "u2", "u3").contains(u.id())).toList();
        vm.remove(chosen);
        assertThat(vm.removingProperty().get()).isFalse();
        assertThat(vm.results()).extracting(r -> r.user().id() + ":" + r.succeeded()).containsExactly("u1:true", "u2:false", "u3:true");
        assertThat(vm.describe(vm.results().get(1))).contains("the fake broke on u2");
        assertThat(vm.members()).extracting(User::id).doesNotContain("u1", "u3").contains("u2");
        assertThat(log.read()).extracting(ActivityEntry::outcome).containsExactly("ok", "unknown", "ok");
    }

    @Test
    void saidNoMeansNothingIsRemoved() {
        MembersViewModel vm = vm(new ActivityLog(home.resolve("a.jsonl")));
        group.set(fake.directory().groups.getFirst());
        dialogs.answer = false;
        vm.remove(List.of(vm.members().getFirst()));
        assertThat(vm.members()).hasSize(6);
        assertThat(vm.results()).isEmpty();
    }

    @Test
    void cancellingStopsBetweenRemovalsAndStillShowsWhatWasDone() {
        ActivityLog log = new ActivityLog(home.resolve("a.jsonl"));
        MembersViewModel vm = vm(log);
        group.set(fake.directory().groups.getFirst());
        List<User> chosen = vm.members().stream().filter(u -> List.of("u1", "u2", "u3").contains(u.id())).toList();
        // The status bar's Cancel, pressed once the first removal has been reported.
        runner.cancelAfterProgress(1);
        vm.remove(chosen);
        assertThat(vm.removingProperty().get()).isFalse();
        assertThat(vm.results()).hasSize(3);
        assertThat(vm.results()).filteredOn(RemovalResult::succeeded).hasSize(1);
        assertThat(vm.results()).filteredOn(r -> !r.attempted()).hasSize(2);
        assertThat(vm.describe(vm.results().getFirst())).contains("not undone");
        assertThat(vm.describe(vm.results().get(1))).startsWith("Not attempted");
        assertThat(log.read()).hasSize(1);
    }
}
