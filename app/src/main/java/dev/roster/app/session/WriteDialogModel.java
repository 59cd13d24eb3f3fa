package dev.roster.app.session;

import dev.roster.app.service.activity.ActivityRecorder;
import dev.roster.app.ui.Messages;
import dev.roster.app.ui.form.Form;
import dev.roster.app.ui.form.WriteState;
import dev.roster.app.ui.task.TaskRunner;
import dev.roster.connectors.ItemResult;
import dev.roster.connectors.Operation;
import dev.roster.connectors.UnifiedDirectory;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What every write dialog's view model shares: its session, the connector's capability for its operation
 * ({@link WriteState}), its {@link Form}, and the one recorded write path. Subclasses hold their fields and
 * rules and build the input.
 */
public abstract class WriteDialogModel {
    protected final Session session;
    protected final TaskRunner runner;
    protected final Messages messages;
    protected final ActivityRecorder recorder;
    private final WriteState state;
    private final Form form;

    protected WriteDialogModel(Session session, Operation operation, TaskRunner runner, Messages messages,
                               ActivityRecorder recorder) {
        this.session = session;
        this.runner = runner;
        this.messages = messages;
        this.recorder = recorder;
        this.state = new WriteState(session.capabilities().of(operation).orElse(null), messages);
        this.form = new Form(messages);
    }

    public final WriteState state() {
        return state;
    }

    public final Form form() {
        return form;
    }

    public final String connectionName() {
        return session.name();
    }

    /** False while a write is under way or when the form has errors (which it then shows). */
    protected final boolean readyToSend() {
        return !state.busyProperty().get() && form.validate();
    }

    protected final <T> void write(String title, Operation operation, Map<String, String> target,
                                   Function<UnifiedDirectory, ItemResult<T>> call, Consumer<ItemResult<T>> onDone) {
        RecordedWrite.run(runner, recorder, session, state, title, operation, target, call, onDone);
    }
}
