package dev.roster.connectors.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How one provider's Sandboxes are shared, waited for and given back, per home. */
class SandboxServersTest {
    @TempDir
    Path busy;
    @TempDir
    Path free;

    @Test
    void waitingForAHomeAnotherProcessIsStartingDoesNotHoldUpAnotherHome() throws Exception {
        SandboxFixture.start(busy).close();
        SandboxFixture.start(free).close();
        SandboxServers servers = new SandboxServers();
        CompletableFuture<SandboxServers.Lease> waiter = new CompletableFuture<>();
        Thread waiting;
        // the lock held, no endpoint published: what a process starting the busy home looks like
        try (FileChannel channel = FileChannel.open(busy.resolve("sandbox").resolve("lock"), StandardOpenOption.WRITE);
             FileLock held = channel.lock()) {
            waiting = Thread.ofPlatform().start(() -> {
                try {
                    waiter.complete(servers.acquire(busy));
                } catch (RuntimeException e) {
                    waiter.completeExceptionally(e);
                }
            });
            awaitWaiting(waiting);

            try (SandboxServers.Lease other = servers.acquire(free)) {
                assertThat(other.borrowed()).isFalse();
                assertThat(waiter).as("still waiting for the busy home").isNotDone();
            }
        }
        // the lock is free again: the waiter starts the busy home's Sandbox itself
        try (SandboxServers.Lease started = waiter.get(SandboxGate.WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
            assertThat(started.borrowed()).isFalse();
        }
        waiting.join(SandboxGate.WAIT_MILLIS);
    }

    @Test
    void aBorrowerNeverMakesAPasswordOfItsOwn() throws IOException {
        SandboxServer running = SandboxFixture.start(busy);
        try {
            Path dir = busy.resolve("sandbox");
            Files.delete(dir.resolve(SandboxCredentials.FILE));

            assertThatThrownBy(() -> SandboxEndpoint.read(dir)).isInstanceOf(IOException.class);
            assertThat(dir.resolve(SandboxCredentials.FILE)).doesNotExist();
        } finally {
            running.close();
        }
    }

    /** Until the thread sleeps between its tries (bounded: it gives up itself after the wait). */
    private static void awaitWaiting(Thread thread) throws InterruptedException {
        for (int i = 0; i < 6_000 && thread.getState() != Thread.State.TIMED_WAITING; i++) {
            Thread.sleep(10);
        }
        assertThat(thread.getState()).isEqualTo(Thread.State.TIMED_WAITING);
    }
}
