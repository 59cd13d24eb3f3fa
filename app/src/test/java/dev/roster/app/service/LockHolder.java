package dev.roster.app.service;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;

/**
 * Run in a separate JVM by {@link ConnectionStoreTest}: locks the file {@code args[0]} as a Roster process
 * would (its pid written in it), then writes LOCKED to {@code args[1]} and holds the lock, at most five minutes,
 * like a process suspended mid-change.
 */
public final class LockHolder {
    private LockHolder() {
    }

    public static void main(String[] args) throws Exception {
        try (FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE); var lock = channel.lock()) {
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
            Files.writeString(Path.of(args[1]), "LOCKED");
            Thread.sleep(TimeUnit.MINUTES.toMillis(5));
        }
    }
}
