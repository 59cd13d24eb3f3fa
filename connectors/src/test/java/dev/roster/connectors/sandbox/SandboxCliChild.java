package dev.roster.connectors.sandbox;

import dev.roster.connectors.ConnectionSettings;
import dev.roster.connectors.UnifiedDirectory;
import dev.roster.connectors.model.Group;
import dev.roster.connectors.model.GroupInput;
import java.util.Map;

/**
 * Run in a separate JVM by {@link SandboxConcurrentProcessesTest}: behaves like a series of CLI calls on one
 * home, each opening the Sandbox connection, creating one group and closing again, and prints
 * {@code ACK <id>} or {@code FAIL <message>} for each, then {@code DONE}.
 */
public final class SandboxCliChild {
    private SandboxCliChild() {
    }

    public static void main(String[] args) {
        SandboxConnectorProvider provider = new SandboxConnectorProvider();
        var settings = new ConnectionSettings("cli", Map.of(SandboxConnectorProvider.HOME, args[0]), Map.of());
        int failures = 0;
        for (int i = 0; i < Integer.parseInt(args[2]); i++) {
            try (UnifiedDirectory directory = UnifiedDirectory.open(provider, settings)) {
                Group group = directory.createGroup(new GroupInput(args[1] + " " + i, null, null, null)).item();
                System.out.println("ACK " + group.id());
            } catch (RuntimeException e) {
                failures++;
                System.out.println("FAIL " + e.getClass().getSimpleName() + ": " + e.getMessage());
            }
            System.out.flush();
        }
        System.out.println("DONE");
        System.out.flush();
        System.exit(failures == 0 ? 0 : 1);
    }
}
