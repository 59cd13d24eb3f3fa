package dev.roster.app.service.export;

import dev.roster.connectors.files.AtomicFiles;
import dev.roster.app.service.TempFiles;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.ErrorKind;
import dev.roster.connectors.UnifiedDirectory;
import dev.roster.connectors.WalkOutcome;
import dev.roster.connectors.model.Group;
import dev.roster.connectors.model.User;
import dev.roster.connectors.query.ListQuery;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Exports groups, optionally with members, to CSV, JSON or NDJSON. The file is written beside the target
 * and moved into place only when complete: a failure, a cancel or Ctrl-C leaves the target as it was.
 */
public final class GroupExporter {
    private final UnifiedDirectory directory;
    private final TempFiles tempFiles;

    /** {@code tempFiles}: the process's registry, which its shutdown hook empties on Ctrl-C or SIGTERM. */
    public GroupExporter(UnifiedDirectory directory, TempFiles tempFiles) {
        this.directory = directory;
        this.tempFiles = tempFiles;
    }

    /** Every group the query lists, page by page. */
    public ExportSummary exportAll(ListQuery query, Path target, boolean withMembers, BooleanSupplier cancelled,
                                   ExportProgress progress) {
        return write(target, withMembers, cancelled, progress, sink -> {
            WalkOutcome outcome = directory.walkGroups(query, page -> page.page().result().forEach(sink::accept), cancelled);
            if (outcome.cancelled()) {
                throw new CancellationException("export cancelled");
            }
            if (outcome.looping()) {
                throw DirectoryException.coded(ErrorKind.PROTOCOL, ErrorCode.EXPORT_STOPPED, outcome.describe());
            }
        });
    }

    /** Exactly these groups (a console's filtered list). */
    public ExportSummary exportGroups(List<Group> groups, Path target, boolean withMembers, BooleanSupplier cancelled,
                                      ExportProgress progress) {
        return write(target, withMembers, cancelled, progress, sink -> groups.forEach(sink::accept));
    }

    private interface GroupFeed {
        void feed(java.util.function.Consumer<Group> sink);
    }

    private ExportSummary write(Path target, boolean withMembers, BooleanSupplier cancelled, ExportProgress progress, GroupFeed feed) {
        ExportFormat format = ExportFormat.forFile(target);
        if (Files.isDirectory(target)) {
            throw DirectoryException.invalid(ErrorCode.EXPORT_TARGET_IS_A_FOLDER, target);
        }
        Path temp;
        try {
            temp = tempFiles.create(() -> AtomicFiles.temporarySibling(target));
        } catch (IOException e) {
            // nothing was sent yet: a target folder that is missing or read-only is a bad --to, not a failure
            throw DirectoryException.invalid(ErrorCode.EXPORT_UNWRITABLE, target, e.getClass().getSimpleName(), e.getMessage());
        }
        long[] counts = new long[2];
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp));
                 ExportWriter writer = open(format, out, withMembers)) {
                feed.feed(group -> {
                    if (cancelled.getAsBoolean() || Thread.currentThread().isInterrupted()) {
                        throw new CancellationException("export cancelled");
                    }
                    List<User> members = withMembers ? members(group, cancelled) : List.of();
                    try {
                        writer.group(group, members);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    counts[0]++;
                    counts[1] += members.size();
                    progress.written(counts[0], counts[1]);
                });
            }
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("export cancelled");
            }
            Path complete = temp;
            tempFiles.commit(complete, () -> AtomicFiles.moveIntoPlace(complete, target, AtomicFiles.SHARED));
            return new ExportSummary(target, format, counts[0], counts[1]);
        } catch (IOException e) {
            throw new UncheckedIOException("export to " + target + " failed: " + e.getMessage(), e);
        } finally {
            tempFiles.discard(temp);
        }
    }

    private List<User> members(Group group, BooleanSupplier cancelled) {
        List<User> members = new ArrayList<>();
        WalkOutcome outcome = directory.walkUsers(ListQuery.firstPage().withGroupId(group.id()),
                page -> members.addAll(page.page().result()), cancelled);
        if (outcome.cancelled()) {
            throw new CancellationException("export cancelled");
        }
        if (outcome.looping()) {
            throw DirectoryException.coded(ErrorKind.PROTOCOL, ErrorCode.EXPORT_MEMBERS_STOPPED,
                    group.name(), outcome.describe());
        }
        return members;
    }

    private static ExportWriter open(ExportFormat format, OutputStream out, boolean members) throws IOException {
        return switch (format) {
            case CSV -> new CsvExportWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), members);
            case JSON -> new JsonExportWriter(out, false, members);
            case NDJSON -> new JsonExportWriter(out, true, members);
        };
    }
}
