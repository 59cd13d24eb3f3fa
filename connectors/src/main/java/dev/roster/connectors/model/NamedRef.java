package dev.roster.connectors.model;

/** An id and a name: a user's organizations and workspaces. */
public record NamedRef(String id, String name) {
}
