package dev.roster.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.app.service.ConnectionTransfer;
import dev.roster.app.service.Connections;
import dev.roster.app.service.SecretSource;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.model.Json;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code roster connections edit | rename | duplicate | move | export | import}: what the console's connection
 * editor does, for scripts. Each change is one locked read-change-write of the connections file.
 */
final class ConnectionEditCommands {
    private ConnectionEditCommands() {
    }

    @Command(name = "edit", mixinStandardHelpOptions = true, description = "Change a saved connection's settings and secret sources.")
    static final class Edit implements Runnable {
        private final CliContext context;
        @Parameters(paramLabel = "NAME")
        String name;
        @Option(names = "--set", paramLabel = "KEY=VALUE", description = "A plain setting to set. Repeatable.")
        Map<String, String> settings = new LinkedHashMap<>();
        @Option(names = "--unset", paramLabel = "KEY", description = "A setting or secret to remove (back to its default). Repeatable.")
        List<String> unset = new ArrayList<>();
        @Option(names = "--secret", paramLabel = "KEY=SOURCE", description = "A secret's new source: env:VAR, prompt (asked now, kept in the OS keychain) or keychain (keep the stored one). Repeatable.")
        Map<String, String> secrets = new LinkedHashMap<>();

        Edit(CliContext context) {
            this.context = context;
        }

        @Override
        public void run() {
            if (settings.isEmpty() && unset.isEmpty() && secrets.isEmpty()) {
                throw DirectoryException.validation("nothing to change: give --set KEY=VALUE, --unset KEY or --secret KEY=SOURCE");
            }
            Map<String, SecretSource> sources = new LinkedHashMap<>();
            secrets.forEach((key, source) -> sources.put(key, SecretSource.parse(key, source)));
            Map<String, char[]> typed = new LinkedHashMap<>();
            try {
                for (var entry : sources.entrySet()) {
                    if (entry.getValue() instanceof SecretSource.Prompt) {
                        if (!context.interactive()) {
                            throw DirectoryException.validation("--secret KEY=prompt needs an interactive terminal; use env:VARIABLE in scripts");
                        }
                        String value = context.promptSecret("Secret '" + entry.getKey() + "' for " + name);
                        typed.put(entry.getKey(), value == null ? new char[0] : value.toCharArray());
                    }
                }
                Connections.Added edited = context.connections().edit(name,
                        new Connections.Edit(settings, new LinkedHashSet<>(unset), sources, typed));
                ConnectionsCommand.warn(context, edited.warnings());
                JsonOutput.print(context.out(), ConnectionsCommand.describe(edited.profile()));
            } finally {
                typed.values().forEach(chars -> Arrays.fill(chars, '\0'));
            }
        }
    }

    @Command(name = "rename", mixinStandardHelpOptions = true, description = "Rename a connection; its keychain secrets move with it.")
    static final class Rename implements Runnable {
        private final CliContext context;
        @Parameters(index = "0", paramLabel = "OLD")
        String from;
        @Parameters(index = "1", paramLabel = "NEW")
        String to;

        Rename(CliContext context) {
            this.context = context;
        }

        @Override
        public void run() {
            Connections.Added renamed = context.connections().rename(from, to);
            ConnectionsCommand.warn(context, renamed.warnings());
            JsonOutput.print(context.out(), ConnectionsCommand.describe(renamed.profile()));
        }
    }

    @Command(name = "duplicate", mixinStandardHelpOptions = true,
            description = "Copy a connection under a new name, right below it; keychain secrets are copied too unless --no-secrets.")
    static final class Duplicate implements Runnable {
        private final CliContext context;
        @Parameters(index = "0", paramLabel = "NAME")
        String from;
        @Parameters(index = "1", paramLabel = "NEW")
        String to;
        @Option(names = "--no-secrets", description = "Leave keychain secrets out of the copy (enter them later with edit --secret KEY=prompt).")
        boolean noSecrets;

        Duplicate(CliContext context) {
            this.context = context;
        }

