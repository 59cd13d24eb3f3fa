package dev.roster.connectors.ldap;

import com.unboundid.ldap.sdk.Entry;
import dev.roster.connectors.model.Group;
import dev.roster.connectors.model.GroupType;

/**
 * A group entry as a unified {@link Group}; the mapping table is in this package's README. The group type
 * is read from {@code businessCategory} (team, department or group; anything else or nothing: group),
 * since LDAP has no such notion and businessCategory is allowed on groupOfNames and groupOfUniqueNames.
 */
final class GroupMapper {
    /** Operational attributes are only returned when asked for by name. */
    static final String[] ATTRIBUTES = {"*", "createTimestamp", "modifyTimestamp", "entryUUID"};
    static final String TYPE_ATTRIBUTE = "businessCategory";

    Group group(Entry entry) {
        return new Group(
                entry.getDN(),
                entry.getAttributeValue("cn"),
                entry.getAttributeValue("description"),
                type(entry),
                null,
                Timestamps.first(entry, "createTimestamp", "whenCreated"),
                Timestamps.first(entry, "modifyTimestamp", "whenChanged"),
                EntryJson.entry(entry));
    }

    static GroupType type(Entry entry) {
        String[] categories = entry.getAttributeValues(TYPE_ATTRIBUTE);
        if (categories != null) {
            for (String category : categories) {
                for (GroupType type : GroupType.values()) {
                    if (type.wireName().equalsIgnoreCase(category.strip())) {
                        return type;
                    }
                }
            }
        }
        return GroupType.GROUP;
    }
}
