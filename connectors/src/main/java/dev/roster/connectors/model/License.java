package dev.roster.connectors.model;

import java.time.Instant;

/** A licence assigned to a user. */
public record License(String id, String name, String organization, Instant lastActiveAt) {
}
