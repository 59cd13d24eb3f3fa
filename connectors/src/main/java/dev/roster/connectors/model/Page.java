package dev.roster.connectors.model;

import java.util.List;

/** One page of a unified list: {@code {"result": [...], "next_cursor": "..." | null}}. */
public record Page<T>(List<T> result, String nextCursor) {
    public Page {
        result = List.copyOf(result);
    }

    public boolean hasMore() {
        return nextCursor != null;
    }
}
