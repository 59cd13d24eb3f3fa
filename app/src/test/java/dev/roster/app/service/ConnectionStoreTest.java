package dev.roster.app.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectionStoreTest {
    @TempDir
    Path dir;

    @Test
    void aNewHomeHasTheSandboxAndChangesSurviveANewStore() {
        Path file = dir.resolve("connections.json");
        ConnectionStore store = new ConnectionStore(file);
        assertThat(store.list()).extracting(ConnectionProfile::name).containsExactly("sandbox");
        store.add(new ConnectionProfile("corp-ldap", "ldap", Map.of("url", "ldap://dir.example.com"), Map.of("bind_password", "env:CORP_PW")));
        ConnectionStore reopened = new ConnectionStore(file);
        assertThat(reopened.require("corp-ldap").secrets()).containsEntry("bind_password", "env:CORP_PW");
        assertThatThrownBy(() -> reopened.add(new ConnectionProfile("corp-ldap", "ldap", Map.of(), Map.of())))
                .hasMessageContaining("exists already");
        reopened.remove("sandbox");
        assertThat(new ConnectionStore(file).list()).extracting(ConnectionProfile::name).containsExactly("corp-ldap");
        assertThat(dir.toFile().list()).containsExactlyInAnyOrder("connections.json", ".connections.json.lock");
    }

    @Test
    void listingANewHomeWritesNothing() {
        Path file = dir.resolve("config").resolve("connections.json");
        assertThat(new ConnectionStore(file).list()).extracting(ConnectionProfile::name).containsExactly("sandbox");
        assertThat(file).doesNotExist();
        assertThat(dir.resolve("config")).doesNotExist();
    }

    /**
     * A console and CLI calls adding at once: each process (and each store in one process) holds the file lock
     * while it reads, changes and writes the file, so no add is lost. Two child processes and this one add at once.
     */
    @Test
    void addsFromSeveralProcessesAndStoresAtOnceAreAllKept() throws Exception {
        Path file = dir.resolve("connections.json");
        int each = 12;
        List<Process> children = new ArrayList<>();
        for (String prefix : List.of("child-a", "child-b")) {
            children.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), ConnectionStoreAdder.class.getName(),
                    file.toString(), prefix, String.valueOf(each)).redirectErrorStream(true)
                    .redirectOutput(dir.resolve(prefix + ".out").toFile()).start());
        }
        Thread second = new Thread(() -> ConnectionStoreAdder.add(file, "thread", each));
        second.start();
        ConnectionStoreAdder.add(file, "main", each);
        second.join(TimeUnit.SECONDS.toMillis(120));
        assertThat(second.isAlive()).isFalse();
        for (Process child : children) {
            boolean ended = child.waitFor(120, TimeUnit.SECONDS);
            if (!ended) {
                child.destroyForcibly();
            }
            assertThat(ended).isTrue();
            assertThat(child.exitValue()).as(Files.readString(dir.resolve("child-a.out")) + Files.readString(dir.resolve("child-b.out"))).isZero();
        }
        List<String> names = new ConnectionStore(file).list().stream().map(ConnectionProfile::name).toList();
        assertThat(names).hasSize(1 + 4 * each).contains("sandbox", "child-a-0", "child-b-" + (each - 1), "thread-3", "main-5");
    }

    /**
     * Another process holds the lock and does not let go (suspended with Ctrl-Z, or hung): a change fails after
     * a bounded wait, naming the lock file and that process, instead of waiting for ever. The file is untouched.
     */
    @Test
    void aChangeWhileAnotherProcessHoldsTheLockFailsAfterABoundedWaitNamingIt() throws Exception {
        Path file = dir.resolve("connections.json");
        Path lockFile = dir.resolve(".connections.json.lock");
        Path marker = dir.resolve("holder.out");
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(), lockFile.toString(), marker.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("holder.log").toFile()).start();
        ExecutorService writer = Executors.newSingleThreadExecutor();
        try {
            for (int i = 0; i < 600 && !Files.exists(marker) && holder.isAlive(); i++) {
                Thread.sleep(100);
            }
            assertThat(marker).as("the holder locked the file; its log: " + dir.resolve("holder.log")).exists();
            Future<?> add = writer.submit(() -> new ConnectionStore(file).add(new ConnectionProfile("corp", "ldap", Map.of(), Map.of())));
            // the store's own bound is far below this one; a store that waits without bound fails here
            assertThatThrownBy(() -> add.get(60, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(DirectoryException.class)
                    .satisfies(e -> assertThat(((DirectoryException) e).kind()).isEqualTo(ErrorKind.LOCAL))
                    .hasMessageContaining(lockFile.toString())
                    .hasMessageContaining("another process")
                    .hasMessageContaining("process " + holder.pid());
            assertThat(file).doesNotExist();
        } finally {
            writer.shutdownNow();
            holder.destroyForcibly();
            holder.waitFor(60, TimeUnit.SECONDS);
        }
    }

    @Test
    void anUnreadableFileIsReportedAndNeverOverwritten() throws Exception {
        Path file = dir.resolve("connections.json");
        Files.writeString(file, "{ this is not json");
        ConnectionStore store = new ConnectionStore(file);
        assertThatThrownBy(store::list).isInstanceOfSatisfying(DirectoryException.class,
                e -> assertThat(e.kind()).isEqualTo(ErrorKind.LOCAL)).hasMessageContaining(file.toString())
                .hasMessageContaining("fix or move it away");
        assertThatThrownBy(() -> store.add(new ConnectionProfile("x", "ldap", Map.of(), Map.of()))).isInstanceOf(DirectoryException.class);
        assertThat(Files.readString(file)).isEqualTo("{ this is not json");
    }

    @Test
    void profilesRefuseBadNamesAndSecretValuesWhereSourcesBelong() {
        assertThatThrownBy(() -> new ConnectionProfile("has space", "ldap", Map.of(), Map.of())).hasMessageContaining("must be 1-64");
        assertThatThrownBy(() -> new ConnectionProfile("ok", "ldap", Map.of(), Map.of("token", "hunter2")))
                .hasMessageContaining("env:VARIABLE, prompt or keychain");
    }

    @Test
    void homeResolutionPrefersTheOptionThenTheEnvironmentThenXdg() {
        assertThat(RosterHome.resolve(dir, Map.of("ROSTER_HOME", "/elsewhere")).configDir()).isEqualTo(dir);
        assertThat(RosterHome.resolve(null, Map.of("ROSTER_HOME", "/elsewhere")).dataDir()).isEqualTo(Path.of("/elsewhere"));
        if (System.getProperty("os.name").toLowerCase().contains("linux")) {
            RosterHome xdg = RosterHome.resolve(null, Map.of("XDG_CONFIG_HOME", "/cfg", "XDG_DATA_HOME", "/data"));
            assertThat(xdg.connectionsFile()).isEqualTo(Path.of("/cfg/roster/connections.json"));
            assertThat(xdg.activityLog()).isEqualTo(Path.of("/data/roster/activity.jsonl"));
        }
    }
}
