package dev.roster.app.service.export;

import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import java.nio.file.Path;
import java.util.Locale;

/** The export file types, chosen by the target's extension. */
public enum ExportFormat {
    CSV(".csv"), JSON(".json"), NDJSON(".ndjson");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    public static ExportFormat forFile(Path target) {
        String name = target.getFileName() == null ? "" : target.getFileName().toString().toLowerCase(Locale.ROOT);
        for (ExportFormat format : values()) {
            if (name.endsWith(format.extension)) {
                return format;
            }
        }
        throw DirectoryException.invalid(ErrorCode.EXPORT_FORMAT_UNKNOWN, target.getFileName());
    }
}
