package dev.roster.app.service;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * Only until {@code ActivityLog} (being changed on another branch) imports
 * {@link dev.roster.connectors.files.PrivateFiles} directly; then delete this class.
 */
public final class PrivateFiles {
    private PrivateFiles() {
    }

    public static FileChannel open(Path file) throws IOException {
        return dev.roster.connectors.files.PrivateFiles.open(file);
    }
}
