package dev.roster.app.inspector;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.connectors.model.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A body as the inspector shows it: pretty JSON when it is JSON and pretty is on, else as received. A body
 * larger than {@link #LIMIT} is not rendered (a text area with megabytes freezes the UI): the caller offers
 * "Save exchange" instead.
 */
public final class BodyText {
    public static final int LIMIT = 2 * 1024 * 1024;

    /** {@code tooLarge}: the text is a notice, not the body. */
    public record Shown(String text, boolean tooLarge) {
    }

    private BodyText() {
    }

    public static Shown show(String body, boolean pretty, String tooLargeNotice) {
        if (body == null || body.isEmpty()) {
            return new Shown("", false);
        }
        if (body.length() > LIMIT / 2 && body.getBytes(StandardCharsets.UTF_8).length > LIMIT) {
            return new Shown(tooLargeNotice, true);
        }
        return new Shown(pretty ? pretty(body) : body, false);
    }

    static String pretty(String body) {
        String trimmed = body.stripLeading();
        if (!trimmed.startsWith("{") && !trimmed.startsWith("[")) {
            return body;
        }
        try {
            JsonNode node = Json.mapper().readTree(body);
            return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (IOException notJson) {
            return body;
        }
    }
}
