package dev.roster.app.service.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActivityLogTest {
    @TempDir
    Path dir;

    @Test
    void appendsOneJsonLinePerEntryAndReadsThemBackSkippingATornLine() throws Exception {
        ActivityLog log = new ActivityLog(dir.resolve("activity.jsonl"));
        List<ActivityEntry> heard = new ArrayList<>();
        log.subscribe(heard::add);
        var first = new ActivityEntry(Instant.parse("2026-01-02T03:04:05Z"), "sandbox", "add_member",
                Map.of("group_id", "cn=Ops", "user_id", "uid=ada"), ActivityEntry.OK, null, null, "req-1", 7L);
        log.append(first);
        Files.writeString(log.file(), "{\"time\":\"2026-01-02T03:04:0", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        Files.writeString(log.file(), "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        var second = new ActivityEntry(Instant.parse("2026-01-02T03:05:00Z"), "sandbox", "remove_member",
                Map.of("group_id", "cn=Ops", "user_id", "uid=ada"), ActivityEntry.FAILED, "not a member", "not_found", null, null);
        log.append(second);

        assertThat(log.read()).containsExactly(first, second);
        assertThat(heard).containsExactly(first, second);
        assertThat(Files.readAllLines(log.file()).getFirst())
                .startsWith("{\"time\":\"2026-01-02T03:04:05Z\",\"connection\":\"sandbox\",\"operation\":\"add_member\"");
    }

    @Test
    void aMissingLogReadsAsEmpty() {
        assertThat(new ActivityLog(dir.resolve("none.jsonl")).read()).isEmpty();
    }
}
