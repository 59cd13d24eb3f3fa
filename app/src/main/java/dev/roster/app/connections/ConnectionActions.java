package dev.roster.app.connections;

import dev.roster.app.connections.editor.ConnectionEditorView;
import dev.roster.app.connections.editor.ConnectionEditorViewModel;
import dev.roster.app.connections.editor.FilePicker;
import dev.roster.app.service.ConnectionProfile;
import dev.roster.app.service.ConnectionTransfer;
import dev.roster.app.service.Connections;
import dev.roster.app.ui.Fxml;
import dev.roster.app.ui.Messages;
import dev.roster.app.ui.action.ActionId;
import dev.roster.app.ui.action.ActionRegistry;
import dev.roster.app.ui.form.Confirmation;
import dev.roster.app.ui.form.DialogWindow;
import dev.roster.app.ui.form.Dialogs;
import dev.roster.app.ui.task.BackgroundTask;
import dev.roster.app.ui.task.TaskRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * What the connections sidebar's commands do: add, edit, duplicate, rename, remove (confirmed), move up and
 * down, import and export. Each change runs off the FX thread through {@link Connections}, then the sidebar
 * reads the list again.
 */
public final class ConnectionActions {
    private final ConnectionsViewModel sidebar;
    private final Connections connections;
    private final TaskRunner runner;
    private final Messages messages;
    private final Supplier<Window> owner;
    private final Dialogs dialogs;
    private final ConnectionPrompts prompts;
    private FilePicker picker = FilePicker.fileChooser();

    public ConnectionActions(ConnectionsViewModel sidebar, Connections connections, TaskRunner runner, Messages messages,
                             Supplier<Window> owner, Dialogs dialogs, ConnectionPrompts prompts) {
        this.sidebar = sidebar;
        this.connections = connections;
        this.runner = runner;
        this.messages = messages;
        this.owner = owner;
        this.dialogs = dialogs;
        this.prompts = prompts;
    }

    /** Where files are picked (key files, import, export): a headless test answers itself. */
    public void usePicker(FilePicker filePicker) {
        this.picker = filePicker;
    }

    public void register(ActionRegistry registry) {
        BooleanBinding none = Bindings.createBooleanBinding(() -> sidebar.selectedProperty().get() == null, sidebar.selectedProperty());
        registry.register(ActionId.NEW_CONNECTION, this::add);
        registry.register(ActionId.EDIT_CONNECTION, this::edit, none);
        registry.register(ActionId.DUPLICATE_CONNECTION, this::duplicate, none);
        registry.register(ActionId.RENAME_CONNECTION, this::rename, none);
        registry.register(ActionId.REMOVE_CONNECTION, this::remove, none);
        BooleanBinding first = Bindings.createBooleanBinding(() -> sidebar.selectedProperty().get() == null
                || sidebar.items().indexOf(sidebar.selectedProperty().get()) <= 0, sidebar.selectedProperty(), sidebar.items());
        BooleanBinding last = Bindings.createBooleanBinding(() -> sidebar.selectedProperty().get() == null
                || sidebar.items().indexOf(sidebar.selectedProperty().get()) >= sidebar.items().size() - 1,
                sidebar.selectedProperty(), sidebar.items());
        registry.register(ActionId.MOVE_CONNECTION_UP, () -> move(-1), first);
        registry.register(ActionId.MOVE_CONNECTION_DOWN, () -> move(1), last);
        registry.register(ActionId.IMPORT_CONNECTIONS, this::importFile);
        registry.register(ActionId.EXPORT_CONNECTIONS, this::exportFile);
    }

    private String selectedName() {
        ConnectionItem item = sidebar.selectedProperty().get();
        return item == null ? null : item.name();
    }

    public Stage add() {
        return editor(null);
    }

    public void edit() {
        String name = selectedName();
        if (name != null) {
            runner.run(BackgroundTask.of(messages.get("connections.task.load"), ctx -> connections.store().require(name))
                    .onSuccess(this::editor));
        }
    }

