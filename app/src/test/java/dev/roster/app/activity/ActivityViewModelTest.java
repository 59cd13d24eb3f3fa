package dev.roster.app.activity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.app.service.activity.ActivityEntry;
import dev.roster.app.service.activity.ActivityLog;
import dev.roster.app.testing.SameThreadRunner;
import dev.roster.app.ui.Messages;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActivityViewModelTest {
    @TempDir Path dir;

    @Test
    void newestFirstFilterableAndOnlyThisSessionLinksToTheInspector() {
        ActivityLog log = new ActivityLog(dir.resolve("activity.jsonl"));
        log.append(new ActivityEntry(Instant.parse("2024-01-01T00:00:00Z"), "okta", "create_group", Map.of("name", "Old"), "ok",
                null, null, null, 4L));
        ActivityViewModel vm = new ActivityViewModel(log, new SameThreadRunner(), Messages.load(Locale.ROOT));
        vm.load();
        log.append(new ActivityEntry(Instant.parse("2024-01-02T00:00:00Z"), "sandbox", "remove_member",
                Map.of("group_id", "g1", "user_id", "u1"), "failed", "boom", "remote", null, null));
        log.append(new ActivityEntry(Instant.parse("2024-01-03T00:00:00Z"), "sandbox", "add_member",
                Map.of("group_id", "g1", "user_id", "u2"), "ok", null, null, null, 9L));
        assertThat(vm.shown()).extracting(ActivityEntry::operation).containsExactly("add_member", "remove_member", "create_group");
        assertThat(vm.linksToExchange(vm.shown().get(0))).isTrue();
        assertThat(vm.linksToExchange(vm.shown().get(1))).isFalse();
        assertThat(vm.linksToExchange(vm.shown().get(2))).isFalse();
        assertThat(vm.outcome(vm.shown().get(1))).isEqualTo("failed: boom");
        assertThat(ActivityViewModel.target(vm.shown().get(0))).isEqualTo("group_id=g1, user_id=u2");
        vm.filterProperty().set("BOOM");
        assertThat(vm.shown()).extracting(ActivityEntry::operation).containsExactly("remove_member");
    }
}
