package dev.roster.connectors.ldap;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedAddRequest;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedDeleteRequest;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedModifyDNRequest;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedModifyRequest;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedRequest;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedSimpleBindResult;
import com.unboundid.ldap.listener.interceptor.InMemoryOperationInterceptor;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.ResultCode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Two OpenLDAP behaviours the in-memory server lacks. RFC 4519's rule, enforced by OpenLDAP and not by
 * UnboundID's schema: a groupOfNames needs a member and a groupOfUniqueNames a uniqueMember, on add and
 * after a modify (objectClassViolation, 65). And an ACL: only the writer DN may write, anyone bound may
 * read (insufficientAccessRights, 50), like the usual {@code access to * by dn=... write by users read}.
 */
public final class OpenLdapRules extends InMemoryOperationInterceptor {
    private final DN writer;
    private final Map<Long, DN> boundAs = new ConcurrentHashMap<>();
    private volatile InMemoryDirectoryServer server;

    public OpenLdapRules(DN writer) {
        this.writer = writer;
    }

    /** The server whose entries a modify is checked against; it exists only after its config. */
    void attach(InMemoryDirectoryServer attached) {
        this.server = attached;
    }

    @Override
    public void processSimpleBindResult(InMemoryInterceptedSimpleBindResult result) {
        if (result.getResult().getResultCode() == ResultCode.SUCCESS) {
            try {
                boundAs.put(result.getConnectionID(), new DN(result.getRequest().getBindDN()));
            } catch (LDAPException e) {
                boundAs.remove(result.getConnectionID());
            }
        } else {
            boundAs.remove(result.getConnectionID());
        }
    }

    @Override
    public void processAddRequest(InMemoryInterceptedAddRequest request) throws LDAPException {
        requireWriter(request, request.getRequest().getDN());
        requireMember(request.getRequest().toEntry());
    }

    @Override
    public void processModifyRequest(InMemoryInterceptedModifyRequest request) throws LDAPException {
        requireWriter(request, request.getRequest().getDN());
        Entry current = server.getEntry(request.getRequest().getDN());
        if (current == null) {
            return;
        }
        Entry after;
        try {
            after = Entry.applyModifications(current, true, request.getRequest().getModifications());
        } catch (LDAPException invalidModification) {
            return; // the server itself refuses it, with the proper code
        }
        requireMember(after);
    }

    @Override
    public void processDeleteRequest(InMemoryInterceptedDeleteRequest request) throws LDAPException {
        requireWriter(request, request.getRequest().getDN());
    }

    @Override
    public void processModifyDNRequest(InMemoryInterceptedModifyDNRequest request) throws LDAPException {
        requireWriter(request, request.getRequest().getDN());
    }

    private void requireWriter(InMemoryInterceptedRequest request, String target) throws LDAPException {
        if (!writer.equals(boundAs.get(request.getConnectionID()))) {
            throw new LDAPException(ResultCode.INSUFFICIENT_ACCESS_RIGHTS, "no write access to the parent of " + target);
        }
    }

    private static void requireMember(Entry entry) throws LDAPException {
        if (entry.hasObjectClass("groupOfNames") && !entry.hasAttribute("member")) {
            throw new LDAPException(ResultCode.OBJECT_CLASS_VIOLATION, "object class 'groupOfNames' requires attribute 'member'");
        }
        if (entry.hasObjectClass("groupOfUniqueNames") && !entry.hasAttribute("uniqueMember")) {
            throw new LDAPException(ResultCode.OBJECT_CLASS_VIOLATION,
                    "object class 'groupOfUniqueNames' requires attribute 'uniqueMember'");
        }
    }
}
