package dev.roster.connectors.sandbox;

import dev.roster.connectors.UnifiedDirectory;
import dev.roster.connectors.model.Group;
import dev.roster.connectors.model.GroupInput;
import java.nio.file.Path;

/**
 * Run in a separate JVM by {@link SandboxKillTest}: starts a Sandbox in the given home, creates the given
 * number of groups, reporting each acknowledged one on stdout, then waits (at most five minutes) to be killed.
 */
public final class SandboxChildProcess {
    private SandboxChildProcess() {
    }

    public static void main(String[] args) throws Exception {
        SandboxServer server = SandboxFixture.start(Path.of(args[0]));
        try (UnifiedDirectory directory = SandboxFixture.connect(server.endpoint())) {
            for (int i = 0; i < Integer.parseInt(args[1]); i++) {
                Group group = directory.createGroup(new GroupInput("Survivor " + i, null, null, null)).item();
                System.out.println("ACK " + group.id());
                System.out.flush();
            }
        }
        System.out.println("WAITING");
        System.out.flush();
        // bounded too: a child whose test JVM died must not run forever
        Thread.sleep(java.util.concurrent.TimeUnit.MINUTES.toMillis(5));
    }
}