        @Override
        public void run() {
            Connections.Added copy = context.connections().duplicate(from, to, !noSecrets);
            ConnectionsCommand.warn(context, copy.warnings());
            JsonOutput.print(context.out(), ConnectionsCommand.describe(copy.profile()));
        }
    }

    @Command(name = "move", mixinStandardHelpOptions = true, description = "Move a connection in the list (the console's sidebar order).")
    static final class Move implements Runnable {
        private final CliContext context;
        @Parameters(paramLabel = "NAME")
        String name;
        @ArgGroup(exclusive = true, multiplicity = "1")
        Where where;

        static final class Where {
            @Option(names = "--to", paramLabel = "INDEX", description = "The position to move to: 0 is the top.")
            Integer index;
            @Option(names = "--up", description = "One place up.")
            boolean up;
            @Option(names = "--down", description = "One place down.")
            boolean down;
        }

        Move(CliContext context) {
            this.context = context;
        }

        @Override
        public void run() {
            Connections connections = context.connections();
            int index = where.index != null ? connections.move(name, where.index) : connections.moveBy(name, where.up ? -1 : 1);
            ObjectNode out = Json.mapper().createObjectNode();
            out.put("name", name);
            out.put("index", index);
            var order = out.putArray("order");
            connections.list().forEach(p -> order.add(p.name()));
            JsonOutput.print(context.out(), out);
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write connections to a file a colleague can import: settings and secret sources, never a secret.")
    static final class Export implements Runnable {
        private final CliContext context;
        @Parameters(paramLabel = "NAME", arity = "0..*", description = "The connections to export (default: all).")
        List<String> names = new ArrayList<>();
        @Option(names = {"--output", "-o"}, paramLabel = "FILE", required = true, description = "The file to write (replaced atomically).")
        Path output;

        Export(CliContext context) {
            this.context = context;
        }

        @Override
        public void run() {
            List<String> written = new ConnectionTransfer(context.connections()).exportTo(output, names);
            ObjectNode out = Json.mapper().createObjectNode();
            out.put("file", output.toString());
            var list = out.putArray("connections");
            written.forEach(list::add);
            JsonOutput.print(context.out(), out);
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Add the connections of an export file. Names taken here are refused unless --rename-clashes or --skip-clashes.")
    static final class Import implements Runnable {
        private final CliContext context;
        @Parameters(paramLabel = "FILE")
        Path file;
        @ArgGroup(exclusive = true)
        Clash clash;

        static final class Clash {
            @Option(names = "--rename-clashes", description = "Import a connection whose name is taken as NAME-2 (NAME-3 ...).")
            boolean rename;
            @Option(names = "--skip-clashes", description = "Leave out a connection whose name is taken.")
            boolean skip;
        }

        Import(CliContext context) {
            this.context = context;
        }

        @Override
        public void run() {
            ConnectionTransfer.Clashes mode = clash == null ? ConnectionTransfer.Clashes.REFUSE
                    : clash.rename ? ConnectionTransfer.Clashes.RENAME : ConnectionTransfer.Clashes.SKIP;
            ConnectionTransfer.Imported imported = new ConnectionTransfer(context.connections()).importFrom(file, mode);
            imported.toBeEntered().forEach((name, keys) -> keys.forEach(key -> context.err().println("roster: warning: secret '"
                    + key + "' of connection '" + name + "' is to be entered: roster connections edit " + name + " --secret " + key + "=prompt")));
            ObjectNode out = Json.mapper().createObjectNode();
            var added = out.putArray("added");
            imported.added().forEach(p -> added.add(ConnectionsCommand.describe(p)));
            ObjectNode renamed = out.putObject("renamed");
            imported.renamed().forEach(renamed::put);
            var skipped = out.putArray("skipped");
            imported.skipped().forEach(skipped::add);
            ObjectNode toEnter = out.putObject("secrets_to_enter");
            imported.toBeEntered().forEach((name, keys) -> {
                var list = toEnter.putArray(name);
                keys.forEach(list::add);
            });
            JsonOutput.print(context.out(), out);
        }
    }
}
