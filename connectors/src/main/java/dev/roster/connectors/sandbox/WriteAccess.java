package dev.roster.connectors.sandbox;

import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedAddRequest;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedDeleteRequest;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedModifyDNRequest;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedModifyRequest;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedRequest;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedSimpleBindResult;
import com.unboundid.ldap.listener.interceptor.InMemoryOperationInterceptor;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.ResultCode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Sandbox's access control, the usual OpenLDAP one: anyone bound may read, only the service account
 * may write; others get insufficientAccessRights (50), so permission errors can be tried out by binding
 * as one of the demo users. The in-memory server has no ACLs of its own and no hook telling who a
 * connection is bound as, hence the bind tracking.
 */
final class WriteAccess extends InMemoryOperationInterceptor {
    private static final int TRACKED_CONNECTIONS = 4_096;

    private final DN writer;
    /** Connection id to the DN it is bound as; oldest connections forgotten first, ids are never reused. */
    private final Map<Long, DN> boundAs = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, DN> eldest) {
            return size() > TRACKED_CONNECTIONS;
        }
    });

    WriteAccess(DN writer) {
        this.writer = writer;
    }

    @Override
    public void processSimpleBindResult(InMemoryInterceptedSimpleBindResult result) {
        boundAs.remove(result.getConnectionID());
        if (result.getResult().getResultCode() == ResultCode.SUCCESS) {
            try {
                boundAs.put(result.getConnectionID(), new DN(result.getRequest().getBindDN()));
            } catch (LDAPException unparsable) {
                // a successful bind has a valid DN; if not, the connection simply cannot write
            }
        }
    }

    // feature: connection-check
    /**
     * Answers the get-effective-rights control (1.3.6.1.4.1.42.2.27.9.5.2) as the servers that have it do, so
     * "test connection" can ask what the bound account may write: when a search carries the control and asks for
     * {@code aclRights}, each entry gets {@code aclRights;entryLevel} and, per attribute the control names,
     * {@code aclRights;attributeLevel;ATTR} (the Sun/389 DS value syntax), from this class's one rule.
     */
    @Override
    public void processSearchEntry(com.unboundid.ldap.listener.interceptor.InMemoryInterceptedSearchEntry entry) {
        var request = entry.getRequest();
        com.unboundid.ldap.sdk.Control control = request.getControl(
                com.unboundid.ldap.sdk.unboundidds.controls.GetEffectiveRightsRequestControl.GET_EFFECTIVE_RIGHTS_REQUEST_OID);
        if (control == null || request.getAttributeList().stream().noneMatch("aclRights"::equalsIgnoreCase)) {
            return;
        }
        String[] attributes;
        try {
            attributes = new com.unboundid.ldap.sdk.unboundidds.controls.GetEffectiveRightsRequestControl(control).getAttributes();
        } catch (LDAPException malformed) {
            return;
        }
        int w = writer.equals(boundAs.get(entry.getConnectionID())) ? 1 : 0;
        com.unboundid.ldap.sdk.Entry answered = entry.getSearchEntry().duplicate();
        answered.addAttribute("aclRights;entryLevel", "add:" + w + ",delete:" + w + ",read:1,write:" + w + ",proxy:0");
        for (String attribute : attributes) {
            answered.addAttribute("aclRights;attributeLevel;" + attribute, "search:1,read:1,compare:1,write:" + w
                    + ",selfwrite_add:" + w + ",selfwrite_delete:" + w + ",proxy:0");
        }
        entry.setSearchEntry(answered);
    }

    @Override
    public void processAddRequest(InMemoryInterceptedAddRequest request) throws LDAPException {
        require(request, request.getRequest().getDN());
    }

    @Override
    public void processModifyRequest(InMemoryInterceptedModifyRequest request) throws LDAPException {
        require(request, request.getRequest().getDN());
    }

    @Override
    public void processDeleteRequest(InMemoryInterceptedDeleteRequest request) throws LDAPException {
        require(request, request.getRequest().getDN());
    }

    @Override
    public void processModifyDNRequest(InMemoryInterceptedModifyDNRequest request) throws LDAPException {
        require(request, request.getRequest().getDN());
    }

    private void require(InMemoryInterceptedRequest request, String target) throws LDAPException {
        if (!writer.equals(boundAs.get(request.getConnectionID()))) {
            throw new LDAPException(ResultCode.INSUFFICIENT_ACCESS_RIGHTS, "no write access to " + target
                    + ": only the Roster service account may change the Sandbox");
        }
    }
}
