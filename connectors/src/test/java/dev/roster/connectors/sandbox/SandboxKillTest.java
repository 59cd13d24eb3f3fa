package dev.roster.connectors.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.roster.connectors.UnifiedDirectory;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
        String java = ProcessHandle.current().info().command().orElse("java");
        // C1 only: the child lives for a second, a full JIT would only slow it down
        Process child = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                SandboxChildProcess.class.getName(), home.toString(), "5")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        List<String> acknowledged = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null && !line.equals("WAITING"); line = out.readLine()) {
                if (line.startsWith("ACK ")) {
                    acknowledged.add(line.substring(4));
                }
            }
            assertThat(catchThrowable(() -> SandboxFixture.start(home))).as("the home is taken while the child runs")
                    .hasRootCauseInstanceOf(SandboxServer.InUse.class);
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
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
