package dev.roster.connectors.sandbox;

import dev.roster.connectors.ConnectionSettings;
import dev.roster.connectors.UnifiedDirectory;
import dev.roster.connectors.model.GroupInput;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Run in a separate JVM by {@link SandboxStopBeforeHaltTest}: runs the Sandbox of the home {@code args[0]}
 * through the provider (one write), with the CLI's kind of interrupt hook: on SIGTERM or Ctrl-C it says
 * STOPPING, calls {@link SandboxConnectorProvider#stopBeforeHalt} and halts with 5. Then it waits, at most
 * five minutes, to be stopped.
 */
public final class SandboxHaltChild {
    private SandboxHaltChild() {
    }

    public static void main(String[] args) throws Exception {
        SandboxConnectorProvider provider = new SandboxConnectorProvider();
        UnifiedDirectory directory = UnifiedDirectory.open(provider,
                new ConnectionSettings("demo", Map.of(SandboxConnectorProvider.HOME, args[0]), Map.of()));
        directory.createGroup(new GroupInput("Before the halt", null, null, null));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("STOPPING");
            System.out.flush();
            provider.stopBeforeHalt(Duration.ofSeconds(ChildJvm.WAIT_SECONDS));
            Runtime.getRuntime().halt(5);
        }));
        System.out.println("READY");
        System.out.flush();
        Thread.sleep(TimeUnit.MINUTES.toMillis(5));
    }
}
