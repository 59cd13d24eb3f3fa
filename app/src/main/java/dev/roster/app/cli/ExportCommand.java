package dev.roster.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.app.service.export.ExportSummary;
import dev.roster.app.service.export.GroupExporter;
import dev.roster.connectors.UnifiedDirectory;
import dev.roster.connectors.model.Json;
import dev.roster.connectors.query.ListQuery;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code roster export groups}: every group (and members) to a file, atomically. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Export to a file.",
        subcommands = ExportCommand.Groups.class)
final class ExportCommand {

    @Command(name = "groups", mixinStandardHelpOptions = true,
            description = "All groups to FILE (.csv, .json or .ndjson), optionally one row per membership.")
    static final class Groups implements Runnable {
        private final CliContext context;
        @Mixin ConnectionOption connection;
        @Option(names = "--to", paramLabel = "FILE", required = true, description = "Target file; replaced only when the export is complete.")
        Path target;
        @Option(names = "--members", description = "Include members (CSV: one row per membership).")
        boolean members;
        @Option(names = "--param", paramLabel = "KEY=VALUE", description = "A provider parameter the connector declares. Repeatable.")
        Map<String, String> params = new LinkedHashMap<>();

        Groups(CliContext context) {
            this.context = context;
        }

        @Override
        public void run() {
            try (UnifiedDirectory directory = context.connections().open(connection.name)) {
                ExportSummary summary = new GroupExporter(directory, context.tempFiles()).exportAll(ListQuery.firstPage().withParameters(params),
                        target, members, () -> false, (groups, memberships) -> { });
                ObjectNode json = Json.mapper().createObjectNode();
                json.put("file", summary.file().toAbsolutePath().toString());
                json.put("format", summary.format().name().toLowerCase(java.util.Locale.ROOT));
                json.put("groups", summary.groups());
                if (members) {
                    json.put("memberships", summary.memberships());
                }
                JsonOutput.print(context.out(), json);
            }
        }
    }
}
