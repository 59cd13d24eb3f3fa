package dev.roster.connectors.scim;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Where a group's members are read from. {@code members} is part of the core Group schema (RFC 7643 section
 * 4.2), so every server that has groups can give it; filtering users by {@code groups.value} (RFC 7644
 * section 3.4.2.2 on the read-only User {@code groups} attribute) gives whole users and real paging, but many
 * servers implement only {@code userName eq} and {@code displayName eq} (the filters Okta and Entra send).
 */
enum MembersSource {
    GROUP, FILTER;

    String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static List<String> wireNames() {
        return Arrays.stream(values()).map(MembersSource::wireName).toList();
    }

    /** The value was checked against {@link #wireNames()} by the setting's choices. */
    static MembersSource of(String wireName) {
        return valueOf(wireName.strip().toUpperCase(Locale.ROOT));
    }
}
