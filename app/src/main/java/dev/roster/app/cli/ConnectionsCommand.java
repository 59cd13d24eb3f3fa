package dev.roster.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.app.service.ConnectionProfile;
import dev.roster.app.service.Connections;
import dev.roster.app.service.SecretSource;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.model.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code roster connections ...}: the saved connections. Secret values are never printed. */
@Command(name = "connections", mixinStandardHelpOptions = true, description = "Saved connections to directories.",
        subcommands = {ConnectionsCommand.ListConnections.class, ConnectionsCommand.AddConnection.class,
                ConnectionsCommand.RemoveConnection.class, ConnectionsCommand.TestConnection.class,
                TrustCommands.Trust.class, TrustCommands.Untrust.class,
                // feature: editor
                ConnectionEditCommands.Edit.class, ConnectionEditCommands.Rename.class, ConnectionEditCommands.Duplicate.class,
                ConnectionEditCommands.Move.class, ConnectionEditCommands.Export.class, ConnectionEditCommands.Import.class})
final class ConnectionsCommand {

    static ObjectNode describe(ConnectionProfile profile) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("name", profile.name());
        node.put("type", profile.type());
        ObjectNode settings = node.putObject("settings");
        profile.settings().forEach(settings::put);
        ObjectNode secrets = node.putObject("secrets");
        profile.secrets().forEach(secrets::put);
        return node;
    }

    /** Warnings go to stderr, one line each, so the JSON on stdout stays what scripts parse. */
    static void warn(CliContext context, List<String> warnings) {
        warnings.forEach(w -> context.err().println("roster: warning: " + w));
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The saved connections (secret sources only, never values).")
    static final class ListConnections implements Runnable {
        private final CliContext context;

        ListConnections(CliContext context) {
            this.context = context;
        }

        @Override
        public void run() {
            ArrayNode result = Json.mapper().createArrayNode();
            context.connections().list().forEach(p -> result.add(describe(p)));
            ObjectNode out = Json.mapper().createObjectNode();
            out.set("result", result);
            JsonOutput.print(context.out(), out);
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Save a new connection.")
    static final class AddConnection implements Runnable {
        private final CliContext context;
        @Parameters(paramLabel = "NAME", description = "A name for it: letters, digits, '.', '_', '-'.")
        String name;
        @Option(names = "--type", paramLabel = "TYPE", required = true, description = "Connector type (see 'roster capabilities').")
        String type;
        @Option(names = "--set", paramLabel = "KEY=VALUE", description = "A plain setting. Repeatable.")
        Map<String, String> settings = new LinkedHashMap<>();
        @Option(names = "--secret", paramLabel = "KEY=SOURCE", description = "A secret setting's source: env:VAR, prompt (asked now, kept in the OS keychain) or keychain. Repeatable.")
        Map<String, String> secrets = new LinkedHashMap<>();

        AddConnection(CliContext context) {
            this.context = context;
        }

        @Override
        public void run() {
            Map<String, SecretSource> sources = new LinkedHashMap<>();
            secrets.forEach((key, source) -> sources.put(key, SecretSource.parse(key, source)));
            boolean prompts = sources.values().stream().anyMatch(s -> s instanceof SecretSource.Prompt);
            if (prompts && !context.interactive()) {
                throw DirectoryException.validation("--secret KEY=prompt needs an interactive terminal; use env:VARIABLE in scripts");
            }
            Connections.Added added = context.connections().add(name, type, settings, sources,
                    key -> context.promptSecret("Secret '" + key + "' for " + name));
            warn(context, added.warnings());
            JsonOutput.print(context.out(), describe(added.profile()));
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Forget a connection and the secrets it kept in the keychain.")
    static final class RemoveConnection implements Runnable {
        private final CliContext context;
        @Parameters(paramLabel = "NAME")
        String name;

        RemoveConnection(CliContext context) {
            this.context = context;
        }

        @Override
        public void run() {
            JsonOutput.print(context.out(), describe(context.connections().remove(name)));
        }
    }

    @Command(name = "test", mixinStandardHelpOptions = true, description = "Test a connection: reachable (latency), TLS certificate, "
            + "who it signs in as, what the account may do, one read of groups and of users, the rate-limit state. Exit 0 when "
            + "no check failed.")
    static final class TestConnection implements java.util.concurrent.Callable<Integer> {
        private final CliContext context;
        @Parameters(paramLabel = "NAME")
        String name;
        // feature: connection-check
        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
                description = "json (the default: {connection, type, ok, checks}) or text (aligned lines for a person).")
        String format;

        TestConnection(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            if (!format.equals("json") && !format.equals("text")) {
                throw DirectoryException.validation("--format must be json or text, not '" + format + "'");
            }
            // Said before the secret is sent, and whether or not the test then succeeds.
            warn(context, context.connections().review(name));
            dev.roster.connectors.ConnectionReport report = context.connections().test(name);
            if (format.equals("text")) {
                context.out().print(ConnectionReportOutput.text(report));
                context.out().flush();
                JsonOutput.ensureWritten(context.out());
            } else {
                JsonOutput.print(context.out(), ConnectionReportOutput.json(report));
            }
            // a failed check is also told the way every failing command tells its error: the JSON shape, last on stderr
            report.firstFailure().ifPresent(failed -> {
                if (context.stderrTerminal()) {
                    context.err().println("roster: " + failed.summary());
                }
                context.err().println(ConnectionReportOutput.error(failed));
                context.err().flush();
            });
            return ConnectionReportOutput.exitCode(report);
        }
    }
}
