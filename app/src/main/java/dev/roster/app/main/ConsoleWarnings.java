package dev.roster.app.main;

import dev.roster.app.service.activity.ActivityEntry;
import dev.roster.app.ui.Messages;
import dev.roster.app.ui.task.ErrorLog;
import dev.roster.app.ui.task.TaskRunner;

/**
 * Says in the console's error line what the CLI prints on stderr: a write done but not logged, what the
 * activity log says about its own damage (a cut or damaged line), and what a connection reports on opening
 * (a Sandbox that lost its last change, say). They are heard on worker threads and shown on the UI thread.
 */
final class ConsoleWarnings {
    private ConsoleWarnings() {
    }

    /** Starts showing {@code context}'s warnings in {@code errors}; the handle stops it (the window closed). */
    static Runnable show(ConsoleContext context, TaskRunner runner, ErrorLog errors, Messages messages) {
        Runnable notLogged = context.onNotLogged(warning -> runner.onUi(() -> errors.warn(messages.get(
                ActivityEntry.OK.equals(warning.outcome()) ? "activity.notLogged" : "activity.notLogged.unknown",
                warning.operation().wireName(), warning.reason()))));
        Runnable activityNotices = context.onActivityNotice(text -> runner.onUi(() -> errors.warn(text)));
        Runnable connectionWarnings = context.connections().onWarning(text -> runner.onUi(() -> errors.warn(text)));
        return () -> {
            notLogged.run();
            activityNotices.run();
            connectionWarnings.run();
        };
    }
}
