package dev.roster.app.service.logging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.rolling.RollingFileAppender;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The product's own logback.xml, as the launcher uses it: the log folder and every log file are the user's alone. */
class PrivateLogFilesTest {
    @TempDir
    Path home;

    private static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    @Test
    void theLogFolderIs0700AndEveryLogFileIs0600IncludingAfterARollover() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Path logs = home.resolve("logs");
        LoggerContext context = new LoggerContext();
        context.putProperty("roster.logDir", logs.toString());
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(getClass().getResource("/logback.xml"));
        try {
            context.getLogger("dev.roster.test").info("first line");
            assertThat(mode(logs)).isEqualTo("rwx------");
            assertThat(mode(logs.resolve("roster.log"))).isEqualTo("rw-------");

            // a rollover renames the file away, then opens a new one through openFile (as at start)
            var appender = (RollingFileAppender<?>) context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("FILE");
            Files.move(logs.resolve("roster.log"), logs.resolve("roster.2026-01-01.0.log"));
            appender.openFile(logs.resolve("roster.log").toString());
            context.getLogger("dev.roster.test").info("after the rollover");
        } finally {
            context.stop();
        }
        List<Path> files;
        try (Stream<Path> listed = Files.list(logs)) {
            files = listed.toList();
        }
        assertThat(files).contains(logs.resolve("roster.log"), logs.resolve("roster.2026-01-01.0.log"));
        for (Path file : files) {
            assertThat(mode(file)).as(file.getFileName().toString()).isEqualTo("rw-------");
        }
    }
}
