package dev.roster.app.ui.form;

import java.util.List;

/**
 * A question a view model needs answered before it acts: shown as a dialog, testable as data.
 * {@code items} are what the action touches, each named (the dialog lists every one, scrolling);
 * {@code typedAnswer}, when not null, is what the person must type before the confirm button works
 * (the count, for a removal of hundreds), with {@code typedPrompt} saying so.
 */
public record Confirmation(String title, String header, String intro, List<String> items, String confirmLabel,
                           String typedAnswer, String typedPrompt) {
    public Confirmation {
        items = List.copyOf(items);
    }

    public Confirmation(String title, String header, String intro, List<String> items, String confirmLabel) {
        this(title, header, intro, items, confirmLabel, null, null);
    }

    public boolean needsTypedAnswer() {
        return typedAnswer != null;
    }

    /** True when {@code typed} is the answer asked for (or none is asked for). */
    public boolean accepts(String typed) {
        return typedAnswer == null || (typed != null && typed.strip().equals(typedAnswer));
    }
}
