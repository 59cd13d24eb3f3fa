package dev.roster.app.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How times, durations and sizes read in tables: short, local, sortable. */
public final class Formats {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private Formats() {
    }

    public static String instant(Instant instant) {
        return instant == null ? "" : LOCAL.format(instant.atZone(ZoneId.systemDefault()));
    }

    public static String seconds(Instant instant) {
        return instant == null ? "" : SECONDS.format(instant.atZone(ZoneId.systemDefault()));
    }

    public static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(ZoneId.systemDefault()));
    }

    public static String duration(Duration duration) {
        return duration == null ? "" : duration.toMillis() + " ms";
    }

    public static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(java.util.Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    /** A value for one cell of tab-separated text: tabs and line breaks would split it, so they become spaces. */
    public static String tsv(Object value) {
        return value == null ? "" : value.toString().replaceAll("[\\t\\r\\n]+", " ");
    }
}
