package dev.roster.connectors.scim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.ErrorKind;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Reading the parts every SCIM resource shares (RFC 7643 section 3.1): id, meta, plain string attributes. */
final class Resources {
    static final String CORE_USER = "urn:ietf:params:scim:schemas:core:2.0:User";
    static final String CORE_GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group";

    private Resources() {
    }

    /** The resource's {@code id}; a resource without one cannot be addressed again, so the answer is not SCIM. */
    static String id(JsonNode resource) {
        return id(resource, "id");
    }

    /** The id in {@code field}: {@code id} of a resource, {@code value} of a member reference. */
    static String id(JsonNode node, String field) {
        String id = text(node, field);
        if (id == null || id.isBlank()) {
            throw DirectoryException.coded(ErrorKind.PROTOCOL, ErrorCode.SCIM_RESOURCE_WITHOUT_ID);
        }
        return id;
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() ? value.asText() : null;
    }

    /** {@code meta.created} / {@code meta.lastModified}: xsd:dateTime (RFC 7643 section 2.3.5), so an offset may be given. */
    static Instant metaTime(JsonNode resource, String field) {
        String raw = text(resource.path("meta"), field);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(raw.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw DirectoryException.coded(ErrorKind.PROTOCOL, ErrorCode.SCIM_BAD_DATE_TIME, field, raw);
        }
    }

    /** The caller's {@code remote_data} over Roster's body: what the user wrote wins, field by field at the top. */
    static ObjectNode merged(ObjectNode body, ObjectNode remoteData) {
        if (remoteData != null) {
            body.setAll(remoteData);
        }
        return body;
    }
}
