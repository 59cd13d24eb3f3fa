package dev.roster.app.cli;

import dev.roster.connectors.UnifiedDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code roster groups ...} */
@Command(name = "groups", mixinStandardHelpOptions = true, description = "List, read and create groups; change their members.",
        subcommands = {GroupsCommand.ListGroups.class, GroupsCommand.GetGroup.class, CreateGroupCommand.class,
                MembershipCommands.AddMember.class, MembershipCommands.RemoveMember.class})
final class GroupsCommand {

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List groups, or with --user-id the groups a user is a member of: one page, or --all.")
    static final class ListGroups implements Runnable {
        private final CliContext context;
        @Mixin ConnectionOption connection;
        @Mixin ListOptions list;
        @Mixin FormatOptions format;
        @picocli.CommandLine.Option(names = "--user-id", paramLabel = "U",
                description = "Only the groups this user is a direct member of (the user's id, as listed).")
        String userId;

        ListGroups(CliContext context) {
            this.context = context;
        }

        @Override
        public void run() {
            var options = format.toOptions();
            var query = list.toQuery(null).withUserId(userId).withResponseOptions(options);
            try (UnifiedDirectory directory = context.connections().open(connection.name)) {
                ListPrinter<dev.roster.connectors.model.Group> printer = new ListPrinter<>(context.out(), options);
                if (list.all) {
                    printer.all(query, (q, onPage) -> directory.walkGroups(q, onPage, () -> false));
                } else {
                    printer.page(query, directory::listGroups);
                }
            }
        }
    }

    @Command(name = "get", mixinStandardHelpOptions = true, description = "One group by id.")
    static final class GetGroup implements Runnable {
        private final CliContext context;
        @Mixin ConnectionOption connection;
        @Mixin FormatOptions format;
        @Parameters(paramLabel = "ID", description = "The group's id, as listed.")
        String id;

        GetGroup(CliContext context) {
            this.context = context;
        }

        @Override
        public void run() {
            try (UnifiedDirectory directory = context.connections().open(connection.name)) {
                JsonOutput.print(context.out(), new dev.roster.connectors.query.ResponseRenderer(format.toOptions())
                        .renderItem(directory.getGroup(id)));
            }
        }
    }
}
