package dev.roster.app.service.logging;

import ch.qos.logback.core.rolling.RollingFileAppender;
import dev.roster.connectors.files.PrivateFiles;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Logback's rolling file appender, with the log folder (0700) and each log file (0600) created by Roster
 * before Logback opens them: Logback would create them itself with the umask's permissions (0755, 0644),
 * readable by every local user. Logback opens a file at start and again after each rollover (the rolled
 * file is renamed and keeps 0600), both through {@link #openFile}.
 */
public final class PrivateRollingFileAppender<E> extends RollingFileAppender<E> {
    @Override
    public void openFile(String fileName) throws IOException {
        PrivateFiles.createFileIfMissing(Path.of(fileName));
        super.openFile(fileName);
    }
}
