package dev.roster.connectors.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** A unified group. {@code remoteData} is the provider's own object, untouched. */
public record Group(
        String id,
        String name,
        String description,
        GroupType groupType,
        String organization,
        Instant createdAt,
        Instant updatedAt,
        JsonNode remoteData) {

    public Group {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a group needs an id");
        }
    }
}
