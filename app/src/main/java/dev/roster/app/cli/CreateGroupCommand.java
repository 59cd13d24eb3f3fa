package dev.roster.app.cli;

import dev.roster.connectors.Operation;
import dev.roster.connectors.UnifiedDirectory;
import dev.roster.connectors.model.GroupInput;
import dev.roster.connectors.model.GroupType;
import dev.roster.connectors.query.ResponseRenderer;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code roster groups create} */
@Command(name = "create", mixinStandardHelpOptions = true, description = "Create a group; prints it as created.")
final class CreateGroupCommand implements Runnable {
    private final CliContext context;
    @Mixin ConnectionOption connection;
    @Mixin FormatOptions format;

    @Option(names = "--name", required = true, description = "The group's name.")
    String name;
    @Option(names = "--description", description = "What the group is for.")
    String description;
    @Option(names = "--group-type", paramLabel = "TYPE", converter = GroupTypeConverter.class, description = "team, department or group")
    GroupType groupType;
    @Option(names = "--remote-data", paramLabel = "JSON", description = "A JSON object merged into the provider's request body.")
    String remoteData;

    CreateGroupCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        GroupInput input = new GroupInput(name, description, groupType, JsonArguments.remoteData(remoteData));
        try (UnifiedDirectory directory = context.connections().open(connection.name)) {
            Map<String, String> target = new LinkedHashMap<>();
            target.put("name", name);
            var created = context.activity().record(connection.name, directory.exchanges(), Operation.CREATE_GROUP, target,
                    () -> directory.createGroup(input));
            JsonOutput.print(context.out(), new ResponseRenderer(format.toOptions()).renderItem(created));
        }
    }

    static final class GroupTypeConverter implements ITypeConverter<GroupType> {
        @Override
        public GroupType convert(String value) {
            try {
                return GroupType.fromWire(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
