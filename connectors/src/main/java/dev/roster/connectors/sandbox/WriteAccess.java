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
