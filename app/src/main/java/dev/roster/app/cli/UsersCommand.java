package dev.roster.app.cli;

import dev.roster.connectors.Operation;
import dev.roster.connectors.UnifiedDirectory;
import dev.roster.connectors.model.User;
import dev.roster.connectors.model.UserInput;
import dev.roster.connectors.query.ResponseRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code roster users ...} */
@Command(name = "users", mixinStandardHelpOptions = true, description = "List and create users.",
        subcommands = {UsersCommand.ListUsers.class, UsersCommand.CreateUser.class})
final class UsersCommand {

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List users, or with --group-id a group's members.")
    static final class ListUsers implements Runnable {
        private final CliContext context;
        @Mixin ConnectionOption connection;
        @Mixin ListOptions list;
        @Mixin FormatOptions format;
        @Option(names = "--group-id", paramLabel = "G", description = "Only the members of this group.")
        String groupId;

        ListUsers(CliContext context) {
            this.context = context;
        }

        @Override
        public void run() {
            var options = format.toOptions();
            var query = list.toQuery(groupId).withResponseOptions(options);
            try (UnifiedDirectory directory = context.connections().open(connection.name)) {
                ListPrinter<User> printer = new ListPrinter<>(context.out(), options);
                if (list.all) {
                    printer.all(query, (q, onPage) -> directory.walkUsers(q, onPage, () -> false));
                } else {
                    printer.page(query, directory::listUsers);
                }
            }
        }
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Create a user from a unified create-user body (JSON file, or - for stdin); prints the user.")
    static final class CreateUser implements Runnable {
        private final CliContext context;
        @Mixin ConnectionOption connection;
        @Mixin FormatOptions format;
        @Option(names = "--json", paramLabel = "FILE|-", required = true, description = "The body: name, first_name, last_name, username, emails, password, ...")
        String json;

        CreateUser(CliContext context) {
            this.context = context;
        }

        @Override
        public void run() {
            UserInput input = JsonArguments.strict(readBody(), UserInput.class, "--json " + json);
            try (UnifiedDirectory directory = context.connections().open(connection.name)) {
                Map<String, String> target = new LinkedHashMap<>();
                if (input.username() != null) {
                    target.put("username", input.username());
                }
                var created = context.activity().record(connection.name, directory.exchanges(), Operation.CREATE_USER, target,
                        () -> directory.createUser(input));
                JsonOutput.print(context.out(), new ResponseRenderer(format.toOptions()).renderItem(created));
            }
        }

        private String readBody() {
            if ("-".equals(json)) {
                return context.reader().lines().collect(Collectors.joining("\n"));
            }
            try {
                return Files.readString(Path.of(json), StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                throw dev.roster.connectors.DirectoryException.validation("--json: no file " + json);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + json + ": " + e.getMessage(), e);
            }
        }
    }
}
