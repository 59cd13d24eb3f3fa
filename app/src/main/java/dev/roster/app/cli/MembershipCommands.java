package dev.roster.app.cli;

import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.Operation;
import dev.roster.connectors.UnifiedDirectory;
import dev.roster.connectors.model.MembershipInput;
import dev.roster.connectors.query.ResponseRenderer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code roster groups add-member} and {@code remove-member}; both print the group after the change. */
final class MembershipCommands {
    private MembershipCommands() {
    }

    abstract static class Base implements Runnable {
        final CliContext context;
        @Mixin ConnectionOption connection;
        @Mixin FormatOptions format;
        @Option(names = "--group-id", paramLabel = "G", required = true, description = "The group's id.")
        String groupId;
        @Option(names = "--user-id", paramLabel = "U", required = true, description = "The user's id.")
        String userId;
        @Option(names = "--remote-data", paramLabel = "JSON", description = "A JSON object merged into the provider's request body.")
        String remoteData;

        Base(CliContext context) {
            this.context = context;
        }

        abstract Operation operation();

        void beforeWrite(UnifiedDirectory directory) {
        }

        @Override
        public void run() {
            MembershipInput input = new MembershipInput(groupId, userId, JsonArguments.remoteData(remoteData));
            try (UnifiedDirectory directory = context.connections().open(connection.name)) {
                beforeWrite(directory);
                Map<String, String> target = new LinkedHashMap<>();
                target.put("group_id", groupId);
                target.put("user_id", userId);
                var result = context.activity().record(connection.name, directory.exchanges(), operation(), target,
                        () -> operation() == Operation.ADD_MEMBER ? directory.addMember(input) : directory.removeMember(input));
                JsonOutput.print(context.out(), new ResponseRenderer(format.toOptions()).renderItem(result));
            }
        }
    }

    @Command(name = "add-member", mixinStandardHelpOptions = true, description = "Add a user to a group.")
    static final class AddMember extends Base {
        AddMember(CliContext context) {
            super(context);
        }

        @Override
        Operation operation() {
            return Operation.ADD_MEMBER;
        }
    }

    @Command(name = "remove-member", mixinStandardHelpOptions = true,
            description = "Remove a user from a group. Asks first, naming both, unless --yes; off a terminal --yes is required.")
    static final class RemoveMember extends Base {
        @Option(names = "--yes", description = "Do not ask for confirmation.")
        boolean yes;

        RemoveMember(CliContext context) {
            super(context);
        }

        @Override
        Operation operation() {
            return Operation.REMOVE_MEMBER;
        }

        @Override
        void beforeWrite(UnifiedDirectory directory) {
            if (yes) {
                return;
            }
            if (!context.interactive()) {
                throw DirectoryException.validation("remove-member changes the directory: not on an interactive terminal,"
                        + " so pass --yes to confirm removing " + userId + " from " + groupId);
            }
            var group = directory.getGroup(groupId).item();
            String question = "Remove user " + userId + " from group '" + group.name() + "' (" + group.id() + ")?";
            if (!context.confirm(question)) {
                throw new CancellationException("not confirmed: nothing was changed");
            }
        }
    }
}
