package dev.roster.app.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.app.session.Session;
import dev.roster.app.service.activity.ActivityEntry;
import dev.roster.app.service.activity.ActivityLog;
import dev.roster.app.service.activity.ActivityRecorder;
import dev.roster.app.testing.SameThreadRunner;
import dev.roster.app.testing.Sessions;
import dev.roster.app.ui.Messages;
import dev.roster.connectors.Operation;
import dev.roster.connectors.model.MembershipInput;
import dev.roster.connectors.DirectoryException;
import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    @Test
    void sessionsThatAreNoLongerShownCanBeCollected() {
        ActivityLog log = new ActivityLog(dir.resolve("activity.jsonl"));
        ActivityRecorder recorder = new ActivityRecorder(log, Clock.systemUTC());
        SimpleObjectProperty<Session> session = new SimpleObjectProperty<>();
        ActivityViewModel vm = new ActivityViewModel(log, new SameThreadRunner(), Messages.load(Locale.ROOT), session);
        List<WeakReference<Session>> earlier = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Sessions.Fake fake = Sessions.fake(2, 4);
            session.set(fake.session());
            remove(recorder, fake);
            earlier.add(new WeakReference<>(fake.session()));
        }
        Sessions.Fake current = Sessions.fake(2, 4);
        session.set(current.session());
        remove(recorder, current);
        // Each earlier session holds its exchange log (up to 2,000 exchanges): once another is shown, nothing
        // in the view model may keep it. A bounded number of collections, not a time limit.
        for (int i = 0; i < 50 && earlier.stream().anyMatch(r -> r.get() != null); i++) {
            System.gc();
        }
        assertThat(earlier).allMatch(r -> r.get() == null, "collected");
        // The current session's entries still link; earlier ones say they belong to an earlier session.
        assertThat(vm.exchangeLink(vm.shown().getFirst())).isEqualTo(ActivityViewModel.ExchangeLink.CURRENT_SESSION);
        assertThat(vm.shown().subList(1, 4)).allMatch(e -> vm.exchangeLink(e) == ActivityViewModel.ExchangeLink.EARLIER_SESSION);
    }

    @Test
    void aRefusedWriteLinksToItsExchange() {
        ActivityLog log = new ActivityLog(dir.resolve("activity.jsonl"));
        ActivityRecorder recorder = new ActivityRecorder(log, Clock.systemUTC());
        Sessions.Fake fake = Sessions.fake(2, 4);
        SimpleObjectProperty<Session> session = new SimpleObjectProperty<>(fake.session());
        ActivityViewModel vm = new ActivityViewModel(log, new SameThreadRunner(), Messages.load(Locale.ROOT), session);
        Session s = fake.session();
        String groupId = fake.directory().groups.getFirst().id();
        String member = fake.directory().membersOf(groupId).getFirst().id();
        assertThatThrownBy(() -> recorder.record(s.name(), s.exchanges(), Operation.ADD_MEMBER, Map.of("group_id", groupId, "user_id", member),
                () -> s.directory().addMember(new MembershipInput(groupId, member, null)))).isInstanceOf(DirectoryException.class);
        ActivityEntry refused = vm.shown().getFirst();
        // The fake answers "already a member" with a 409 exchange: the entry names it and the inspector can open it.
        assertThat(refused.outcome()).isEqualTo(ActivityEntry.FAILED);
        assertThat(refused.exchange()).isEqualTo(s.exchanges().snapshot().getLast().sequence());
        assertThat(s.exchanges().snapshot().getLast().status()).isEqualTo(409);
        assertThat(vm.exchangeLink(refused)).isEqualTo(ActivityViewModel.ExchangeLink.CURRENT_SESSION);
    }

    private static void remove(ActivityRecorder recorder, Sessions.Fake fake) {
        Session s = fake.session();
        String groupId = fake.directory().groups.getFirst().id();
        recorder.record(s.name(), s.exchanges(), Operation.REMOVE_MEMBER, Map.of("group_id", groupId, "user_id", "u1"),
                () -> s.directory().removeMember(new MembershipInput(groupId, "u1", null)));
    }
}
