package dev.roster.app.members;

import dev.roster.connectors.model.User;

/**
 * How removing one user went: {@code error} is null on success. {@code attempted} is false for a user whose
 * removal was never sent because the run was cancelled first; {@code cancelledRun} marks every result of a
 * run that was cancelled (its removals already sent stay done: a write cannot be un-sent).
 */
public record RemovalResult(User user, String error, boolean attempted, boolean cancelledRun) {
    public RemovalResult(User user, String error) {
        this(user, error, true, false);
    }

    static RemovalResult notAttempted(User user) {
        return new RemovalResult(user, null, false, true);
    }

    RemovalResult inCancelledRun() {
        return new RemovalResult(user, error, attempted, true);
    }

    public boolean succeeded() {
        return attempted && error == null;
    }
}