    /** Opens the editor on {@code original} (null: a new connection); its typed secrets are cleared however it closes. */
    Stage editor(ConnectionProfile original) {
        ConnectionEditorViewModel vm = new ConnectionEditorViewModel(connections, runner, messages, original);
        ConnectionEditorView view = new ConnectionEditorView(vm, messages, picker, saved -> sidebar.reload(saved, saved));
        Stage stage = DialogWindow.open(owner.get(), new Fxml(messages).controller(view).load("connections/editor/ConnectionEditor.fxml"),
                vm.title());
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> vm.clearSecrets());
        return stage;
    }

    public void duplicate() {
        String from = selectedName();
        if (from == null) {
            return;
        }
        prompts.name(messages.get("connections.duplicate.title"), messages.get("connections.duplicate.header", from), from + "-copy")
                .ifPresent(to -> runner.run(BackgroundTask.of(messages.get("connections.task.duplicate", from),
                        ctx -> connections.store().require(from).secrets().containsValue("keychain")).onSuccess(hasKeychain -> {
                            var copy = hasKeychain ? prompts.copySecrets(from) : java.util.Optional.of(true);
                            copy.ifPresent(copySecrets -> runner.run(BackgroundTask.of(messages.get("connections.task.duplicate", from),
                                    ctx -> connections.duplicate(from, to, copySecrets)).onSuccess(added -> sidebar.reload(to, to))));
                        })));
    }

    public void rename() {
        String from = selectedName();
        if (from == null) {
            return;
        }
        prompts.name(messages.get("connections.rename.title"), messages.get("connections.rename.header", from), from)
                .filter(to -> !to.equals(from))
                .ifPresent(to -> runner.run(BackgroundTask.of(messages.get("connections.task.rename", from, to),
                        ctx -> connections.rename(from, to)).onSuccess(added -> sidebar.reload(to, to))));
    }

    /** Asks first (naming the connection and that its keychain secrets go too), then removes. */
    public void remove() {
        String name = selectedName();
        if (name == null) {
            return;
        }
        boolean yes = dialogs.confirm(new Confirmation(messages.get("connections.remove.title"),
                messages.get("connections.remove.header", name), messages.get("connections.remove.intro"), List.of(name),
                messages.get("connections.remove.confirm")));
        if (yes) {
            runner.run(BackgroundTask.of(messages.get("connections.task.remove", name), ctx -> connections.remove(name))
                    .onSuccess(removed -> sidebar.reload(null, null)));
        }
    }

    public void move(int delta) {
        String name = selectedName();
        if (name == null) {
            return;
        }
        runner.run(BackgroundTask.of(messages.get("connections.task.move", name), ctx -> {
            connections.moveBy(name, delta);
            return connections.list().stream().map(ConnectionProfile::name).toList();
        }).onSuccess(sidebar::reorder));
    }

    public void exportFile() {
        picker.save(owner.get(), messages.get("connections.export.title"), "roster-connections.json").ifPresent(file ->
                runner.run(BackgroundTask.of(messages.get("connections.task.export", file.getFileName()),
                        ctx -> new ConnectionTransfer(connections).exportTo(file, List.of()))
                        .onSuccess(names -> prompts.inform(messages.get("connections.export.title"),
                                messages.get("connections.export.done", names.size(), file)))));
    }

    public void importFile() {
        picker.open(owner.get(), messages.get("connections.import.title")).ifPresent(file ->
                runner.run(BackgroundTask.of(messages.get("connections.task.import", file.getFileName()),
                        ctx -> new ConnectionTransfer(connections).clashes(file)).onSuccess(clashing -> {
                            if (clashing.isEmpty()) {
                                importFile(file, ConnectionTransfer.Clashes.REFUSE);
                            } else {
                                prompts.clashes(clashing).ifPresent(mode -> importFile(file, mode));
                            }
                        })));
    }

    private void importFile(Path file, ConnectionTransfer.Clashes mode) {
        runner.run(BackgroundTask.of(messages.get("connections.task.import", file.getFileName()),
                ctx -> new ConnectionTransfer(connections).importFrom(file, mode)).onSuccess(imported -> {
                    sidebar.reload(null, null);
                    List<String> lines = new ArrayList<>();
                    lines.add(messages.get("connections.import.added", imported.added().size()));
                    imported.renamed().forEach((was, now) -> lines.add(messages.get("connections.import.renamed", was, now)));
                    imported.skipped().forEach(skipped -> lines.add(messages.get("connections.import.skipped", skipped)));
                    imported.toBeEntered().forEach((name, keys) -> lines.add(messages.get("connections.import.toEnter", name,
                            String.join(", ", keys))));
                    prompts.inform(messages.get("connections.import.title"), String.join("\n", lines));
                }));
    }
}
