package dev.roster.connectors.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C (or SIGTERM) on a process that runs a Sandbox others borrow: before it halts, it stops the
 * Sandbox as a clean close does, so a borrower's call in flight finishes through the gate and the endpoint
 * is withdrawn before the server goes (the next caller starts or finds a new one, never a dead address).
 */
class SandboxStopBeforeHaltTest {
    @TempDir
    Path home;

    @Test
    void anInterruptedOwnerWaitsForABorrowersCallThenWithdrawsItsEndpointAndHalts() throws Exception {
        Path dir = home.resolve("sandbox");
        try (ChildJvm owner = ChildJvm.start(SandboxHaltChild.class, home.toString())) {
            assertThat(owner.linesUntil("READY")).isEmpty();
            assertThat(SandboxEndpoint.read(dir)).as("the owner published its endpoint").isNotNull();
            SandboxGate.Pass borrowersCall = SandboxGate.of(dir).enter();
            try {
                owner.terminate();
                assertThat(owner.linesUntil("STOPPING")).isEmpty();
                // the owner may withdraw it only with the gate closed, which this call in flight keeps open
                assertThat(SandboxEndpoint.read(dir)).as("the endpoint while a call is in flight").isNotNull();
            } finally {
                borrowersCall.close();
            }
            assertThat(owner.exitCode()).isEqualTo(5);
        }
        assertThat(SandboxEndpoint.read(dir)).as("the endpoint after the owner halted").isNull();
    }
}
