package dev.roster.app.users;

import dev.roster.connectors.model.User;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** How a user is named to a person: display name, then who exactly (username or email). */
public final class UserLabel {
    private UserLabel() {
    }

    public static String of(User user) {
        String display = user.name();
        if (display == null || display.isBlank()) {
            display = Stream.of(user.firstName(), user.lastName()).filter(s -> s != null && !s.isBlank())
                    .collect(Collectors.joining(" "));
        }
        String handle = user.username() != null && !user.username().isBlank() ? user.username() : user.primaryEmail();
        if (display.isBlank()) {
            return handle != null ? handle : user.id();
        }
        return handle == null || handle.equals(display) ? display : display + " (" + handle + ")";
    }
}
