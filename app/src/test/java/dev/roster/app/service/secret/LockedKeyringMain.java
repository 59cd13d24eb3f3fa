package dev.roster.app.service.secret;

import dev.roster.connectors.DirectoryException;
import java.util.concurrent.TimeUnit;

/**
 * Run by {@link RealLockedKeyringTest} in a D-Bus session of its own: stores a secret in the real Secret
 * Service, locks the login collection (as a screen lock or a timeout does), then reads and deletes, printing
 * one line per answer. Its own session, so that locking it never touches the keyring other tests use.
 */
public final class LockedKeyringMain {
    static final String SECRET = "locked-keyring-secret-7c1f";

    private LockedKeyringMain() {
    }

    public static void main(String[] args) throws Exception {
        SecretStore store = KeychainSecretStore.probe();
        if (!store.persistent()) {
            System.out.println("NO_KEYCHAIN " + store.description());
            System.exit(0);
        }
        store.put("locked-test", "token", SECRET.toCharArray());
        Process lock = new ProcessBuilder("gdbus", "call", "--session", "--dest", "org.freedesktop.secrets",
                "--object-path", "/org/freedesktop/secrets", "--method", "org.freedesktop.Secret.Service.Lock",
                "['/org/freedesktop/secrets/collection/login']").inheritIO().start();
        if (!lock.waitFor(20, TimeUnit.SECONDS) || lock.exitValue() != 0) {
            System.out.println("LOCK_FAILED");
            System.exit(0);
        }
        answer("get", () -> System.out.println("get EMPTY_OR_VALUE " + store.get("locked-test", "token").isPresent()));
        answer("delete", () -> {
            store.delete("locked-test", "token");
            System.out.println("delete OK");
        });
        // dbus-java keeps non-daemon threads: end here
        System.exit(0);
    }

    private static void answer(String what, Runnable call) {
        try {
            call.run();
        } catch (DirectoryException e) {
            System.out.println(what + " " + e.kind() + " " + e.code().map(Enum::name).orElse("-") + " " + e.getMessage());
        }
    }
}
