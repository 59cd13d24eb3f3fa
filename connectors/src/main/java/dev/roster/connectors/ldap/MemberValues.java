package dev.roster.connectors.ldap;

import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.ErrorKind;
import dev.roster.connectors.trace.Exchange;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads all values of a group's member attribute in the order the server keeps them. Active Directory
 * returns at most 1500 values at once, as {@code member;range=0-1499}; the rest is asked for range by
 * range ({@code member;range=1500-*}) until a range ends in {@code *}.
 */
final class MemberValues {
    private static final Pattern RANGE = Pattern.compile("(?i)range=(\\d+)-(\\d+|\\*)");
    private static final int MAX_RANGE_READS = 10_000;

    /** The values (placeholder excluded) and the exchange of the last read. */
    record Read(List<DN> members, Exchange exchange) {
    }

    private MemberValues() {
    }

    static Read read(LDAPConnection connection, LdapCalls calls, DN group, Filter groupClass, String memberAttribute,
                     DN placeholder) {
        List<DN> members = new ArrayList<>();
        String requested = memberAttribute;
        Exchange exchange = null;
        for (int reads = 0; reads < MAX_RANGE_READS; reads++) {
            SearchRequest request = new SearchRequest(group.toString(), SearchScope.BASE, groupClass, requested);
            LdapCalls.Searched read = calls.search(connection, request, "read the members of " + group,
                    Set.of(ResultCode.NO_SUCH_OBJECT));
            exchange = read.exchange();
            if (read.entries().isEmpty()) {
                throw DirectoryException.coded(ErrorKind.NOT_FOUND, ErrorCode.LDAP_NO_GROUP,
                        group).withAnswer(ResultCode.NO_SUCH_OBJECT_INT_VALUE, null, null);
            }
            SearchResultEntry entry = read.entries().getFirst();
            Attribute ranged = ranged(entry, memberAttribute);
            Attribute values = ranged != null ? ranged : entry.getAttribute(memberAttribute);
            if (values != null) {
                for (String value : values.getValues()) {
                    DN dn = Dns.fromServer(value);
                    if (!dn.equals(placeholder)) {
                        members.add(dn);
                    }
                }
            }
            if (ranged == null) {
                return new Read(members, exchange);
            }
            Matcher range = range(ranged);
            if (range.group(2).equals("*")) {
                return new Read(members, exchange);
            }
            requested = memberAttribute + ";range=" + (Long.parseLong(range.group(2)) + 1) + "-*";
        }
        throw DirectoryException.coded(ErrorKind.PROTOCOL, ErrorCode.MEMBER_RANGE_READS, group, MAX_RANGE_READS);
    }

    private static Attribute ranged(SearchResultEntry entry, String memberAttribute) {
        for (Attribute attribute : entry.getAttributes()) {
            if (attribute.getBaseName().equalsIgnoreCase(memberAttribute)
                    && attribute.getOptions().stream().anyMatch(o -> RANGE.matcher(o).matches())) {
                return attribute;
            }
        }
        return null;
    }

    private static Matcher range(Attribute attribute) {
        for (String option : attribute.getOptions()) {
            Matcher m = RANGE.matcher(option);
            if (m.matches()) {
                return m;
            }
        }
        throw new IllegalStateException("checked by ranged()");
    }
}
