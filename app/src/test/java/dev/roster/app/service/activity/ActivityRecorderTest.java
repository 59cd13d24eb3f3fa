package dev.roster.app.service.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorKind;
import dev.roster.connectors.Operation;
import dev.roster.connectors.trace.Exchange;
import dev.roster.connectors.trace.ExchangeLog;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActivityRecorderTest {
    @TempDir
    Path dir;

    private final ExchangeLog trace = new ExchangeLog(List.of());

    @Test
    void refusalsAreFailedUnknownOutcomesAreUnknownAndValidationIsNotAWrite() {
        ActivityLog log = new ActivityLog(dir.resolve("activity.jsonl"));
        ActivityRecorder recorder = new ActivityRecorder(log, Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
        Map<String, String> target = Map.of("name", "Ops");
        assertThatThrownBy(() -> recorder.record("c", trace, Operation.CREATE_GROUP, target, () -> {
            throw DirectoryException.of(ErrorKind.CONFLICT, "exists");
        })).isInstanceOf(DirectoryException.class);
        assertThatThrownBy(() -> recorder.record("c", trace, Operation.CREATE_GROUP, target, () -> {
            throw DirectoryException.of(ErrorKind.UNKNOWN_OUTCOME, "timed out after sending");
        })).isInstanceOf(DirectoryException.class);
        assertThatThrownBy(() -> recorder.record("c", trace, Operation.CREATE_GROUP, target, () -> {
            throw DirectoryException.validation("requires name");
        })).isInstanceOf(DirectoryException.class);

        assertThat(log.read()).extracting(ActivityEntry::outcome, ActivityEntry::errorKind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("failed", "conflict"),
                        org.assertj.core.groups.Tuple.tuple("unknown", "unknown_outcome"));
    }

    @Test
    void aRefusedWriteNamesTheExchangeThatCarriedTheRefusal() throws Exception {
        ActivityLog log = new ActivityLog(dir.resolve("activity.jsonl"));
        ActivityRecorder recorder = new ActivityRecorder(log, Clock.systemUTC());
        ExchangeLog other = new ExchangeLog(List.of());
        assertThatThrownBy(() -> recorder.record("c", trace, Operation.CREATE_GROUP, Map.of("name", "Ops"), () -> {
            trace.record(ldap("SEARCH", 0));
            Exchange refusal = trace.record(ldap("ADD", 68));
            other.record(ldap("ADD", 0)); // another connection's exchange is not this write's
            throw DirectoryException.remote(ErrorKind.CONFLICT, "entryAlreadyExists", 68, "{}", null, null);
        })).isInstanceOf(DirectoryException.class);
        assertThat(log.read()).singleElement().satisfies(e -> {
            assertThat(e.outcome()).isEqualTo(ActivityEntry.FAILED);
            assertThat(e.exchange()).isEqualTo(2L);
        });
        assertThat(java.nio.file.Files.readAllLines(dir.resolve("activity.jsonl")).getFirst()).contains("\"exchange\":2");
    }

    @Test
    void anyOtherFailureAfterTheWriteStartedIsLoggedAsAnUnknownOutcome() {
        ActivityLog log = new ActivityLog(dir.resolve("activity.jsonl"));
        ActivityRecorder recorder = new ActivityRecorder(log, Clock.systemUTC());
        IllegalStateException bug = new IllegalStateException("connection pool broke");
        assertThatThrownBy(() -> recorder.record("c", trace, Operation.REMOVE_MEMBER, Map.of("group_id", "g", "user_id", "u"), () -> {
            trace.record(ldap("MODIFY", -1));
            throw bug;
        })).isSameAs(bug);
        assertThat(log.read()).singleElement().satisfies(e -> {
            assertThat(e.outcome()).isEqualTo(ActivityEntry.UNKNOWN);
            assertThat(e.error()).contains("connection pool broke");
            assertThat(e.exchange()).isEqualTo(1L);
        });
    }

    @Test
    void aWriteDoneButNotLoggedIsReportedToTheWarningListener() throws Exception {
        Path file = dir.resolve("activity.jsonl");
        ActivityLog log = new ActivityLog(file);
        List<ActivityRecorder.NotLogged> warnings = new java.util.ArrayList<>();
        ActivityRecorder recorder = new ActivityRecorder(log, Clock.systemUTC(), warnings::add);
        recorder.record("c", trace, Operation.CREATE_GROUP, Map.of("name", "Ops"), () -> {
            // The log becomes unwritable after the write was sent: a folder where the file was.
            try {
                java.nio.file.Files.deleteIfExists(file);
                java.nio.file.Files.createDirectories(file);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return new dev.roster.connectors.ItemResult<>(Operation.CREATE_GROUP, null,
                    new dev.roster.connectors.ProviderResult<>(null, null, trace.record(ldap("ADD", 0))));
        });
        assertThat(warnings).singleElement().satisfies(w -> {
            assertThat(w.operation()).isEqualTo(Operation.CREATE_GROUP);
            assertThat(w.text()).startsWith("create_group was done, but the activity log could not record it");
        });
    }

    @Test
    void aDoneWriteStaysDoneWhenTheLogFailsWithAnyRuntimeException() throws Exception {
        Path file = dir.resolve("activity.jsonl");
        ActivityLog log = new ActivityLog(file);
        log.ensureWritable();
        List<ActivityRecorder.NotLogged> warnings = new java.util.concurrent.CopyOnWriteArrayList<>();
        ActivityRecorder recorder = new ActivityRecorder(log, Clock.systemUTC(), warnings::add);
        // a lock this JVM already holds on the log: the append fails with OverlappingFileLockException, not an I/O error
        try (java.nio.channels.FileChannel held = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE);
             java.nio.channels.FileLock ignored = held.lock()) {
            var result = recorder.record("c", trace, Operation.CREATE_GROUP, Map.of("name", "Ops"),
                    () -> new dev.roster.connectors.ItemResult<>(Operation.CREATE_GROUP, null,
                            new dev.roster.connectors.ProviderResult<>(null, null, trace.record(ldap("ADD", 0)))));
            assertThat(result.operation()).isEqualTo(Operation.CREATE_GROUP);

            IllegalStateException bug = new IllegalStateException("connection pool broke");
            assertThatThrownBy(() -> recorder.record("c", trace, Operation.REMOVE_MEMBER, Map.of("group_id", "g", "user_id", "u"),
                    () -> {
                        throw bug;
                    })).isSameAs(bug);
            assertThat(bug.getSuppressed()).hasSize(1);
        }
        assertThat(warnings).extracting(ActivityRecorder.NotLogged::operation, ActivityRecorder.NotLogged::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Operation.CREATE_GROUP, ActivityEntry.OK),
                        org.assertj.core.groups.Tuple.tuple(Operation.REMOVE_MEMBER, ActivityEntry.UNKNOWN));
        assertThat(log.read()).isEmpty();
    }

    private static Exchange ldap(String method, int status) {
        return new Exchange(0, "c", Exchange.LDAP, method, "ldap://x/cn=Ops", Map.of(), null, status, "s", Map.of(), null,
                Instant.now(), Duration.ZERO, status < 0 ? "down" : null);
    }
}
