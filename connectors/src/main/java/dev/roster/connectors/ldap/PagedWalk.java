package dev.roster.connectors.ldap;

import com.unboundid.asn1.ASN1OctetString;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.controls.SimplePagedResultsControl;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.ErrorKind;
import dev.roster.connectors.trace.Exchange;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * One walk through a search with the simple paged results control (RFC 2696) on a connection of its own:
 * the cookie is only valid on the connection that made it, and OpenLDAP keeps one paged search per
 * connection, so two walks never share one. Entries come out one page-sized batch at a time; what a page
 * of the server holds beyond the batch waits in a buffer. Not thread-safe: one caller at a time.
 */
final class PagedWalk implements AutoCloseable {
    /** Servers may answer a page with no entries and a cookie; this many in a row is not a walk but a loop. */
    private static final int MAX_EMPTY_PAGES = 100;
    private static final Set<ResultCode> TOLERATED = Set.of(ResultCode.SIZE_LIMIT_EXCEEDED);

    /** The server refused the cookie (OpenLDAP: protocolError "paged results cookie is invalid"). */
    static final class CookieRefused extends RuntimeException {
        CookieRefused(DirectoryException cause) {
            super(cause.getMessage(), cause);
        }

        DirectoryException refusal() {
            return (DirectoryException) getCause();
        }
    }

    private final LdapConnections connections;
    private final LdapCalls calls;
    private final SearchSpec spec;
    private final LDAPConnection connection;
    private final Deque<SearchResultEntry> buffer = new ArrayDeque<>();
    private final Set<String> cookiesSeen = new HashSet<>();
    private int pageSize;
    private ASN1OctetString cookie;
    private boolean exhausted;
    private boolean looping;
    private long consumed;
    private String lastDn;
    private Exchange lastExchange;
    private boolean closed;

    PagedWalk(LdapConnections connections, LdapCalls calls, SearchSpec spec, int pageSize) {
        this.connections = connections;
        this.calls = calls;
        this.spec = spec;
        this.pageSize = pageSize;
        this.connection = connections.dedicated();
    }

    /** Up to {@code limit} entries, fetching server pages as needed; fewer only at the end of the list. */
    List<SearchResultEntry> take(int limit) {
        List<SearchResultEntry> out = new ArrayList<>(Math.min(limit, 1_000));
        int emptyPages = 0;
        while (out.size() < limit) {
            if (buffer.isEmpty()) {
                if (exhausted) {
                    break;
                }
                emptyPages = fetch() ? 0 : emptyPages + 1;
                if (emptyPages > MAX_EMPTY_PAGES) {
                    throw DirectoryException.coded(ErrorKind.PROTOCOL, ErrorCode.PAGED_EMPTY_PAGES, spec.what(), MAX_EMPTY_PAGES);
                }
                continue;
            }
            SearchResultEntry entry = buffer.poll();
            out.add(entry);
            consumed++;
            lastDn = entry.getDN();
        }
        return out;
    }

    /**
     * Moves to a position handed out earlier, re-walking from the start. Normally the entry at
     * {@code offset - 1} is the last one handed out. If it turns up earlier, entries before it were
     * removed: resume right after it. If not, entries may have been added before it: look up to
     * {@code lookahead} entries further. If it is nowhere (deleted), resume at the offset.
     */
    void skipTo(Position position, int lookahead) {
        DN last = position.lastDn() == null ? null : Dns.fromServer(position.lastDn());
        while (consumed < position.offset()) {
            List<SearchResultEntry> one = take(1);
            if (one.isEmpty()) {
                return;
            }
            if (last != null && last.equals(Dns.fromServer(one.getFirst().getDN()))) {
                return;
            }
        }
        if (last == null) {
            return;
        }
        String before = lastDn;
        List<SearchResultEntry> ahead = new ArrayList<>();
        while (ahead.size() < lookahead) {
            List<SearchResultEntry> one = take(1);
            if (one.isEmpty()) {
                break;
            }
            ahead.add(one.getFirst());
            if (last.equals(Dns.fromServer(one.getFirst().getDN()))) {
                return;
            }
        }
        for (int i = ahead.size() - 1; i >= 0; i--) {
            buffer.addFirst(ahead.get(i));
        }
        consumed -= ahead.size();
        lastDn = before;
    }

    boolean hasMore() {
        return !buffer.isEmpty() || !exhausted;
    }

    /** The server handed back a cookie it had already given: the walk stopped there. */
    boolean looping() {
        return looping;
    }

    Position position() {
        return new Position(consumed, lastDn);
    }

    Exchange lastExchange() {
        return lastExchange;
    }

    /** Fetches the next server page into the buffer; false when it held no entries. */
    private boolean fetch() {
        SearchRequest request = spec.request();
        request.setControls(new SimplePagedResultsControl(pageSize, cookie, false));
        LdapCalls.Searched page;
        try {
            page = calls.search(connection, request, spec.what(), TOLERATED);
        } catch (DirectoryException e) {
            int status = e.providerStatus().orElse(-1);
            if (status == ResultCode.ADMIN_LIMIT_EXCEEDED_INT_VALUE && cookie == null && pageSize > 1) {
                // OpenLDAP's size.pr limit refuses a page size above it: ask for less, the walk does not care
                pageSize = Math.max(1, pageSize / 2);
                return fetch();
            }
            if (status == ResultCode.PROTOCOL_ERROR_INT_VALUE && cookie != null) {
                throw new CookieRefused(e);
            }
            throw e;
        }
        lastExchange = page.exchange();
        buffer.addAll(page.entries());
        SimplePagedResultsControl control;
        try {
            control = SimplePagedResultsControl.get(page.result());
        } catch (LDAPException e) {
            throw DirectoryException.caused(ErrorKind.PROTOCOL, e, ErrorCode.PAGED_CONTROL_MALFORMED,
                    spec.what(), e.getMessage());
        }
        if (control == null || !control.moreResultsToReturn()) {
            // no control at all: the server does not page and sent everything (or stopped at its size limit)
            exhausted = true;
            cookie = null;
        } else {
            cookie = control.getCookie();
            if (!cookiesSeen.add(HexFormat.of().formatHex(cookie.getValue()))) {
                looping = true;
                exhausted = true;
            }
        }
        return !page.entries().isEmpty();
    }

    /**
     * A finished walk's connection goes back to the pool; an unfinished one is closed, which also frees
     * the server's paged-search state.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (exhausted && buffer.isEmpty()) {
            connections.release(connection);
        } else {
            connection.close();
        }
    }
}
