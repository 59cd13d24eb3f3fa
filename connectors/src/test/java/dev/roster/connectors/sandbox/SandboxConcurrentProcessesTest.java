package dev.roster.connectors.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.connectors.UnifiedDirectory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several CLI processes writing one home's Sandbox at once (issue 12): whichever of them runs the server
 * ends while others still use it, others start it again. Every call must succeed, and every acknowledged
 * write be there afterwards.
 */
class SandboxConcurrentProcessesTest {
    private static final int PROCESSES = 3;
    private static final int CALLS_EACH = 6;

    @TempDir
    Path home;

    @Test
    void concurrentCliProcessesOnOneHomeAllSucceedAndKeepEveryWrite() throws Exception {
        // a small organisation seeded beforehand: the children load its snapshot like any later start
        SandboxFixture.start(home).close();
        List<ChildJvm> children = new ArrayList<>();
        List<String> output = new ArrayList<>();
        try {
            for (int p = 0; p < PROCESSES; p++) {
                children.add(ChildJvm.start(SandboxCliChild.class, home.toString(), "Process" + p, String.valueOf(CALLS_EACH)));
            }
            for (ChildJvm child : children) {
                output.addAll(child.linesUntil("DONE"));
                assertThat(child.exitCode()).as("exit code; output so far %s", output).isZero();
            }
        } finally {
            for (ChildJvm child : children) {
                child.close();
            }
        }

        assertThat(output).as("every call succeeded").allMatch(line -> line.startsWith("ACK "));
        assertThat(output).hasSize(PROCESSES * CALLS_EACH);
        SandboxServer after = SandboxFixture.start(home);
        try (UnifiedDirectory directory = SandboxFixture.connect(after.endpoint())) {
            for (int p = 0; p < PROCESSES; p++) {
                for (int i = 0; i < CALLS_EACH; i++) {
                    String name = "Process" + p + " " + i;
                    assertThat(directory.getGroup("cn=" + name + "," + DemoOrganisation.GROUPS).item().name()).isEqualTo(name);
                }
            }
        } finally {
            after.close();
        }
    }
}
