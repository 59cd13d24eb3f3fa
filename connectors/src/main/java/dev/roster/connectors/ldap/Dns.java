package dev.roster.connectors.ldap;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.LDAPException;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.ErrorKind;

/**
 * Ids are entry DNs. They are parsed here, before anything is sent, and compared only as parsed
 * {@link DN}s: servers return DNs in their own spelling ({@code \2C} for a comma, other case) and member
 * values keep whatever spelling they were written with.
 */
final class Dns {
    private Dns() {
    }

    /** The value as a DN, or a validation error naming the field. */
    static DN parse(String field, String value) {
        if (value == null || value.isBlank()) {
            throw DirectoryException.invalid(ErrorCode.DN_REQUIRED, field);
        }
        try {
            DN dn = new DN(value.strip());
            if (dn.isNullDN()) {
                throw DirectoryException.invalid(ErrorCode.DN_EMPTY, field);
            }
            return dn;
        } catch (LDAPException e) {
            throw DirectoryException.invalid(ErrorCode.NOT_A_DN, field, value, e.getMessage());
        }
    }

    /** A DN the server sent; a malformed one is the server's fault. */
    static DN fromServer(String value) {
        try {
            return new DN(value);
        } catch (LDAPException e) {
            throw DirectoryException.caused(ErrorKind.PROTOCOL, e, ErrorCode.MALFORMED_DN_FROM_SERVER,
                    value, e.getDiagnosticMessage());
        }
    }

    /** The value of the first RDN when its attribute is {@code attribute}, e.g. the cn of a memberOf DN. */
    static String leafValue(DN dn, String attribute) {
        if (dn.getRDN() == null) {
            return null;
        }
        String[] names = dn.getRDN().getAttributeNames();
        String[] values = dn.getRDN().getAttributeValues();
        for (int i = 0; i < names.length; i++) {
            if (names[i].equalsIgnoreCase(attribute)) {
                return values[i];
            }
        }
        return null;
    }
}
