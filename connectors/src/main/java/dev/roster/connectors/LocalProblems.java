package dev.roster.connectors;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * The short reason a home file could not be read or written, for the sentence of a local problem ("disk
 * full", "permission denied"); the exception's full text goes to raw_response and the log.
 */
public final class LocalProblems {
    private LocalProblems() {
    }

    public static String reason(Throwable error) {
        Throwable e = error instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : error;
        String text = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        if (text.contains("no space left") || text.contains("disk full") || text.contains("quota")) {
            return "the disk is full";
        }
        if (e instanceof AccessDeniedException || text.contains("permission denied") || text.contains("access is denied")) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException) {
            return "a file is in the way of a folder Roster needs";
        }
        if (e instanceof NoSuchFileException || e instanceof NotDirectoryException) {
            return "a folder on its path is missing";
        }
        if (text.contains("is a directory")) {
            return "it is a folder, not a file";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        if (e instanceof FileNotFoundException) {
            return "it cannot be opened";
        }
        return e instanceof IOException ? "an input/output error" : e.getClass().getSimpleName();
    }
}
