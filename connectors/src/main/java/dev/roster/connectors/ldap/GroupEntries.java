package dev.roster.connectors.ldap;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.RDN;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.model.GroupInput;
import dev.roster.connectors.model.GroupType;

/**
 * The entry a create-group call adds: {@code cn=<name>} under the group base, the configured object
 * class, the description, the group type as {@code businessCategory}, and for groupOfNames /
 * groupOfUniqueNames the {@link Placeholder} as first member. Active Directory groups also get
 * {@code sAMAccountName} (the name) and a {@code groupType} (global security group), which
 * {@code remote_data} may override.
 */
final class GroupEntries {
    private final LdapConfig config;

    GroupEntries(LdapConfig config) {
        this.config = config;
    }

    Entry create(GroupInput input) {
        String name = input.name().strip();
        Entry entry = new Entry(new DN(new RDN("cn", name), config.groupBase()));
        GroupFlavor flavor = config.groupFlavor();
        entry.addAttribute("objectClass", "top", flavor.objectClass());
        entry.addAttribute("cn", name);
        if (input.description() != null && !input.description().isBlank()) {
            entry.addAttribute("description", input.description());
        }
        if (flavor.activeDirectory()) {
            if (input.groupType() != null && input.groupType() != GroupType.GROUP) {
                throw DirectoryException.invalid(ErrorCode.AD_NO_GROUP_TYPE, input.groupType().wireName());
            }
            entry.addAttribute("sAMAccountName", name);
            entry.addAttribute("groupType", GroupFlavor.AD_GLOBAL_SECURITY_GROUP);
        } else if (input.groupType() != null) {
            entry.addAttribute(GroupMapper.TYPE_ATTRIBUTE, input.groupType().wireName());
        }
        if (flavor.memberRequired()) {
            entry.addAttribute(config.memberAttribute(), Placeholder.VALUE);
        }
        RemoteData.merge(entry, input.remoteData());
        return entry;
    }
}
