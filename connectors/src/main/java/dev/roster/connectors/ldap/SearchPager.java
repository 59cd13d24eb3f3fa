package dev.roster.connectors.ldap;

import com.unboundid.ldap.sdk.SearchResultEntry;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.ErrorKind;
import dev.roster.connectors.trace.Exchange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pages of a search, resumable anywhere. Within this process a walk continues on its own connection with
 * its live cookie: the walk waits here, keyed by the search and the position it stopped at, until the
 * cursor for that position comes back. A cursor from elsewhere (another process, an evicted or broken
 * walk) re-walks the search on a new connection and skips to the position. The cookie itself never
 * leaves this class.
 */
final class SearchPager implements AutoCloseable {
    /** Live walks kept; each holds a connection, and an abandoned one only costs a re-walk. */
    static final int MAX_LIVE_WALKS = 8;

    private final LdapConnections connections;
    private final LdapCalls calls;
    private final int resumePageSize;
    private final Map<String, PagedWalk> live = new LinkedHashMap<>(16, 0.75f, true);
    private boolean closed;

    record Page(List<SearchResultEntry> entries, String nextCursor, Exchange exchange) {
    }

    SearchPager(LdapConnections connections, LdapCalls calls, int resumePageSize) {
        this.connections = connections;
        this.calls = calls;
        this.resumePageSize = resumePageSize;
    }

    Page page(SearchSpec spec, String cursor, int limit) {
        Position from = Position.decode(cursor);
        PagedWalk liveWalk = from == null ? null : takeLive(spec, cursor);
        if (liveWalk != null) {
            try {
                return serve(spec, liveWalk, cursor, limit);
            } catch (RuntimeException e) {
                liveWalk.close();
                if (!(e instanceof PagedWalk.CookieRefused) && !(e instanceof DirectoryException d && LdapConnections.droppedMeanwhile(d))) {
                    throw e;
                }
                // the live walk's cookie or connection is gone: resume the way another process would
            }
        }
        PagedWalk walk = start(spec, from, limit);
        try {
            return serve(spec, walk, cursor, limit);
        } catch (PagedWalk.CookieRefused e) {
            walk.close();
            throw e.refusal();
        } catch (RuntimeException e) {
            walk.close();
            throw e;
        }
    }

    private PagedWalk start(SearchSpec spec, Position from, int limit) {
        if (from == null) {
            return new PagedWalk(connections, calls, spec, limit);
        }
        // re-walking to a position reads everything before it: bigger pages mean fewer round trips
        PagedWalk walk = new PagedWalk(connections, calls, spec, Math.max(limit, resumePageSize));
        try {
            walk.skipTo(from, limit);
            return walk;
        } catch (PagedWalk.CookieRefused e) {
            walk.close();
            throw e.refusal();
        } catch (RuntimeException e) {
            walk.close();
            throw e;
        }
    }

    private Page serve(SearchSpec spec, PagedWalk walk, String cursor, int limit) {
        List<SearchResultEntry> entries = new ArrayList<>(walk.take(limit));
        String next;
        if (walk.looping()) {
            if (cursor == null) {
                throw DirectoryException.coded(ErrorKind.PROTOCOL, ErrorCode.PAGED_COOKIE_REPEATED, spec.what());
            }
            // hand the same cursor back: UnifiedDirectory sees a repeated cursor and reports isLooping
            next = cursor;
            walk.close();
        } else if (walk.hasMore()) {
            next = walk.position().encode();
            keepLive(spec, next, walk);
        } else {
            next = null;
            walk.close();
        }
        return new Page(entries, next, walk.lastExchange());
    }

    private PagedWalk takeLive(SearchSpec spec, String cursor) {
        synchronized (live) {
            return live.remove(spec.key() + "\n" + cursor);
        }
    }

    private void keepLive(SearchSpec spec, String cursor, PagedWalk walk) {
        PagedWalk evicted = null;
        synchronized (live) {
            if (closed) {
                walk.close();
                return;
            }
            PagedWalk previous = live.put(spec.key() + "\n" + cursor, walk);
            if (previous != null && previous != walk) {
                previous.close();
            }
            if (live.size() > MAX_LIVE_WALKS) {
                var eldest = live.entrySet().iterator();
                evicted = eldest.next().getValue();
                eldest.remove();
            }
        }
        if (evicted != null) {
            evicted.close();
        }
    }

    int liveWalks() {
        synchronized (live) {
            return live.size();
        }
    }

    @Override
    public void close() {
        List<PagedWalk> walks;
        synchronized (live) {
            closed = true;
            walks = new ArrayList<>(live.values());
            live.clear();
        }
        walks.forEach(PagedWalk::close);
    }
}
