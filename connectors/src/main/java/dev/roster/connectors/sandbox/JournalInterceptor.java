package dev.roster.connectors.sandbox;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedAddRequest;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedAddResult;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedDeleteRequest;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedDeleteResult;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedModifyDNRequest;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedModifyDNResult;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedModifyRequest;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedModifyResult;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedResult;
import com.unboundid.ldap.listener.interceptor.InMemoryOperationInterceptor;
import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.Control;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPResult;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldif.LDIFAddChangeRecord;
import com.unboundid.ldif.LDIFChangeRecord;
import com.unboundid.ldif.LDIFDeleteChangeRecord;
import com.unboundid.ldif.LDIFModifyChangeRecord;
import com.unboundid.ldif.LDIFModifyDNChangeRecord;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes every acknowledged write durable: after the in-memory server applied a write and before its
 * result goes back to the client, the entry's resulting state is appended to the journal and forced to
 * disk. If that fails, the client is told the write failed (unavailable, 52) and the Sandbox refuses
 * further writes until it is restarted, so nothing acknowledged can be lost.
 */
final class JournalInterceptor extends InMemoryOperationInterceptor {
    private static final Logger LOG = LoggerFactory.getLogger(JournalInterceptor.class);
    /** Kept current by the server itself on every modify: restated so a replay gives the same values. */
    private static final List<String> MODIFY_STAMPS = List.of("modifyTimestamp", "modifiersName");

    private volatile InMemoryDirectoryServer server;
    private volatile SandboxStore store;
    private volatile String failure;

    /** Starts journaling; before this (while loading) writes are not intercepted at all. */
    void attach(InMemoryDirectoryServer attachedServer, SandboxStore attachedStore) {
        this.server = attachedServer;
        this.store = attachedStore;
    }

    @Override
    public void processAddRequest(InMemoryInterceptedAddRequest request) throws LDAPException {
        refuseIfBroken();
    }

    @Override
    public void processModifyRequest(InMemoryInterceptedModifyRequest request) throws LDAPException {
        refuseIfBroken();
    }

    @Override
    public void processDeleteRequest(InMemoryInterceptedDeleteRequest request) throws LDAPException {
        refuseIfBroken();
    }

    @Override
    public void processModifyDNRequest(InMemoryInterceptedModifyDNRequest request) throws LDAPException {
        refuseIfBroken();
    }

    @Override
    public void processAddResult(InMemoryInterceptedAddResult result) {
        String dn = result.getRequest().getDN();
        persist(result, result.getResult(), () -> {
            SearchResultEntry stored = storedEntry(dn);
            return stored == null ? List.of() : List.of(ldif(new LDIFAddChangeRecord(stored)));
        }, result::setResult);
    }

    @Override
    public void processModifyResult(InMemoryInterceptedModifyResult result) {
        String dn = result.getRequest().getDN();
        List<Modification> requested = result.getRequest().getModifications();
        persist(result, result.getResult(), () -> {
            String record = restated(dn, requested);
            return record == null ? List.of() : List.of(record);
        }, result::setResult);
    }

    @Override
    public void processDeleteResult(InMemoryInterceptedDeleteResult result) {
        String dn = result.getRequest().getDN();
        persist(result, result.getResult(), () -> List.of(ldif(new LDIFDeleteChangeRecord(dn))), result::setResult);
    }

    @Override
    public void processModifyDNResult(InMemoryInterceptedModifyDNResult result) {
        var request = result.getRequest();
        persist(result, result.getResult(), () -> {
            LDIFModifyDNChangeRecord move = new LDIFModifyDNChangeRecord(request.getDN(), request.getNewRDN(),
                    request.deleteOldRDN(), request.getNewSuperiorDN());
            List<String> records = new ArrayList<>();
            records.add(ldif(move));
            SearchResultEntry moved = storedEntry(move.getNewDN().toString());
            if (moved != null) {
                records.add(ldif(new LDIFAddChangeRecord(moved)));
            }
            return records;
        }, result::setResult);
    }

    private interface ResultSetter {
        void set(LDAPResult result);
    }

    private void persist(InMemoryInterceptedResult intercepted, LDAPResult result, Callable<List<String>> records,
                         ResultSetter setter) {
        if (result.getResultCode() != ResultCode.SUCCESS || store == null) {
            return;
        }
        try {
            store.journal(records);
        } catch (Exception e) {
            failure = e.getMessage();
            LOG.error("Sandbox could not save a change to its journal; refusing writes until restarted", e);
            setter.set(new LDAPResult(intercepted.getMessageID(), ResultCode.UNAVAILABLE,
                    "the sandbox could not save this change (" + e.getMessage() + "); restart Roster", null, (String[]) null,
                    (Control[]) null));
        }
    }

    private void refuseIfBroken() throws LDAPException {
        if (failure != null) {
            throw new LDAPException(ResultCode.UNAVAILABLE, "the sandbox could not save an earlier change (" + failure
                    + ") and accepts no writes until Roster is restarted");
        }
    }

    /** Each attribute the request touched, replaced by its values now (none: the attribute is gone). */
    private String restated(String dn, List<Modification> requested) throws LDAPException {
        SearchResultEntry stored = storedEntry(dn);
        if (stored == null) {
            return null;
        }
        Set<String> names = new LinkedHashSet<>();
        requested.forEach(m -> names.add(m.getAttributeName().toLowerCase(Locale.ROOT)));
        MODIFY_STAMPS.forEach(n -> names.add(n.toLowerCase(Locale.ROOT)));
        List<Modification> replaces = new ArrayList<>();
        for (String name : names) {
            Attribute now = stored.getAttribute(name);
            replaces.add(now == null ? new Modification(ModificationType.REPLACE, name)
                    : new Modification(ModificationType.REPLACE, now.getName(), now.getRawValues()));
        }
        return ldif(new LDIFModifyChangeRecord(dn, replaces));
    }

    /** One record as LDIF lines joined by newlines, unwrapped: one JSON string in the journal. */
    private static String ldif(LDIFChangeRecord record) {
        return String.join("\n", record.toLDIF());
    }

    /** The entry as stored, operational attributes included. */
    private SearchResultEntry storedEntry(String dn) throws LDAPException {
        return server.getEntry(new DN(dn).toString(), "*", "+");
    }
}
