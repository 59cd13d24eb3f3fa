package dev.roster.connectors.sandbox;

import dev.roster.connectors.UnifiedDirectory;
import dev.roster.connectors.model.GroupInput;
import java.nio.file.Path;

/**
 * Run in a separate JVM (under a umask its test chose) by {@link SandboxHomeFilesTest}: starts a Sandbox in
 * the given home, makes one write (journal), a checkpoint (snapshot) and stops; prints OK or what failed.
 */
public final class SandboxUmaskChild {
    private SandboxUmaskChild() {
    }

    public static void main(String[] args) {
        try {
            SandboxServer server = SandboxFixture.start(Path.of(args[0]));
            try (UnifiedDirectory directory = SandboxFixture.connect(server.endpoint())) {
                directory.createGroup(new GroupInput("Under a umask", null, null, null));
                server.store().checkpoint();
            } finally {
                server.close();
            }
            System.out.println("OK");
        } catch (Exception | Error e) {
            System.out.println("FAILED " + e);
        }
        System.out.flush();
    }
}
