package dev.roster.connectors.sandbox;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedAddResult;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedDeleteResult;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedModifyDNResult;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedModifyResult;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedSearchEntry;
import com.unboundid.ldap.listener.interceptor.InMemoryOperationInterceptor;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPResult;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A computed {@code memberOf} on people entries, like OpenLDAP's memberof overlay or AD, so that a user's
 * groups show in the Sandbox; returned only when a search asks for it by name or with "+", and not usable
 * in a filter. The in-memory server would answer "which groups have this member" by parsing every member
 * value of every candidate group (All Staff alone has 2,500), so a reverse index is built instead, once,
 * and dropped after any write.
 */
final class MemberOfAttribute extends InMemoryOperationInterceptor {
    private final DN groupBase;
    private final AtomicLong writes = new AtomicLong();
    private volatile InMemoryDirectoryServer server;
    private volatile Map<DN, List<String>> groupsByMember;

    MemberOfAttribute(DN groupBase) {
        this.groupBase = groupBase;
    }

    void attach(InMemoryDirectoryServer attached) {
        this.server = attached;
    }

    @Override
    public void processAddResult(InMemoryInterceptedAddResult result) {
        changed(result.getResult());
    }

    @Override
    public void processModifyResult(InMemoryInterceptedModifyResult result) {
        changed(result.getResult());
    }

    @Override
    public void processDeleteResult(InMemoryInterceptedDeleteResult result) {
        changed(result.getResult());
    }

    @Override
    public void processModifyDNResult(InMemoryInterceptedModifyDNResult result) {
        changed(result.getResult());
    }

    @Override
    public void processSearchEntry(InMemoryInterceptedSearchEntry intercepted) {
        List<String> requested = intercepted.getRequest().getAttributeList();
        if (server == null || requested.stream().noneMatch(a -> a.equalsIgnoreCase("memberOf") || a.equals("+"))) {
            return;
        }
        SearchResultEntry entry = intercepted.getSearchEntry();
        if (!entry.hasObjectClass("inetOrgPerson")) {
            return;
        }
        try {
            List<String> groups = index().get(entry.getParsedDN());
            if (groups != null) {
                Entry withGroups = entry.duplicate();
                withGroups.setAttribute("memberOf", groups);
                intercepted.setSearchEntry(withGroups);
            }
        } catch (LDAPException e) {
            // the entry goes out without memberOf rather than failing the search
        }
    }

    private void changed(LDAPResult result) {
        if (result.getResultCode() == ResultCode.SUCCESS) {
            synchronized (writes) {
                writes.incrementAndGet();
                groupsByMember = null;
            }
        }
    }

    private Map<DN, List<String>> index() throws LDAPException {
        Map<DN, List<String>> current = groupsByMember;
        if (current != null) {
            return current;
        }
        long before = writes.get();
        Map<DN, List<String>> built = new HashMap<>();
        for (SearchResultEntry group : server.search(groupBase.toString(), SearchScope.SUB,
                Filter.createPresenceFilter("member"), "member").getSearchEntries()) {
            for (String member : group.getAttributeValues("member")) {
                try {
                    built.computeIfAbsent(new DN(member), k -> new ArrayList<>(4)).add(group.getDN());
                } catch (LDAPException notADn) {
                    // a malformed member value points at nobody
                }
            }
        }
        // keep it only if no write happened while it was built; else it is used once and rebuilt next time
        synchronized (writes) {
            if (writes.get() == before) {
                groupsByMember = built;
            }
        }
        return built;
    }
}
