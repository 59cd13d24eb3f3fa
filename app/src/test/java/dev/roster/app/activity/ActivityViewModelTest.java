package dev.roster.app.activity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.app.session.Session;
import dev.roster.app.service.activity.ActivityEntry;
import dev.roster.app.service.activity.ActivityLog;
import dev.roster.app.service.activity.ActivityRecorder;
import dev.roster.app.testing.SameThreadRunner;
import dev.roster.app.testing.Sessions;
import dev.roster.app.ui.Messages;
import dev.roster.connectors.Operation;
import dev.roster.connectors.model.MembershipInput;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActivityViewModelTest {
    @TempDir Path dir;

    @Test
    void newestFirstFilterableAndOnlyThisSessionLinksToTheInspector() {
        ActivityLog log = new ActivityLog(dir.resolve("activity.jsonl"));
        log.append(new ActivityEntry(Instant.parse("2024-01-01T00:00:00Z"), "okta", "create_group", Map.of("name", "Old"), "ok",
                null, null, null, 4L));
        ActivityViewModel vm = new ActivityViewModel(log, new SameThreadRunner(), Messages.load(Locale.ROOT),
                new SimpleObjectProperty<>());
        vm.load();
        log.append(new ActivityEntry(Instant.parse("2024-01-02T00:00:00Z"), "sandbox", "remove_member",
                Map.of("group_id", "g1", "user_id", "u1"), "failed", "boom", "remote", null, null));
        log.append(new ActivityEntry(Instant.parse("2024-01-03T00:00:00Z"), "sandbox", "add_member",
                Map.of("group_id", "g1", "user_id", "u2"), "ok", null, null, null, 9L));
        assertThat(vm.shown()).extracting(ActivityEntry::operation).containsExactly("add_member", "remove_member", "create_group");
        // No session recorded exchange #9: the entry cannot say which session's #9 it is.
        assertThat(vm.linksToExchange(vm.shown().get(0))).isFalse();
        assertThat(vm.linksToExchange(vm.shown().get(1))).isFalse();
        assertThat(vm.linksToExchange(vm.shown().get(2))).isFalse();
        assertThat(vm.outcome(vm.shown().get(1))).isEqualTo("failed: boom");
        assertThat(ActivityViewModel.target(vm.shown().get(0))).isEqualTo("group_id=g1, user_id=u2");
        vm.filterProperty().set("BOOM");
        assertThat(vm.shown()).extracting(ActivityEntry::operation).containsExactly("remove_member");
    }

    @Test
    void anEntryLinksOnlyWhileTheSessionThatWroteItIsCurrent() {
        ActivityLog log = new ActivityLog(dir.resolve("activity.jsonl"));
        ActivityRecorder recorder = new ActivityRecorder(log, Clock.systemUTC());
        Sessions.Fake first = Sessions.fake(2, 4);
        Sessions.Fake second = Sessions.fake(2, 4);
        SimpleObjectProperty<Session> session = new SimpleObjectProperty<>(first.session());
        ActivityViewModel vm = new ActivityViewModel(log, new SameThreadRunner(), Messages.load(Locale.ROOT), session);
        remove(recorder, first);
        ActivityEntry byFirst = vm.shown().getFirst();
        session.set(second.session());
        remove(recorder, second);
        ActivityEntry bySecond = vm.shown().getFirst();
        // Both sessions numbered their exchange #1: only the current session's entry may open it.
        assertThat(bySecond.exchange()).isEqualTo(byFirst.exchange());
        assertThat(vm.exchangeLink(bySecond)).isEqualTo(ActivityViewModel.ExchangeLink.CURRENT_SESSION);
        assertThat(vm.exchangeLink(byFirst)).isEqualTo(ActivityViewModel.ExchangeLink.EARLIER_SESSION);
        session.set(first.session());
        assertThat(vm.linksToExchange(byFirst)).isTrue();
        assertThat(vm.linksToExchange(bySecond)).isFalse();
    }

    private static void remove(ActivityRecorder recorder, Sessions.Fake fake) {
        Session s = fake.session();
        String groupId = fake.directory().groups.getFirst().id();
        recorder.record(s.name(), Operation.REMOVE_MEMBER, Map.of("group_id", groupId, "user_id", "u1"),
                () -> s.directory().removeMember(new MembershipInput(groupId, "u1", null)));
    }
}
