package dev.roster.app.inspector;

import java.util.Locale;
import javafx.scene.control.TextArea;

/** "Find in this tab": selects the next case-insensitive occurrence in a text area, wrapping to the start. */
final class TextSearch {
    private TextSearch() {
    }

    static void next(TextArea area, String needle) {
        from(area, needle, area.getSelection().getEnd());
    }

    static void from(TextArea area, String needle, int start) {
        if (needle == null || needle.isEmpty()) {
            area.deselect();
            return;
        }
        String haystack = area.getText().toLowerCase(Locale.ROOT);
        String lower = needle.toLowerCase(Locale.ROOT);
        int at = haystack.indexOf(lower, start);
        if (at < 0) {
            at = haystack.indexOf(lower);
        }
        if (at >= 0) {
            area.selectRange(at, at + needle.length());
        }
    }
}
