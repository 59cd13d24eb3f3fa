package dev.roster.connectors.ldap;

import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.ldap.sdk.unboundidds.controls.AttributeRight;
import com.unboundid.ldap.sdk.unboundidds.controls.EffectiveRightsEntry;
import com.unboundid.ldap.sdk.unboundidds.controls.EntryRight;
import com.unboundid.ldap.sdk.unboundidds.controls.GetEffectiveRightsRequestControl;
import dev.roster.connectors.ConnectionReport;
import dev.roster.connectors.ConnectionReport.Check;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

// feature: connection-check
/**
 * What the bind account may write on the group base, asked of the server without writing anything, by the two
 * ways servers offer: the get-effective-rights control (OID 1.3.6.1.4.1.42.2.27.9.5.2: Oracle/Sun DS, 389 DS,
 * Ping Identity and UnboundID servers; rights in {@code aclRights}) and Active Directory's constructed attributes
 * {@code allowedChildClassesEffective} / {@code allowedAttributesEffective}. The control is sent non-critical,
 * so a server that knows neither simply answers the read, and the check is NOT_CHECKED, saying so. OpenLDAP has
 * neither (its ACLs are evaluated only on a real operation).
 */
final class LdapRights {
    static final String ACL_RIGHTS = "aclRights";
    static final String AD_CHILD_CLASSES = "allowedChildClassesEffective";
    static final String AD_ATTRIBUTES = "allowedAttributesEffective";

    private final LdapConfig config;
    private final LdapCalls calls;
    private final LdapQueries queries;

    LdapRights(LdapConfig config, LdapCalls calls, LdapQueries queries) {
        this.config = config;
        this.calls = calls;
        this.queries = queries;
    }

    Check check(LDAPConnection connection) {
        String base = config.groupBase().toString();
        SearchResultEntry baseEntry = first(connection, base, SearchScope.BASE, Filter.createPresenceFilter("objectClass"),
                "read the rights on " + base);
        SearchResultEntry group = first(connection, base, SearchScope.SUB, queries.groupClass(), "read the rights on a group under " + base);
        if (baseEntry == null) {
            return Check.notChecked(ConnectionReport.PERMISSIONS, "the group base " + base + " cannot be read");
        }
        String member = config.memberAttribute();
        if (baseEntry.hasAttribute(AD_CHILD_CLASSES) || group != null && group.hasAttribute(AD_ATTRIBUTES)) {
            boolean create = contains(baseEntry.getAttributeValues(AD_CHILD_CLASSES), config.groupFlavor().objectClass());
            Boolean members = group == null ? null : contains(group.getAttributeValues(AD_ATTRIBUTES), member);
            return verdict(create, members, "Active Directory's " + AD_CHILD_CLASSES + " and " + AD_ATTRIBUTES, base);
        }
        EffectiveRightsEntry rights = new EffectiveRightsEntry(baseEntry);
        if (rights.rightsInformationAvailable()) {
            boolean create = rights.hasEntryRight(EntryRight.ADD);
            Boolean members = null;
            if (group != null) {
                EffectiveRightsEntry groupRights = new EffectiveRightsEntry(group);
                members = groupRights.rightsInformationAvailable() ? groupRights.hasAttributeRight(AttributeRight.WRITE, member) : null;
            }
            return verdict(create, members, "the server's effective rights (" + ACL_RIGHTS + ")", base);
        }
        return Check.notChecked(ConnectionReport.PERMISSIONS, "the server does not say what the account may write (it offers neither the"
                + " get-effective-rights control nor Active Directory's allowed*Effective attributes, as OpenLDAP does not):"
                + " write access shows at the first write");
    }

    private static Check verdict(boolean create, Boolean members, String source, String base) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("group_base", base);
        details.put("may_create_groups", Boolean.toString(create));
        details.put("may_change_members", members == null ? "unknown (no group to ask about)" : members.toString());
        details.put("source", source);
        String summary = (create ? "may create groups" : "may not create groups") + " under " + base + "; "
                + (members == null ? "no group there to ask about members" : members ? "may change members" : "may not change members");
        return create && Boolean.TRUE.equals(members) ? Check.ok(ConnectionReport.PERMISSIONS, summary, details)
                : Check.warning(ConnectionReport.PERMISSIONS, summary, details);
    }

    private SearchResultEntry first(LDAPConnection connection, String base, SearchScope scope, Filter filter, String what) {
        SearchRequest request = new SearchRequest(base, scope, filter, ACL_RIGHTS, AD_CHILD_CLASSES, AD_ATTRIBUTES);
        request.setSizeLimit(1);
        // non-critical: a server without the control ignores it (RFC 4511 section 4.1.11) and just answers the read
        request.addControl(new GetEffectiveRightsRequestControl(false, "dn:" + config.bindDn(), config.memberAttribute()));
        List<SearchResultEntry> entries = calls.search(connection, request, what,
                Set.of(ResultCode.SIZE_LIMIT_EXCEEDED, ResultCode.NO_SUCH_OBJECT)).entries();
        return entries.isEmpty() ? null : entries.getFirst();
    }

    private static boolean contains(String[] values, String wanted) {
        return values != null && Arrays.stream(values).anyMatch(v -> v.toLowerCase(Locale.ROOT).equals(wanted.toLowerCase(Locale.ROOT)));
    }
}
