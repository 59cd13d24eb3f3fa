package dev.roster.connectors.model;

/** A link on a user's profile. */
public record Url(String type, String url) {
}
