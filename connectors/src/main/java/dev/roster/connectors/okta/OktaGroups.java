package dev.roster.connectors.okta;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.connectors.model.Group;
import dev.roster.connectors.model.GroupInput;
import dev.roster.connectors.model.GroupType;
import dev.roster.connectors.model.Json;

/**
 * Okta's Group object and the unified group. Every Okta group type (OKTA_GROUP, APP_GROUP, BUILT_IN) is a
 * plain "group": Okta has no team or department kind, and its type says where a group is managed, which
 * {@code remote_data.type} keeps.
 */
final class OktaGroups {
    static final String OKTA_GROUP = "OKTA_GROUP";

    private OktaGroups() {
    }

    static Group toGroup(JsonNode okta) {
        JsonNode profile = okta.path("profile");
        return new Group(OktaJson.text(okta, "id"), OktaJson.text(profile, "name"), OktaJson.text(profile, "description"),
                GroupType.GROUP, null, OktaJson.instant(okta, "created"), OktaJson.instant(okta, "lastUpdated"), okta);
    }

    /** {@code {"profile":{"name","description"}}}, with {@code remote_data} merged over it (a custom profile attribute). */
    static ObjectNode createBody(GroupInput input) {
        ObjectNode body = Json.mapper().createObjectNode();
        ObjectNode profile = body.putObject("profile");
        profile.put("name", input.name());
        if (input.description() != null) {
            profile.put("description", input.description());
        }
        return OktaJson.merge(body, input.remoteData());
    }

    /** The type that decides whether Roster may change the group's members. */
    static String type(JsonNode okta) {
        return okta.path("type").asText("");
    }
}
