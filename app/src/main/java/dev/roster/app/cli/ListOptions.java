package dev.roster.app.cli;

import dev.roster.connectors.query.ListQuery;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Paging and provider pass-through options of the list commands. */
final class ListOptions {
    @Option(names = "--limit", paramLabel = "N", description = "Page size (1-10000; default: the connector's).")
    Integer limit;

    @Option(names = "--cursor", paramLabel = "C", description = "Continue from a next_cursor printed by an earlier call.")
    String cursor;

    @Option(names = "--all", description = "Follow next_cursor to the end and print everything.")
    boolean all;

    @Option(names = "--remote-query", paramLabel = "KEY=VALUE", description = "Passed to the provider as is. Repeatable.")
    Map<String, String> remoteQuery = new LinkedHashMap<>();

    @Option(names = "--param", paramLabel = "KEY=VALUE", description = "A provider parameter the connector declares (see 'roster capabilities'). Repeatable.")
    Map<String, String> params = new LinkedHashMap<>();

    ListQuery toQuery(String groupId) {
        return new ListQuery(limit, cursor, params, remoteQuery, groupId);
    }
}
