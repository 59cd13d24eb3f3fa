package dev.roster.connectors.model;

/** A group a user belongs to, as listed on the user. */
public record GroupRef(String id, String name, String organization) {
}
