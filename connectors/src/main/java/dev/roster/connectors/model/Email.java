package dev.roster.connectors.model;

/** An email address of a user; {@code type} is the provider's label (work, home ...) when it has one. */
public record Email(String email, Boolean isPrimary, String type) {
}
