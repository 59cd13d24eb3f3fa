package dev.roster.connectors.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one lock helper: in-process and OS lock together, every wait bounded, an error that says what holds it. */
class FileLocksTest {
    @TempDir
    Path dir;

    @Test
    void aSecondLockerInThisProcessFailsAfterTheBoundNamingTheFileAndTheFirstGoesOn() throws Exception {
        Path lockFile = dir.resolve(".x.lock");
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService first = Executors.newSingleThreadExecutor();
        try {
            Future<String> held = first.submit(() -> FileLocks.exclusive(lockFile, Duration.ofSeconds(30), () -> {
                holding.countDown();
                try {
                    release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return "done";
            }));
            assertThat(holding.await(60, TimeUnit.SECONDS)).isTrue();
            assertThatThrownBy(() -> FileLocks.exclusive(lockFile, Duration.ofMillis(200), () -> "second"))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining(lockFile.toString())
                    .hasMessageContaining("another thread of this process");
            release.countDown();
            assertThat(held.get(60, TimeUnit.SECONDS)).isEqualTo("done");
            assertThat(FileLocks.exclusive(lockFile, Duration.ofSeconds(30), () -> "after")).isEqualTo("after");
        } finally {
            release.countDown();
            first.shutdownNow();
        }
    }

    @Test
    void theLockFileIsOwnerOnlyAndNamesItsHolder() throws Exception {
        Path lockFile = dir.resolve(".y.lock");
        FileLocks.exclusive(lockFile, Duration.ofSeconds(30), () -> null);
        assertThat(java.nio.file.Files.readString(lockFile).trim()).isEqualTo(String.valueOf(ProcessHandle.current().pid()));
        if (PrivateFiles.posix(dir.getFileSystem())) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(java.nio.file.Files.getPosixFilePermissions(lockFile)))
                    .isEqualTo("rw-------");
        }
    }
}
