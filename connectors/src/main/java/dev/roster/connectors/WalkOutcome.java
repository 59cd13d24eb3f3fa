package dev.roster.connectors;

/**
 * How a walk over all pages ended: {@code complete} (last page reached), {@code looping} (the provider
 * repeated a cursor: stopped, the items so far are real but the list may be incomplete), {@code cancelled}.
 */
public record WalkOutcome(int pages, long items, boolean complete, boolean looping, boolean cancelled) {

    public String describe() {
        if (looping) {
            return "stopped after " + pages + " pages and " + items
                    + " items: the directory handed back a cursor it had already given (isLooping), so the list may be incomplete";
        }
        if (cancelled) {
            return "cancelled after " + pages + " pages and " + items + " items";
        }
        return pages + " pages, " + items + " items";
    }
}
