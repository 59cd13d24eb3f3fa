package dev.roster.connectors.sandbox;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Making file-system changes survive a crash, beyond the file contents themselves. */
final class Durable {
    private Durable() {
    }

    /**
     * Forces a directory's entries (a created, renamed or deleted file) to disk. Linux and macOS allow it;
     * Windows cannot open a directory this way and commits renames itself, so failing here is ignored.
     */
    static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException notSupported) {
            // nothing more can be done on this platform
        }
    }
}
