package dev.roster.app.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor's changes to the connections file: the user's order, rename, move, edit, all under the one lock. */
class ConnectionStoreChangesTest {
    @TempDir Path dir;

    private static ConnectionProfile ldap(String name) {
        return new ConnectionProfile(name, "ldap", Map.of("url", "ldap://dir.example.com"), Map.of());
    }

    private static List<String> names(ConnectionStore store) {
        return store.list().stream().map(ConnectionProfile::name).toList();
    }

    @Test
    void connectionsKeepTheOrderTheUserGaveThemAcrossStores() {
        Path file = dir.resolve("connections.json");
        ConnectionStore store = new ConnectionStore(file);
        store.add(ldap("zeta"));
        store.add(ldap("alpha"));
        store.add(ldap("mid"));
        assertThat(names(new ConnectionStore(file))).containsExactly("sandbox", "zeta", "alpha", "mid");
        assertThat(store.move("mid", 0)).isZero();
        assertThat(store.moveBy("sandbox", 1)).isEqualTo(2);
        assertThat(store.moveBy("alpha", 5)).isEqualTo(3);
        assertThat(store.moveBy("mid", -1)).isZero();
        assertThat(names(new ConnectionStore(file))).containsExactly("mid", "zeta", "sandbox", "alpha");
        assertThatThrownBy(() -> store.move("mid", 4)).hasMessage("position 4 is outside the list of connections (0 to 3)");
        assertThatThrownBy(() -> store.move("nobody", 0)).hasMessage("no connection named 'nobody'");
    }

    @Test
    void renameAndUpdateKeepThePlaceAndATakenNameIsRefused() {
        ConnectionStore store = new ConnectionStore(dir.resolve("connections.json"));
        store.add(ldap("a"));
        store.add(ldap("b"));
        store.rename("a", "corp");
        store.update(new ConnectionProfile("b", "ldap", Map.of("url", "ldaps://dir.example.com"), Map.of()));
        assertThat(names(store)).containsExactly("sandbox", "corp", "b");
        assertThat(store.require("b").settings()).containsEntry("url", "ldaps://dir.example.com");
        assertThatThrownBy(() -> store.rename("b", "corp")).hasMessage("a connection named 'corp' exists already; choose another name");
        assertThat(names(store)).containsExactly("sandbox", "corp", "b");
    }

    /**
     * A console editing, renaming and moving its connections while a CLI process adds others: each change is one
     * locked read-change-write, so none overwrites another's. The edits are read-modify-writes of a counter,
     * which a lost update would show as a smaller number.
     */
    @Test
    void editsRenamesAndMovesHereWhileAnotherProcessAddsLoseNothing() throws Exception {
        Path file = dir.resolve("connections.json");
        ConnectionStore store = new ConnectionStore(file);
        int each = 15;
        store.add(new ConnectionProfile("counter", "ldap", Map.of("page_size", "0"), Map.of()));
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ConnectionStoreAdder.class.getName(),
                file.toString(), "cli", String.valueOf(each)).redirectErrorStream(true)
                .redirectOutput(dir.resolve("child.out").toFile()).start();
        List<Thread> threads = new ArrayList<>();
        // a second store in this process (a second console window) bumping the counter
        threads.add(new Thread(() -> {
            ConnectionStore other = new ConnectionStore(file);
            for (int i = 0; i < each; i++) {
                bump(other);
            }
        }));
        threads.add(new Thread(() -> {
            for (int i = 0; i < each; i++) {
                store.add(ldap("console-" + i));
                store.rename("console-" + i, "renamed-" + i);
                store.move("renamed-" + i, 0);
                bump(store);
            }
        }));
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join(TimeUnit.SECONDS.toMillis(120));
            assertThat(thread.isAlive()).isFalse();
        }
        boolean ended = child.waitFor(120, TimeUnit.SECONDS);
        if (!ended) {
            child.destroyForcibly();
        }
        assertThat(ended).isTrue();
        assertThat(child.exitValue()).as(Files.readString(dir.resolve("child.out"))).isZero();
        ConnectionStore reread = new ConnectionStore(file);
        List<String> names = names(reread);
        assertThat(names).hasSize(2 + 2 * each).doesNotContain("console-0");
        for (int i = 0; i < each; i++) {
            assertThat(names).contains("renamed-" + i, "cli-" + i);
        }
        // the last renamed one was moved to the top last, and the CLI's adds keep their own order
        assertThat(names.getFirst()).isEqualTo("renamed-" + (each - 1));
        assertThat(names.stream().filter(n -> n.startsWith("cli-")).toList())
                .containsExactlyElementsOf(java.util.stream.IntStream.range(0, each).mapToObj(i -> "cli-" + i).toList());
        assertThat(reread.require("counter").settings()).containsEntry("page_size", String.valueOf(2 * each));
    }

    private static void bump(ConnectionStore store) {
        store.update("counter", old -> {
            Map<String, String> settings = new LinkedHashMap<>(old.settings());
            settings.put("page_size", String.valueOf(Integer.parseInt(settings.get("page_size")) + 1));
            return new ConnectionProfile(old.name(), old.type(), settings, old.secrets());
        });
    }
}
