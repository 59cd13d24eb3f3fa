package dev.roster.app.service.export;

/** Told after each group is written, so a console can show progress. */
@FunctionalInterface
public interface ExportProgress {
    ExportProgress NONE = (groups, memberships) -> { };

    void written(long groups, long memberships);
}
