package dev.roster.connectors.model;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Who joins or leaves which group; {@code remoteData} is merged into the provider's request body. */
public record MembershipInput(String groupId, String userId, ObjectNode remoteData) {
}
