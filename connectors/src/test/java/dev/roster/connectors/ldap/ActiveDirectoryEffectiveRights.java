package dev.roster.connectors.ldap;

import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedSearchEntry;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedSimpleBindResult;
import com.unboundid.ldap.listener.interceptor.InMemoryOperationInterceptor;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.ResultCode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

// feature: connection-check
/**
 * Active Directory's constructed attributes that tell the bound account what it may do to an entry, computed only
 * when asked for by name: {@code allowedChildClassesEffective} (the object classes it may create below the entry)
 * and {@code allowedAttributesEffective} (the attributes it may write on it). Here from the same rule as
 * {@link OpenLdapRules}: the writer DN may create groups and write {@code member}, everyone else nothing (AD then
 * returns the attribute with no values, that is, leaves it out).
 */
final class ActiveDirectoryEffectiveRights extends InMemoryOperationInterceptor {
    private final DN writer;
    private final Map<Long, DN> boundAs = new ConcurrentHashMap<>();

    ActiveDirectoryEffectiveRights(DN writer) {
        this.writer = writer;
    }

    @Override
    public void processSimpleBindResult(InMemoryInterceptedSimpleBindResult result) {
        boundAs.remove(result.getConnectionID());
        if (result.getResult().getResultCode() == ResultCode.SUCCESS) {
            try {
                boundAs.put(result.getConnectionID(), new DN(result.getRequest().getBindDN()));
            } catch (LDAPException e) {
                // cannot write then
            }
        }
    }

    @Override
    public void processSearchEntry(InMemoryInterceptedSearchEntry entry) {
        var attributes = entry.getRequest().getAttributeList();
        boolean children = attributes.stream().anyMatch("allowedChildClassesEffective"::equalsIgnoreCase);
        boolean writable = attributes.stream().anyMatch("allowedAttributesEffective"::equalsIgnoreCase);
        if (!writer.equals(boundAs.get(entry.getConnectionID())) || !children && !writable) {
            return;
        }
        Entry answered = entry.getSearchEntry().duplicate();
        if (children) {
            answered.addAttribute("allowedChildClassesEffective", "group", "groupOfNames", "organizationalUnit");
        }
        if (writable) {
            answered.addAttribute("allowedAttributesEffective", "member", "description", "cn");
        }
        entry.setSearchEntry(answered);
    }
}
