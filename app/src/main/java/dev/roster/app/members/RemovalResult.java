package dev.roster.app.members;

import dev.roster.connectors.model.User;

/** How removing one user went: {@code error} is null on success. */
public record RemovalResult(User user, String error) {
    public boolean succeeded() {
        return error == null;
    }
}
