package dev.roster.app.connections;

import dev.roster.app.ui.Formats;
import dev.roster.app.ui.Messages;
import dev.roster.connectors.DirectorySignal;

/** The words for a connection's state in the sidebar, its tooltip and its details: plain text from the item. */
final class StatusTexts {
    private StatusTexts() {
    }

    /** "598 of 600 requests left, resets at 17:21:00", with whatever parts the provider reported; null when none. */
    static String rateLimit(DirectorySignal.RateLimited window, Messages messages) {
        if (window == null || (window.remaining() == null && window.resetAt() == null)) {
            return null;
        }
        String left = window.remaining() == null ? null : window.limit() == null
                ? messages.get("connections.rateLimit.remaining", window.remaining())
                : messages.get("connections.rateLimit.remainingOf", window.remaining(), window.limit());
        String reset = window.resetAt() == null ? null : messages.get("connections.rateLimit.reset", Formats.time(window.resetAt()));
        String both = left == null ? reset : reset == null ? left : left + ", " + reset;
        return messages.get("connections.rateLimit", both);
    }

    /** The cell's tooltip: the name and type, the status and its reason (the error in full), the rate limit. */
    static String tooltip(ConnectionItem item, Messages messages) {
        StringBuilder text = new StringBuilder(item.name()).append(" (").append(item.typeName()).append(")\n")
                .append(messages.get(item.statusProperty().get().messageKey()));
        String why = item.detailProperty().get();
        if (why != null && !why.isEmpty()) {
            text.append(": ").append(why);
        }
        String limit = rateLimit(item.rateLimitProperty().get(), messages);
        if (limit != null) {
            text.append('\n').append(limit);
        }
        return text.toString();
    }

    /** "Last error at 2026-12-03 17:20:03", or that there was none. */
    static String errorTime(ConnectionItem.LastError error, Messages messages) {
        return error == null ? messages.get("connections.details.noError")
                : messages.get("connections.details.errorAt", Formats.seconds(error.at()));
    }

    /** The error's code and the server's or the system's own words, when it has them. */
    static String errorDetail(ConnectionItem.LastError error, Messages messages) {
        if (error == null || (error.code() == null && error.detail() == null)) {
            return "";
        }
        String detail = error.detail() == null ? "" : error.detail().length() > 2000 ? error.detail().substring(0, 2000) + "\u2026"
                : error.detail();
        return error.code() == null ? detail : error.detail() == null ? error.code() : error.code() + "\n" + detail;
    }
}
