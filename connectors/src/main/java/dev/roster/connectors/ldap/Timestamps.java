package dev.roster.connectors.ldap;

import com.unboundid.ldap.sdk.Entry;
import com.unboundid.util.StaticUtils;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.ErrorKind;
import java.text.ParseException;
import java.time.Instant;

/** Generalized-time attributes (createTimestamp, AD's whenCreated ...) as instants. */
final class Timestamps {
    private Timestamps() {
    }

    /** The first of {@code names} the entry has, parsed; null when it has none; PROTOCOL when malformed. */
    static Instant first(Entry entry, String... names) {
        for (String name : names) {
            String value = entry.getAttributeValue(name);
            if (value != null) {
                try {
                    return StaticUtils.decodeGeneralizedTime(value).toInstant();
                } catch (ParseException e) {
                    throw DirectoryException.caused(ErrorKind.PROTOCOL, e, ErrorCode.NOT_A_GENERALIZED_TIME,
                            entry.getDN(), name, value);
                }
            }
        }
        return null;
    }
}
