package dev.roster.connectors.ldap;

import com.unboundid.asn1.ASN1OctetString;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedSearchRequest;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedSearchResult;
import com.unboundid.ldap.listener.interceptor.InMemoryOperationInterceptor;
import com.unboundid.ldap.sdk.Control;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPResult;
import com.unboundid.ldap.sdk.ReadOnlySearchRequest;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.controls.SimplePagedResultsControl;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Makes the in-memory server treat paged-results cookies the way OpenLDAP does. UnboundID's cookie is the
 * plain offset and works on any connection, so a connector handing out the bare cookie as its cursor would
 * pass every test against it and fail on OpenLDAP. Here each cookie the server sends is swapped for a
 * random token tied to the connection; a token shown on another connection, twice, or after a new paged
 * search started on the same connection (OpenLDAP keeps one per connection) is refused with protocolError
 * "paged results cookie is invalid".
 */
public final class ConnectionBoundCookies extends InMemoryOperationInterceptor {
    private record Issued(long connectionId, ASN1OctetString serverCookie) {
    }

    private final Map<String, Issued> issued = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final AtomicInteger refused = new AtomicInteger();

    /** How many cookies were refused; a connector that resumes properly never shows one that fails. */
    public int refused() {
        return refused.get();
    }

    /** Forgets every cookie handed out, as a server restart or OpenLDAP's paged-state reset would. */
    public void invalidateAll() {
        issued.clear();
    }

    @Override
    public void processSearchRequest(InMemoryInterceptedSearchRequest request) throws LDAPException {
        SimplePagedResultsControl paged = paged(request.getRequest());
        if (paged == null) {
            return;
        }
        long connection = request.getConnectionID();
        ASN1OctetString token = paged.getCookie();
        if (token == null || token.getValueLength() == 0) {
            issued.values().removeIf(i -> i.connectionId() == connection);
            return;
        }
        Issued found = issued.remove(HexFormat.of().formatHex(token.getValue()));
        if (found == null || found.connectionId() != connection) {
            refused.incrementAndGet();
            throw new LDAPException(ResultCode.PROTOCOL_ERROR, "paged results cookie is invalid");
        }
        SearchRequest withServerCookie = request.getRequest().duplicate();
        withServerCookie.replaceControl(new SimplePagedResultsControl(paged.getSize(), found.serverCookie(), paged.isCritical()));
        request.setRequest(withServerCookie);
    }

    @Override
    public void processSearchResult(InMemoryInterceptedSearchResult result) {
        LDAPResult original = result.getResult();
        Control[] controls = original.getResponseControls();
        boolean changed = false;
        for (int i = 0; i < controls.length; i++) {
            if (!SimplePagedResultsControl.PAGED_RESULTS_OID.equals(controls[i].getOID())) {
                continue;
            }
            SimplePagedResultsControl paged;
            try {
                paged = new SimplePagedResultsControl(controls[i].getOID(), controls[i].isCritical(), controls[i].getValue());
            } catch (LDAPException e) {
                throw new IllegalStateException(e);
            }
            if (paged.getCookie().getValueLength() > 0) {
                byte[] token = new byte[16];
                random.nextBytes(token);
                issued.put(HexFormat.of().formatHex(token), new Issued(result.getConnectionID(), paged.getCookie()));
                controls[i] = new SimplePagedResultsControl(paged.getSize(), new ASN1OctetString(token), false);
                changed = true;
            }
        }
        if (changed) {
            result.setResult(new LDAPResult(original.getMessageID(), original.getResultCode(), original.getDiagnosticMessage(),
                    original.getMatchedDN(), original.getReferralURLs(), controls));
        }
    }

    private static SimplePagedResultsControl paged(ReadOnlySearchRequest request) throws LDAPException {
        Control control = request.getControl(SimplePagedResultsControl.PAGED_RESULTS_OID);
        if (control == null) {
            return null;
        }
        return control instanceof SimplePagedResultsControl p ? p
                : new SimplePagedResultsControl(control.getOID(), control.isCritical(), control.getValue());
    }
}
