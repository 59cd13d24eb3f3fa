package dev.roster.app.export;

import dev.roster.app.session.Session;
import dev.roster.app.service.TempFiles;
import dev.roster.app.service.export.ExportFormat;
import dev.roster.app.service.export.ExportSummary;
import dev.roster.app.service.export.GroupExporter;
import dev.roster.app.ui.task.BackgroundTask;
import dev.roster.app.ui.task.ErrorText;
import dev.roster.app.ui.Messages;
import dev.roster.app.ui.task.TaskHandle;
import dev.roster.app.ui.task.TaskRunner;
import dev.roster.connectors.model.Group;
import dev.roster.connectors.query.ListQuery;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The export dialog: the groups shown (filtered) or every group of the directory, optionally with members,
 * to CSV / JSON / NDJSON through {@link GroupExporter} (the export service, which the CLI's
 * {@code export groups} uses too); it writes beside the target and moves the file into place only when
 * complete: a cancel or a failure never leaves a partial file. The path may be typed: each keystroke
 * updates the target, so Export is on as soon as a usable path is there.
 */
public final class ExportViewModel {
    public enum Scope { SHOWN, ALL }

    private final Session session;
    private final List<Group> shown;
    private final TaskRunner runner;
    private final Messages messages;
    private final TempFiles tempFiles;
    private final ObjectProperty<Scope> scope = new SimpleObjectProperty<>(this, "scope", Scope.SHOWN);
    private final BooleanProperty withMembers = new SimpleBooleanProperty(this, "withMembers");
    private final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>(this, "format", ExportFormat.CSV);
    private final ObjectProperty<Path> target = new SimpleObjectProperty<>(this, "target");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final StringProperty path = new SimpleStringProperty(this, "path", "");
    /** Set while the typed path is turned into the target: the field is not rewritten under the cursor. */
    private boolean typing;
    private TaskHandle handle = TaskHandle.DONE;

    public ExportViewModel(Session session, List<Group> shown, TaskRunner runner, Messages messages, TempFiles tempFiles) {
        this.session = session;
        this.shown = List.copyOf(shown);
        this.runner = runner;
        this.messages = messages;
        this.tempFiles = tempFiles;
        format.addListener((o, was, now) -> {
            if (target.get() != null) {
                target.set(withExtension(target.get(), now));
            }
        });
        path.addListener((o, was, now) -> typed(now));
        // A chosen (browsed) path or a changed extension shows in the field; a typed one is left as typed.
        target.addListener((o, was, now) -> {
            if (!typing && now != null) {
                path.set(now.toString());
            }
        });
    }

    /** The path as typed in the dialog's field. */
    public StringProperty pathProperty() {
        return path;
    }

    private void typed(String text) {
        if (typing) {
            return;
        }
        typing = true;
        try {
            if (text == null || text.isBlank()) {
                target.set(null);
                return;
            }
            choose(Path.of(text.strip()));
        } catch (java.nio.file.InvalidPathException e) {
            target.set(null);
        } finally {
            typing = false;
        }
    }

    public int shownCount() {
        return shown.size();
    }

    public ObjectProperty<Scope> scopeProperty() {
        return scope;
    }

    public BooleanProperty withMembersProperty() {
        return withMembers;
    }

    public ObjectProperty<ExportFormat> formatProperty() {
        return format;
    }

    public ObjectProperty<Path> targetProperty() {
        return target;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** 0..1 for the shown groups (the total is known), -1 (indeterminate) for all groups. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public BooleanBinding cannotStart() {
        return Bindings.createBooleanBinding(() -> target.get() == null || running.get(), target, running);
    }

    /** Sets the file chosen by the person, with the format's extension added when missing. */
    public void choose(Path file) {
        if (file.getFileName() == null) {
            target.set(null);
            return;
        }
        ExportFormat byName = formatOf(file);
        if (byName != null) {
            format.set(byName);
            target.set(file);
        } else {
            target.set(withExtension(file, format.get()));
        }
    }

    static ExportFormat formatOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (ExportFormat f : ExportFormat.values()) {
            if (name.endsWith(f.extension())) {
                return f;
            }
        }
        return null;
    }

    static Path withExtension(Path file, ExportFormat format) {
        String name = file.getFileName().toString();
        ExportFormat current = formatOf(file);
        String stem = current == null ? name : name.substring(0, name.length() - current.extension().length());
        return file.resolveSibling(stem + format.extension());
    }

    /** Starts the export; {@code onDone} gets the summary once the file is in place. */
    public void export(Consumer<ExportSummary> onDone) {
        Path file = target.get();
        if (file == null || running.get()) {
            return;
        }
        boolean members = withMembers.get();
        boolean all = scope.get() == Scope.ALL;
        int total = shown.size();
        running.set(true);
        progress.set(all ? -1 : 0);
        status.set(messages.get("export.status.started"));
        GroupExporter exporter = new GroupExporter(session.directory(), tempFiles);
        handle = runner.run(BackgroundTask.<ExportSummary>of(messages.get("export.task", file.getFileName()), session.held(ctx -> {
            var onProgress = (dev.roster.app.service.export.ExportProgress) (groups, memberships) -> {
                ctx.progress(groups, all ? -1 : total);
                ctx.ui(() -> {
                    progress.set(all ? -1 : (double) groups / Math.max(1, total));
                    status.set(messages.get("export.status.progress", groups, memberships));
                });
            };
            return all ? exporter.exportAll(ListQuery.ofLimit(500), file, members, ctx::isCancelled, onProgress)
                    : exporter.exportGroups(shown, file, members, ctx::isCancelled, onProgress);
        })).handledLocally().onSuccess(summary -> {
            progress.set(1);
            status.set(messages.get("export.status.done", summary.groups(), summary.memberships(), summary.file()));
            onDone.accept(summary);
        }).onFailure(e -> status.set(e instanceof java.util.concurrent.CancellationException
                ? messages.get("export.status.cancelled") : messages.get("export.status.failed", ErrorText.describe(messages, e))))
                .onCancelled(() -> status.set(messages.get("export.status.cancelled")))
                .onFinished(() -> running.set(false)));
    }

    public void cancel() {
        handle.cancel();
    }
}
