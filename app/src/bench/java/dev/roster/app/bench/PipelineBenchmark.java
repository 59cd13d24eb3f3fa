package dev.roster.app.bench;

import dev.roster.app.service.ConnectionStore;
import dev.roster.app.service.Connections;
import dev.roster.app.service.RosterHome;
import dev.roster.app.service.export.ExportSummary;
import dev.roster.app.service.export.GroupExporter;
import dev.roster.app.service.secret.NoKeychainSecretStore;
import dev.roster.connectors.ConnectorRegistry;
import dev.roster.connectors.UnifiedDirectory;
import dev.roster.connectors.WalkOutcome;
import dev.roster.connectors.query.ListQuery;
import dev.roster.connectors.query.NdjsonWriter;
import dev.roster.connectors.query.ResponseFormat;
import dev.roster.connectors.query.ResponseOptions;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Whole-pipeline figures on the Sandbox, through the same services the console and CLI use. Run by the
 * {@code bench} profile (see docs/benchmarks.md): once with {@code cold} on a new home (seeding included),
 * then with {@code warm} on the same home in a new JVM (a restart: snapshot and journal loaded).
 */
public final class PipelineBenchmark {
    private PipelineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "cold";
        Path home = Path.of(args.length > 1 ? args[1] : "target/bench-home");
        if (mode.equals("cold") && Files.exists(home)) {
            try (var walk = Files.walk(home)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        RosterHome rosterHome = RosterHome.of(home).ensureExists();
        Connections connections = new Connections(rosterHome, new ConnectionStore(rosterHome.connectionsFile()),
                new NoKeychainSecretStore("benchmark"), ConnectorRegistry.load(), Map.<String, String>of()::get);

        long t0 = System.nanoTime();
        try (UnifiedDirectory sandbox = connections.open("sandbox")) {
            sandbox.listGroups(ListQuery.ofLimit(1));
            report(mode + ": open the Sandbox and list one group", t0, 1, "call");

            for (int round = 1; round <= 3; round++) {
                long start = System.nanoTime();
                long[] groups = {0};
                WalkOutcome outcome = sandbox.walkGroups(ListQuery.ofLimit(200), p -> groups[0] += p.page().result().size(), () -> false);
                report(mode + ": list all groups, pages of 200 (round " + round + ", " + outcome.pages() + " pages)", start, groups[0], "groups");
            }
            for (int round = 1; round <= 3; round++) {
                long start = System.nanoTime();
                var options = new ResponseOptions(ResponseFormat.STREAM, java.util.List.of(), false, null);
                try (NdjsonWriter writer = new NdjsonWriter(OutputStream.nullOutputStream(), options)) {
                    sandbox.walkUsers(ListQuery.ofLimit(500), p -> writer.writePage(p.page().result()), () -> false);
                    report(mode + ": stream all users as NDJSON, pages of 500 (round " + round + ")", start, writer.written(), "users");
                }
            }
            Path csv = home.resolve("bench-export.csv");
            long start = System.nanoTime();
            ExportSummary summary = new GroupExporter(sandbox, new dev.roster.app.service.TempFiles()).exportAll(ListQuery.ofLimit(200), csv, true, () -> false,
                    (g, m) -> { });
            report(mode + ": export all groups with members to CSV (" + summary.groups() + " groups, "
                    + Files.size(csv) / 1024 + " KiB)", start, summary.memberships(), "memberships");
        }
    }

    private static void report(String what, long startNanos, long count, String unit) {
        double ms = (System.nanoTime() - startNanos) / 1e6;
        System.out.println(String.format(Locale.ROOT, "BENCH | %-90s | %9.1f ms | %8d %s | %10.0f %s/s",
                what, ms, count, unit, count / (ms / 1000.0), unit));
    }
}
