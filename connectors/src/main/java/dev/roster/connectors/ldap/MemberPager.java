package dev.roster.connectors.ldap;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.SearchResultEntry;
import dev.roster.connectors.trace.Exchange;
import java.util.List;

/**
 * Pages through a group's members: the member values in the server's order, sliced by position, each
 * slice's entries read. The position is the same kind as a search's ({@link Position}), and is checked
 * against the member list the same way, so a member added or removed before it does not shift the page.
 * No cookie is involved, so a resumed cursor costs nothing extra.
 */
final class MemberPager {
    private final LdapConnections connections;
    private final LdapCalls calls;
    private final LdapConfig config;
    private final LdapQueries queries;

    MemberPager(LdapConnections connections, LdapCalls calls, LdapConfig config, LdapQueries queries) {
        this.connections = connections;
        this.calls = calls;
        this.config = config;
        this.queries = queries;
    }

    record Page(List<SearchResultEntry> entries, String nextCursor, Exchange exchange) {
    }

    Page page(DN group, Filter memberFilter, String cursor, int limit) {
        Position from = Position.decode(cursor);
        return connections.run(true, connection -> {
            MemberValues.Read members = MemberValues.read(connection, calls, group, queries.groupClass(),
                    config.memberAttribute(), Placeholder.PARSED);
            List<DN> all = members.members();
            int start = resume(all, from);
            List<DN> slice = all.subList(start, Math.min(all.size(), start + limit));
            Exchange exchange = members.exchange();
            List<SearchResultEntry> entries = List.of();
            if (!slice.isEmpty()) {
                MemberEntries.Read read = MemberEntries.read(connection, calls, slice, memberFilter, UserMapper.ATTRIBUTES,
                        config.responseTimeout().plusSeconds(5));
                entries = read.entries();
                exchange = read.exchange();
            }
            int end = start + slice.size();
            String next = end < all.size() ? new Position(end, slice.getLast().toString()).encode() : null;
            return new Page(entries, next, exchange);
        });
    }

    /** Where a position resumes in the current member list; see {@link PagedWalk#skipTo} for the rules. */
    static int resume(List<DN> members, Position from) {
        if (from == null) {
            return 0;
        }
        int offset = (int) Math.min(from.offset(), members.size());
        if (from.lastDn() == null) {
            return offset;
        }
        DN last = Dns.fromServer(from.lastDn());
        if (offset > 0 && members.get(offset - 1).equals(last)) {
            return offset;
        }
        int index = members.indexOf(last);
        return index >= 0 ? index + 1 : offset;
    }
}
