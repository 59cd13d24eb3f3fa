package dev.roster.connectors.ldap;

import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import java.util.Arrays;
import java.util.List;

/**
 * The three kinds of group entry Roster writes. RFC 4519 makes the member attribute mandatory in
 * groupOfNames and groupOfUniqueNames (OpenLDAP enforces it: an empty group and removing the last member
 * are refused with objectClassViolation), so those two carry a placeholder member while they have no real
 * one; Active Directory's {@code group} may be empty.
 */
enum GroupFlavor {
    GROUP_OF_NAMES("groupOfNames", "member", true),
    GROUP_OF_UNIQUE_NAMES("groupOfUniqueNames", "uniqueMember", true),
    ACTIVE_DIRECTORY("group", "member", false);

    /** AD's groupType for a global security group (0x80000002), what "New Group" in ADUC creates. */
    static final String AD_GLOBAL_SECURITY_GROUP = "-2147483646";

    private final String objectClass;
    private final String defaultMemberAttribute;
    private final boolean memberRequired;

    GroupFlavor(String objectClass, String defaultMemberAttribute, boolean memberRequired) {
        this.objectClass = objectClass;
        this.defaultMemberAttribute = defaultMemberAttribute;
        this.memberRequired = memberRequired;
    }

    String objectClass() {
        return objectClass;
    }

    String defaultMemberAttribute() {
        return defaultMemberAttribute;
    }

    /** The schema requires at least one member value, so an empty group holds the placeholder. */
    boolean memberRequired() {
        return memberRequired;
    }

    boolean activeDirectory() {
        return this == ACTIVE_DIRECTORY;
    }

    static List<String> objectClasses() {
        return Arrays.stream(values()).map(GroupFlavor::objectClass).toList();
    }

    static GroupFlavor of(String objectClass) {
        for (GroupFlavor flavor : values()) {
            if (flavor.objectClass.equalsIgnoreCase(objectClass.strip())) {
                return flavor;
            }
        }
        throw DirectoryException.invalid(ErrorCode.GROUP_OBJECT_CLASS_UNKNOWN, objectClasses(), objectClass);
    }
}
