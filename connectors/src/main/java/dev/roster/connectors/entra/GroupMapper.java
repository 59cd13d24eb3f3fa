package dev.roster.connectors.entra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.model.Group;
import dev.roster.connectors.model.GroupInput;
import dev.roster.connectors.model.GroupType;
import dev.roster.connectors.model.Json;

/**
 * Graph groups and unified groups. {@code group_type} team is a Microsoft 365 group ({@code groupTypes:
 * ["Unified"]}, mail-enabled, not a security group); group is a security group ({@code groupTypes: []},
 * {@code securityEnabled: true}); Entra ID has nothing that a department would be. Read back, a group whose
 * groupTypes has Unified is a team, any other a group.
 */
final class GroupMapper {
    static final String UNIFIED = "Unified";
    static final String DYNAMIC = "DynamicMembership";

    private GroupMapper() {
    }

    static Group toGroup(JsonNode g) {
        return new Group(g.path("id").asText(null), Nodes.text(g, "displayName"), Nodes.text(g, "description"),
                hasType(g, UNIFIED) ? GroupType.TEAM : GroupType.GROUP, null, Nodes.instant(g, "createdDateTime"), null, g);
    }

    static boolean isDynamic(JsonNode g) {
        return hasType(g, DYNAMIC);
    }

    /** The POST /groups body; remote_data (mailNickname, visibility, ...) overrides what is derived here. */
    static ObjectNode toBody(GroupInput input) {
        GroupType type = input.groupType() == null ? GroupType.GROUP : input.groupType();
        if (type == GroupType.DEPARTMENT) {
            throw DirectoryException.invalid(ErrorCode.ENTRA_NO_GROUP_TYPE, type.wireName());
        }
        boolean unified = type == GroupType.TEAM;
        ObjectNode body = Json.mapper().createObjectNode();
        body.put("displayName", input.name());
        if (input.description() != null) {
            body.put("description", input.description());
        }
        body.put("mailNickname", Nodes.mailNickname(input.name(), "group"));
        body.put("mailEnabled", unified);
        body.put("securityEnabled", !unified);
        body.putArray("groupTypes");
        if (unified) {
            body.withArray("groupTypes").add(UNIFIED);
        }
        if (input.remoteData() != null) {
            body.setAll(input.remoteData());
        }
        return body;
    }

    private static boolean hasType(JsonNode g, String type) {
        for (JsonNode t : g.path("groupTypes")) {
            if (type.equalsIgnoreCase(t.asText())) {
                return true;
            }
        }
        return false;
    }
}
