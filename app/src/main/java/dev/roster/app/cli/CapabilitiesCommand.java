package dev.roster.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.connectors.ConnectorProvider;
import dev.roster.connectors.Operation;
import dev.roster.connectors.OperationCapability;
import dev.roster.connectors.SettingSpec;
import dev.roster.connectors.model.Json;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code roster capabilities}: what each connector supports and requires, per operation; for a list also its
 * largest page (a larger {@code --limit} is clamped to it) and its free-text search parameter.
 */
@Command(name = "capabilities", mixinStandardHelpOptions = true,
        description = "The supported/required field matrix and accepted parameters of a connection's connector, a type, or all types.")
final class CapabilitiesCommand implements Runnable {
    private final CliContext context;

    @ArgGroup(exclusive = true)
    Which which;

    static final class Which {
        @Option(names = {"-c", "--connection"}, paramLabel = "NAME", description = "The connector of this saved connection.")
        String connection;
        @Option(names = "--type", paramLabel = "TYPE", description = "A connector type (ldap, sandbox ...).")
        String type;
    }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "JSON",
            description = "json (default: one document for jq) or text (a summary to read)")
    Format format;

    enum Format { JSON, TEXT }

    CapabilitiesCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        var connections = context.connections();
        List<ConnectorProvider> providers;
        if (which != null && which.connection != null) {
            providers = List.of(connections.registry().require(connections.store().require(which.connection).type()));
        } else if (which != null && which.type != null) {
            providers = List.of(connections.registry().require(which.type));
        } else {
            providers = connections.registry().all();
        }
        ObjectNode out = Json.mapper().createObjectNode();
        providers.forEach(p -> out.set(p.id(), describe(p)));
        if (format == Format.TEXT) {
            CapabilitiesText.print(context.out(), out);
            JsonOutput.ensureWritten(context.out());
        } else {
            JsonOutput.print(context.out(), out);
        }
    }

    /** The operations that page: they may declare a largest page and a free-text search parameter. */
    static boolean isList(Operation operation) {
        return operation == Operation.LIST_GROUPS || operation == Operation.LIST_USERS;
    }

    private static ObjectNode describe(ConnectorProvider provider) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("display_name", provider.displayName());
        ArrayNode settings = node.putArray("settings");
        for (SettingSpec spec : provider.settings()) {
            ObjectNode s = settings.addObject();
            s.put("key", spec.key());
            s.put("label", spec.label());
            s.put("required", spec.required());
            s.put("secret", spec.secret());
            s.put("default", spec.defaultValue());
            // feature: editor: what the console's editor builds its form from
            s.put("kind", spec.kind().name().toLowerCase(java.util.Locale.ROOT));
            s.put("example", spec.example());
            if (!spec.choices().isEmpty()) {
                spec.choices().forEach(s.putArray("choices")::add);
            }
        }
        ObjectNode operations = node.putObject("operations");
        provider.capabilities().operations().entrySet().stream()
                .sorted(java.util.Map.Entry.comparingByKey())
                .forEach(e -> operations.set(e.getKey().wireName(), describe(e.getKey(), e.getValue())));
        return node;
    }

    private static ObjectNode describe(Operation operation, OperationCapability capability) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.set("supported_fields", sorted(capability.supportedFields()));
        node.set("required_fields", sorted(capability.requiredFields()));
        // Each inner list: at least one of these fields must be given (LDAP: last_name or name).
        ArrayNode oneOf = node.putArray("required_one_of");
        capability.requiredOneOf().forEach(group -> oneOf.add(sorted(group)));
        node.set("parameters", sorted(capability.parameters()));
        if (isList(operation)) {
            // null: the provider states no maximum / has no free-text search (add-member then filters locally)
            node.put("max_page_size", capability.maxPageSize());
            node.put("search_parameter", capability.searchParameter());
            // the unified filters the list narrows by: user_id on list_groups (the groups of a user), group_id on list_users
            node.set("filters", sorted(capability.filters()));
        }
        return node;
    }

    private static ArrayNode sorted(Collection<String> values) {
        ArrayNode array = Json.mapper().createArrayNode();
        new TreeSet<>(values).forEach(array::add);
        return array;
    }
}
