package dev.roster.connectors.ldap;

import com.unboundid.ldap.sdk.AsyncRequestID;
import com.unboundid.ldap.sdk.AsyncSearchResultListener;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPResult;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResult;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchResultReference;
import com.unboundid.ldap.sdk.SearchScope;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.ErrorKind;
import dev.roster.connectors.trace.Exchange;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Reads the entries of a page of member DNs. There is no portable filter on a DN, so each is a base-scope
 * read; they are pipelined on the connection (sent together, answers collected in order) and recorded as
 * one exchange, a page of members being one request as far as the admin is concerned. A DN with no entry
 * or one that does not match the user filter (a nested group, a deleted user) is left out.
 */
final class MemberEntries {
    record Read(List<SearchResultEntry> entries, Exchange exchange) {
    }

    private MemberEntries() {
    }

    static Read read(LDAPConnection connection, LdapCalls calls, List<DN> dns, Filter filter, String[] attributes,
                     Duration timeout) {
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        List<Collector> collectors = new ArrayList<>(dns.size());
        List<SearchResultEntry> found = new ArrayList<>(dns.size());
        try {
            for (DN dn : dns) {
                Collector collector = new Collector();
                collector.id = connection.asyncSearch(new SearchRequest(collector, dn.toString(), SearchScope.BASE, filter,
                        attributes));
                collectors.add(collector);
            }
            for (Collector collector : collectors) {
                LDAPResult result = collector.id.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                if (result.getResultCode() != ResultCode.SUCCESS && result.getResultCode() != ResultCode.NO_SUCH_OBJECT) {
                    throw new LDAPException(result);
                }
                found.addAll(collector.entries);
            }
        } catch (LDAPException e) {
            collectors.forEach(c -> c.id.cancel(true));
            calls.recordBaseReads(connection, dns, filter.toString(), attributes, found, dns.size() - found.size(),
                    started, t0, e);
            throw LdapErrors.failure("read " + dns.size() + " member entries", e, LdapErrors.kind(e.getResultCode(), false),
                    calls.scrub(), calls.config());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            collectors.forEach(c -> c.id.cancel(true));
            throw DirectoryException.caused(ErrorKind.TRANSPORT, e, ErrorCode.MEMBER_READ_INTERRUPTED);
        } catch (TimeoutException e) {
            collectors.forEach(c -> c.id.cancel(true));
            LDAPException failure = new LDAPException(ResultCode.TIMEOUT, "no answer to the member reads within " + timeout);
            calls.recordBaseReads(connection, dns, filter.toString(), attributes, found, dns.size() - found.size(),
                    started, t0, failure);
            throw LdapErrors.failure("read " + dns.size() + " member entries", failure, ErrorKind.TRANSPORT, calls.scrub(), calls.config());
        }
        Exchange exchange = calls.recordBaseReads(connection, dns, filter.toString(), attributes, found,
                dns.size() - found.size(), started, t0, null);
        return new Read(found, exchange);
    }

    /** The answer to one pipelined read. */
    private static final class Collector implements AsyncSearchResultListener {
        private final List<SearchResultEntry> entries = new ArrayList<>(1);
        private AsyncRequestID id;

        @Override
        public synchronized void searchEntryReturned(SearchResultEntry entry) {
            entries.add(entry);
        }

        @Override
        public void searchReferenceReturned(SearchResultReference reference) {
            // referrals are not followed: a member living on another server is left out
        }

        @Override
        public void searchResultReceived(AsyncRequestID requestID, SearchResult result) {
            // the result is read through the request id's future
        }
    }
}
