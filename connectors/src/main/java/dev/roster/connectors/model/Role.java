package dev.roster.connectors.model;

/** A role a user holds, possibly scoped to a group, organization or workspace. */
public record Role(String id, String name, String group, String organization, String workspace) {
}
