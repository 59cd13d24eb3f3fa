package dev.roster.connectors.scim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.connectors.model.Group;
import dev.roster.connectors.model.GroupInput;
import dev.roster.connectors.model.GroupType;
import dev.roster.connectors.model.Json;
import java.util.Optional;

/**
 * SCIM core Group (RFC 7643 section 4.2) to and from the unified group. The core schema has
 * {@code displayName}, {@code members} and {@code externalId} only: no description and no kind of group, so
 * every SCIM group is a {@link GroupType#GROUP} and neither is written on create (a server's own extension can
 * be written through {@code remote_data}).
 */
final class GroupMapper {

    private GroupMapper() {
    }

    static Group group(JsonNode resource) {
        return new Group(Resources.id(resource), Resources.text(resource, "displayName"), null, GroupType.GROUP, null,
                Resources.metaTime(resource, "created"), Resources.metaTime(resource, "lastModified"), resource);
    }

    static ObjectNode createBody(GroupInput input) {
        ObjectNode body = Json.mapper().createObjectNode();
        body.putArray("schemas").add(Resources.CORE_GROUP);
        body.put("displayName", input.name());
        return Resources.merged(body, input.remoteData());
    }

    /** Whether the group's {@code members} list names {@code userId}; ids are case-sensitive (RFC 7643 section 3.1). */
    static boolean hasMember(JsonNode group, String userId) {
        for (JsonNode member : group.path("members")) {
            if (userId.equals(Optional.ofNullable(Resources.text(member, "value")).map(String::strip).orElse(null))) {
                return true;
            }
        }
        return false;
    }
}
