package dev.roster.app.inspector;

import dev.roster.connectors.trace.Exchange;
import java.util.List;
import java.util.Map;

/** An exchange as plain text, for "Save exchange": the request and response exactly as recorded (masked). */
public final class ExchangeText {
    private ExchangeText() {
    }

    public static String of(Exchange e) {
        StringBuilder out = new StringBuilder();
        out.append("# Roster exchange ").append(e.sequence()).append(" on connection ").append(e.connection())
                .append(" (").append(e.protocol()).append("), started ").append(e.startedAt()).append('\n');
        out.append(e.method()).append(' ').append(e.target()).append('\n');
        headers(out, "> ", e.requestHeaders());
        out.append(">\n");
        if (e.requestBody() != null) {
            out.append(e.requestBody()).append('\n');
        }
        out.append('\n');
        out.append("< ").append(e.status()).append(' ').append(e.statusText() == null ? "" : e.statusText())
                .append(" (").append(e.duration() == null ? "?" : e.duration().toMillis() + " ms").append(")\n");
        if (e.error() != null) {
            out.append("# error: ").append(e.error()).append('\n');
        }
        headers(out, "< ", e.responseHeaders());
        out.append("<\n");
        if (e.responseBody() != null) {
            out.append(e.responseBody()).append('\n');
        }
        return out.toString();
    }

    static void headers(StringBuilder out, String prefix, Map<String, List<String>> headers) {
        headers.forEach((name, values) -> values.forEach(v -> out.append(prefix).append(name).append(": ").append(v).append('\n')));
    }

    public static String headers(Map<String, List<String>> headers) {
        StringBuilder out = new StringBuilder();
        headers(out, "", headers);
        return out.toString();
    }
}
