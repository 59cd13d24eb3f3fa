package dev.roster.connectors.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.roster.connectors.UnifiedDirectory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real thing: a JVM running the Sandbox is killed with SIGKILL right after its writes were
 * acknowledged (no shutdown hook, no close, no snapshot). Meanwhile its home is locked; afterwards a new
 * server on the same home starts and has every acknowledged write.
 */
class SandboxKillTest {
    @TempDir
    Path home;

    @Test
    void writesAcknowledgedBeforeAKillAreThereAfterARestart() throws Exception {
        List<String> acknowledged = new ArrayList<>();
        try (ChildJvm child = ChildJvm.start(SandboxChildProcess.class, home.toString(), "5")) {
            for (String line : child.linesUntil("WAITING")) {
                if (line.startsWith("ACK ")) {
                    acknowledged.add(line.substring(4));
                }
            }
            assertThat(catchThrowable(() -> SandboxFixture.start(home))).as("the home is taken while the child runs")
                    .hasRootCauseInstanceOf(SandboxServer.InUse.class);
            child.kill();
        }
        assertThat(acknowledged).hasSize(5);

        SandboxServer restarted = SandboxFixture.start(home);
        try (UnifiedDirectory directory = SandboxFixture.connect(restarted.endpoint())) {
            assertThat(restarted.loaded().replayed()).isEqualTo(5);
            for (String id : acknowledged) {
                assertThat(directory.getGroup(id).item().name()).startsWith("Survivor ");
            }
        } finally {
            restarted.close();
        }
    }
}
