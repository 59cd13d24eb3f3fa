package dev.roster.connectors.model;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** The body of a create-group call; {@code remoteData} is merged into the provider's own request body. */
public record GroupInput(String name, String description, GroupType groupType, ObjectNode remoteData) {
}
