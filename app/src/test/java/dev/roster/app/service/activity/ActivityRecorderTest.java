package dev.roster.app.service.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorKind;
import dev.roster.connectors.Operation;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActivityRecorderTest {
    @TempDir
    Path dir;

    @Test
    void refusalsAreFailedUnknownOutcomesAreUnknownAndValidationIsNotAWrite() {
        ActivityLog log = new ActivityLog(dir.resolve("activity.jsonl"));
        ActivityRecorder recorder = new ActivityRecorder(log, Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
        Map<String, String> target = Map.of("name", "Ops");
        assertThatThrownBy(() -> recorder.record("c", Operation.CREATE_GROUP, target, () -> {
            throw DirectoryException.of(ErrorKind.CONFLICT, "exists");
        })).isInstanceOf(DirectoryException.class);
        assertThatThrownBy(() -> recorder.record("c", Operation.CREATE_GROUP, target, () -> {
            throw DirectoryException.of(ErrorKind.UNKNOWN_OUTCOME, "timed out after sending");
        })).isInstanceOf(DirectoryException.class);
        assertThatThrownBy(() -> recorder.record("c", Operation.CREATE_GROUP, target, () -> {
            throw DirectoryException.validation("requires name");
        })).isInstanceOf(DirectoryException.class);

        assertThat(log.read()).extracting(ActivityEntry::outcome, ActivityEntry::errorKind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("failed", "conflict"),
                        org.assertj.core.groups.Tuple.tuple("unknown", "unknown_outcome"));
    }
}
