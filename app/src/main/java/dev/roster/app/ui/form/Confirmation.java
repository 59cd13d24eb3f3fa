package dev.roster.app.ui.form;

import java.util.List;

/** A question a view model needs answered before it acts: shown as a dialog, testable as data. */
public record Confirmation(String title, String header, List<String> lines, String confirmLabel) {
    public Confirmation {
        lines = List.copyOf(lines);
    }

    public String content() {
        return String.join("\n", lines);
    }
}
