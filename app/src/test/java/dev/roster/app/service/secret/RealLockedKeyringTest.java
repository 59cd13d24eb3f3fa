package dev.roster.app.service.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A really locked GNOME Keyring (the login collection locked over D-Bus, no display for its unlock prompt):
 * reading and deleting are typed errors of this machine that say the keychain failed, never "no such secret".
 * Runs {@link LockedKeyringMain} in a D-Bus session and keyring of its own; needs dbus-run-session,
 * gnome-keyring-daemon and gdbus (CI has them: ROSTER_KEYCHAIN_TESTS=required makes their absence a failure).
 */
class RealLockedKeyringTest {
    @TempDir Path dir;

    @Test
    void aLockedKeyringIsATypedLocalErrorNeverAMissingSecret() throws Exception {
        boolean tools = onPath("dbus-run-session") && onPath("gnome-keyring-daemon") && onPath("gdbus");
        if ("required".equals(System.getenv("ROSTER_KEYCHAIN_TESTS"))) {
            assertThat(tools).as("dbus-run-session, gnome-keyring-daemon and gdbus are required here").isTrue();
        }
        assumeTrue(tools, "no dbus-run-session / gnome-keyring-daemon / gdbus here");
        Path data = Files.createDirectories(dir.resolve("data"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String script = "printf pw | XDG_DATA_HOME='" + data + "' gnome-keyring-daemon --unlock --components=secrets >/dev/null"
                + " && exec '" + java + "' -cp \"$ROSTER_CP\" " + LockedKeyringMain.class.getName();
        ProcessBuilder builder = new ProcessBuilder("dbus-run-session", "--", "sh", "-c", script)
                .redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile());
        builder.environment().put("ROSTER_CP", System.getProperty("java.class.path"));
        builder.environment().remove("DBUS_SESSION_BUS_ADDRESS");
        Process child = builder.start();
        boolean ended = child.waitFor(120, TimeUnit.SECONDS);
        if (!ended) {
            child.destroyForcibly();
        }
        List<String> lines = Files.readAllLines(dir.resolve("out.txt"), StandardCharsets.UTF_8);
        assertThat(ended).as("the locked keyring answered within 120 s: " + lines).isTrue();
        assertThat(lines).as("the child's output").noneMatch(l -> l.startsWith("NO_KEYCHAIN") || l.startsWith("LOCK_FAILED"));

        String get = lines.stream().filter(l -> l.startsWith("get ")).findFirst().orElseThrow(() -> new AssertionError(lines));
        String delete = lines.stream().filter(l -> l.startsWith("delete ")).findFirst().orElseThrow(() -> new AssertionError(lines));
        assertThat(get).as("read from a locked keyring").matches("get LOCAL SECRET_STORE_(LOCKED|FAILED) .*")
                .contains("secret 'token' of connection 'locked-test'").doesNotContain(LockedKeyringMain.SECRET);
        assertThat(delete).as("delete from a locked keyring").matches("delete LOCAL SECRET_STORE_(LOCKED|FAILED) .*");
        assertThat(String.join("\n", lines)).doesNotContain(LockedKeyringMain.SECRET);
    }

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String folder : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(folder, tool))) {
                return true;
            }
        }
        return false;
    }
}
