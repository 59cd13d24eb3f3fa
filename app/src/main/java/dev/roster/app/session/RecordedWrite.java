package dev.roster.app.session;

import dev.roster.app.service.activity.ActivityRecorder;
import dev.roster.app.ui.task.BackgroundTask;
import dev.roster.app.ui.task.TaskRunner;
import dev.roster.app.ui.form.WriteState;
import dev.roster.connectors.ItemResult;
import dev.roster.connectors.Operation;
import dev.roster.connectors.UnifiedDirectory;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * How a dialog writes: in the background, holding its session open, logged in the activity log and
 * remembered for the inspector's format tabs; the dialog's {@link WriteState} shows it busy and, on a
 * refusal, the provider's message (the dialog stays open with what was typed).
 */
public final class RecordedWrite {
    private RecordedWrite() {
    }

    public static <T> void run(TaskRunner runner, ActivityRecorder recorder, Session session, WriteState state, String title,
                               Operation operation, Map<String, String> target,
                               Function<UnifiedDirectory, ItemResult<T>> write, Consumer<ItemResult<T>> onDone) {
        state.started();
        runner.run(BackgroundTask.<ItemResult<T>>of(title, session.held(ctx -> {
            ItemResult<T> result = recorder.record(session.name(), session.exchanges(), operation, target, () -> write.apply(session.directory()));
            session.results().remember(result);
            return result;
        })).handledLocally()
                .onSuccess(onDone)
                .onFailure(state::failed)
                .onFinished(state::finished));
    }
}
