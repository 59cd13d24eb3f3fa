package dev.roster.connectors.sandbox;

import dev.roster.connectors.UnifiedDirectory;
import dev.roster.connectors.model.GroupInput;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Start-up figures of the full Sandbox, for the notes, not a test: {@code seed <home>} (first start: generate
 * and load Example Corp, write the first snapshot), {@code restart <home>} (clean start from a snapshot),
 * {@code crash <home> <writes>} (make writes, halt without a snapshot) and {@code recover <home>} (start
 * replaying the journal). Run each in a fresh JVM to measure what a user sees:
 * {@code java -cp <test class path> dev.roster.connectors.sandbox.SandboxTimings seed /tmp/h}.
 */
public final class SandboxTimings {
    private SandboxTimings() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[1]);
        Files.createDirectories(home);
        long t0 = System.nanoTime();
        long cpu0 = cpuNanos();
        SandboxServer server = SandboxServer.start(home);
        long started = System.nanoTime() - t0;
        // CPU time as well: on a shared machine the wall clock says more about the neighbours
        System.out.printf("%s: start %d ms wall, %d ms CPU (%s, %d entries, %d records replayed)%n", args[0],
                started / 1_000_000, (cpuNanos() - cpu0) / 1_000_000, server.loaded().source(), server.loaded().entries(),
                server.loaded().replayed());
        if (args[0].equals("crash")) {
            try (UnifiedDirectory directory = SandboxFixture.connect(server.endpoint())) {
                long w0 = System.nanoTime();
                int writes = Integer.parseInt(args[2]);
                for (int i = 0; i < writes; i++) {
                    directory.createGroup(new GroupInput("Timing " + System.nanoTime(), null, null, null));
                }
                System.out.printf("crash: %d acknowledged creates in %d ms%n", writes, (System.nanoTime() - w0) / 1_000_000);
            }
            server.halt();
            return;
        }
        long c0 = System.nanoTime();
        server.close();
        System.out.printf("%s: close with snapshot %d ms%n", args[0], (System.nanoTime() - c0) / 1_000_000);
        if (args[0].equals("restart")) {
            for (int i = 0; i < 3; i++) {
                long w0 = System.nanoTime();
                SandboxServer.start(home).close();
                System.out.printf("restart in the same JVM: %d ms (start and close)%n", (System.nanoTime() - w0) / 1_000_000);
            }
        }
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
