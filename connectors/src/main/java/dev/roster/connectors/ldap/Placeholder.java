package dev.roster.connectors.ldap;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.LDAPException;

/**
 * The member value that keeps a groupOfNames or groupOfUniqueNames valid while it has no real member,
 * since RFC 4519 requires at least one and OpenLDAP enforces that. It is the DN Keycloak's LDAP group
 * mapper uses for the same purpose, so groups shared with Keycloak agree. It points at no entry; Roster
 * never lists it as a member, and leaves it in place when real members are added (removing it would make
 * the next "remove last member" fail).
 */
final class Placeholder {
    static final String VALUE = LdapConnectorProvider.EMPTY_GROUP_MEMBER;
    static final DN PARSED = parse();

    private Placeholder() {
    }

    private static DN parse() {
        try {
            return new DN(VALUE);
        } catch (LDAPException e) {
            throw new IllegalStateException(e);
        }
    }
}
