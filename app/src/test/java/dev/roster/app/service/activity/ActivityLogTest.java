package dev.roster.app.service.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActivityLogTest {
    @TempDir
    Path dir;

    private final List<String> notices = new ArrayList<>();

    private static ActivityEntry entry(String time, String operation, String outcome) {
        return new ActivityEntry(Instant.parse(time), "sandbox", operation, Map.of("group_id", "cn=Ops", "user_id", "uid=ada"),
                outcome, null, null, null, null);
    }

    private ActivityLog log() {
        return new ActivityLog(dir.resolve("activity.jsonl"), notices::add);
    }

    @Test
    void appendsOneJsonLinePerEntryAndReadsThemBack() throws Exception {
        ActivityLog log = log();
        List<ActivityEntry> heard = new ArrayList<>();
        log.subscribe(heard::add);
        var first = new ActivityEntry(Instant.parse("2026-01-02T03:04:05Z"), "sandbox", "add_member",
                Map.of("group_id", "cn=Ops", "user_id", "uid=ada"), ActivityEntry.OK, null, null, "req-1", 7L);
        var second = entry("2026-01-02T03:05:00Z", "remove_member", ActivityEntry.FAILED);
        log.append(first);
        log.append(second);

        assertThat(log.read()).containsExactly(first, second);
        assertThat(heard).containsExactly(first, second);
        assertThat(Files.readAllLines(log.file())).hasSize(2).first().asString()
                .startsWith("{\"time\":\"2026-01-02T03:04:05Z\",\"connection\":\"sandbox\",\"operation\":\"add_member\"");
        assertThat(notices).isEmpty();
    }

    @Test
    void afterACrashMidAppendTheNextEntryStartsOnANewLineAndOnlyTheCutLineIsLost() throws Exception {
        ActivityLog log = log();
        var first = entry("2026-01-02T03:04:05Z", "add_member", ActivityEntry.OK);
        var cut = entry("2026-01-02T03:04:30Z", "create_group", ActivityEntry.OK);
        log.append(first);
        log.append(cut);
        // a crash in the middle of writing the second line: the file ends inside it
        long size = Files.size(log.file());
        try (FileChannel channel = FileChannel.open(log.file(), StandardOpenOption.WRITE)) {
            channel.truncate(size - 20);
        }

        var afterCrash = entry("2026-01-02T03:05:00Z", "remove_member", ActivityEntry.OK);
        var later = entry("2026-01-02T03:06:00Z", "add_member", ActivityEntry.FAILED);
        log.append(afterCrash);
        log.append(later);

        assertThat(new ActivityLog(log.file()).read()).containsExactly(first, afterCrash, later);
        List<String> lines = Files.readAllLines(log.file(), StandardCharsets.UTF_8);
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).doesNotEndWith("}");
        assertThat(notices).hasSize(1);
        assertThat(notices.getFirst()).contains("cut short").contains("activity.jsonl");
    }

    @Test
    void aDamagedLineInTheMiddleIsReportedNotSilentlyDropped() throws Exception {
        ActivityLog log = log();
        var first = entry("2026-01-02T03:04:05Z", "add_member", ActivityEntry.OK);
        log.append(first);
        Files.writeString(log.file(), "not an entry at all\n", StandardOpenOption.APPEND);
        var third = entry("2026-01-02T03:05:00Z", "remove_member", ActivityEntry.OK);
        log.append(third);

        ActivityLog.Reading reading = log.readAll();
        assertThat(reading.entries()).containsExactly(first, third);
        assertThat(reading.damagedLines()).containsExactly(2);
        assertThat(log.read()).containsExactly(first, third);
        assertThat(notices).hasSize(1);
        assertThat(notices.getFirst()).contains("line 2").contains("activity.jsonl");
    }

    @Test
    void aNewLogIsReadableAndWritableByItsOwnerOnly() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        ActivityLog log = new ActivityLog(dir.resolve("data").resolve("activity.jsonl"));
        log.ensureWritable();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(log.file()))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("data")))).isEqualTo("rwx------");
        ActivityLog other = new ActivityLog(dir.resolve("other.jsonl"));
        other.append(entry("2026-01-02T03:04:05Z", "add_member", ActivityEntry.OK));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(other.file()))).isEqualTo("rw-------");
    }

    @Test
    void twoThreadsAppendingAtOnceInOneProcessBothWaitTheirTurn() throws Exception {
        // the console runs writes on several worker threads; each thread's own log instance, or a shared one,
        // must wait for the other's append instead of failing on the JVM-wide file lock
        ActivityLog shared = log();
        ActivityLog sameFile = new ActivityLog(shared.file(), notices::add);
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> writers = new ArrayList<>();
        for (ActivityLog log : List.of(shared, sameFile)) {
            Thread writer = new Thread(() -> {
                try {
                    start.await(60, TimeUnit.SECONDS);
                    for (int i = 0; i < 200; i++) {
                        log.append(entry("2026-01-02T03:04:05Z", "add_member", ActivityEntry.OK));
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            writer.start();
            writers.add(writer);
        }
        start.countDown();
        for (Thread writer : writers) {
            writer.join(TimeUnit.SECONDS.toMillis(120));
            assertThat(writer.isAlive()).as("a writer still running after 120 s").isFalse();
        }

        assertThat(failures).isEmpty();
        ActivityLog.Reading reading = new ActivityLog(shared.file()).readAll();
        assertThat(reading.entries()).hasSize(400);
        assertThat(reading.damagedLines()).isEmpty();
        assertThat(notices).isEmpty();
    }

    @Test
    void aFailingListenerDoesNotMakeALoggedEntryLookUnlogged() {
        ActivityLog log = log();
        List<ActivityEntry> heard = new ArrayList<>();
        log.subscribe(e -> {
            throw new IllegalStateException("listener broke");
        });
        log.subscribe(heard::add);
        var first = entry("2026-01-02T03:04:05Z", "add_member", ActivityEntry.OK);
        log.append(first);
        assertThat(log.read()).containsExactly(first);
        assertThat(heard).containsExactly(first);
    }

    @Test
    void aMissingLogReadsAsEmpty() {
        assertThat(new ActivityLog(dir.resolve("none.jsonl")).read()).isEmpty();
    }
}
