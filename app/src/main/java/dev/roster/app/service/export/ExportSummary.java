package dev.roster.app.service.export;

import java.nio.file.Path;

/** What an export wrote. {@code memberships} is 0 when members were not asked for. */
public record ExportSummary(Path file, ExportFormat format, long groups, long memberships) {
}
