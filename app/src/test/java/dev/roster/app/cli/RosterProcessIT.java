package dev.roster.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.connectors.model.Json;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code ./roster} as a separate process, as a script or a person at a terminal runs it. */
class RosterProcessIT {
    private static final Path ROOT = Path.of(System.getProperty("roster.root", "..")).toAbsolutePath().normalize();
    /** Bounds every wait on a child: a hung child fails the test instead of hanging the build. */
    private static final int WAIT_SECONDS = 120;

    @TempDir
    Path home;

    private Process start(Path stdout, String... args) throws IOException {
        return start(List.of(), home, stdout, args);
    }

    /** {@code ./roster --home rosterHome args}, after {@code prefix} (e.g. a shell that sets the umask first). */
    private Process start(List<String> prefix, Path rosterHome, Path stdout, String... args) throws IOException {
        List<String> command = new ArrayList<>(prefix);
        command.addAll(List.of(ROOT.resolve("roster").toString(), "--home", rosterHome.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile())
                .redirectOutput(stdout.toFile()).redirectError(home.resolve("stderr.txt").toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("STALL_PW", "not-a-real-password");
        return builder.start();
    }

    private Process finished(Process p) throws InterruptedException {
        boolean ended = p.waitFor(WAIT_SECONDS, TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly();
        }
        assertThat(ended).as("the child ended within " + WAIT_SECONDS + " s").isTrue();
        return p;
    }

    private String stderr() throws IOException {
        return Files.readString(home.resolve("stderr.txt"), StandardCharsets.UTF_8);
    }

    @Test
    void listsGroupsAndPagesWithACursorInANewProcess() throws Exception {
        Path first = home.resolve("first.json");
        Process p = finished(start(first, "groups", "list", "-c", "sandbox", "--limit", "3"));
        assertThat(p.exitValue()).as(stderr()).isZero();
        JsonNode page = Json.mapper().readTree(first.toFile());
        assertThat(page.get("result")).hasSize(3);

        Path second = home.resolve("second.json");
        Process q = finished(start(second, "groups", "list", "-c", "sandbox", "--limit", "3", "--cursor", page.get("next_cursor").asText()));
        assertThat(q.exitValue()).isZero();
        JsonNode next = Json.mapper().readTree(second.toFile());
        assertThat(next.at("/result/0/id").asText()).isNotEqualTo(page.at("/result/0/id").asText());
    }

    /**
     * A umask only takes bits away: 000 would leave what a careless create makes (0755, 0644) open to all, 0277
     * takes the owner's own write bit. Either way every folder of the home, the Sandbox's included, is 0700 and
     * every file 0600, and Roster can still write them (the second command writes to what the first created).
     */
    @ParameterizedTest
    @ValueSource(strings = {"000", "0277"})
    void whateverTheUmaskTheHomeFoldersAre0700AndItsFiles0600(String umask) throws Exception {
        Path fresh = home.resolve("fresh");
        List<String> withUmask = List.of("sh", "-c", "umask " + umask + " && exec \"$0\" \"$@\"");
        Process add = finished(start(withUmask, fresh, home.resolve("add.json"), "connections", "add", "corp", "--type", "ldap",
                "--set", "url=ldap://127.0.0.1:9", "--set", "base_dn=dc=example,dc=com",
                "--set", "bind_dn=cn=roster,dc=example,dc=com", "--secret", "bind_password=env:STALL_PW"));
        assertThat(add.exitValue()).as(stderr()).isZero();
        Process create = finished(start(withUmask, fresh, home.resolve("create.json"), "groups", "create", "-c", "sandbox",
                "--name", "Umask Check"));
        assertThat(create.exitValue()).as(stderr()).isZero();
        Process second = finished(start(withUmask, fresh, home.resolve("second.json"), "groups", "create", "-c", "sandbox",
                "--name", "Umask Check Two"));
        assertThat(second.exitValue()).as(stderr()).isZero();

        List<Path> created;
        try (Stream<Path> tree = Files.walk(fresh)) {
            created = tree.toList();
        }
        assertThat(created).contains(fresh.resolve("connections.json"), fresh.resolve("activity.jsonl"),
                fresh.resolve("logs"), fresh.resolve("logs").resolve("roster.log"), fresh.resolve("sandbox"),
                fresh.resolve("sandbox").resolve("calls"));
        for (Path p : created) {
            String mode = java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
            assertThat(mode).as(fresh.relativize(p).toString()).isEqualTo(Files.isDirectory(p) ? "rwx------" : "rw-------");
        }
    }

    @Test
    void sigtermDuringAnExportExitsFiveAndLeavesTheTargetAsItWasWithNoPartFile() throws Exception {
        interruptAnExport("TERM");
    }

    @Test
    void sigintDuringAnExportExitsFiveAndLeavesTheTargetAsItWasWithNoPartFile() throws Exception {
        interruptAnExport("INT");
    }

    @Test
    void sigtermDuringAListIsReportedAsAnInterruptionWithoutAStackTrace() throws Exception {
        try (ServerSocket directory = stalledDirectory()) {
            Process p = start(home.resolve("out.json"), "groups", "list", "-c", "stalled");
            try (Socket ignored = awaitRequest(directory, p)) {
                signal(p, "TERM");
                assertThat(finished(p).exitValue()).as(stderr()).isEqualTo(ExitCodes.INTERRUPTED);
            }
        }
        assertInterruptedWithoutStackTrace(stderr());
    }

    /**
     * The export talks to a directory the test runs: a socket that takes the request and never answers. Once
     * the request has arrived the export has its temporary file and is waiting on the test, however fast the
     * machine is; then the signal comes.
     */
    private void interruptAnExport(String signal) throws Exception {
        Path target = home.resolve("export").resolve("groups.csv");
        Files.createDirectories(target.getParent());
        Files.writeString(target, "previous\n");
        try (ServerSocket directory = stalledDirectory()) {
            Process p = start(home.resolve("out.json"), "export", "groups", "-c", "stalled", "--to", target.toString(), "--members");
            try (Socket ignored = awaitRequest(directory, p)) {
                assertThat(partFileExists(target.getParent())).as("the export's temporary file while it waits").isTrue();
                signal(p, signal);
                assertThat(finished(p).exitValue()).as(stderr()).isEqualTo(ExitCodes.INTERRUPTED);
            }
        }
        assertThat(Files.readString(target)).isEqualTo("previous\n");
        assertThat(partFileExists(target.getParent())).isFalse();
        assertInterruptedWithoutStackTrace(stderr());
    }

    /** A loopback LDAP "server" that accepts and stays silent, saved as the connection {@code stalled}. */
    private ServerSocket stalledDirectory() throws Exception {
        ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        server.setSoTimeout(WAIT_SECONDS * 1000);
        Process add = finished(start(home.resolve("add.json"), "connections", "add", "stalled", "--type", "ldap",
                "--set", "url=ldap://127.0.0.1:" + server.getLocalPort(), "--set", "base_dn=dc=example,dc=com",
                "--set", "bind_dn=cn=roster,dc=example,dc=com", "--set", "response_timeout_seconds=600",
                "--secret", "bind_password=env:STALL_PW"));
        assertThat(add.exitValue()).as(stderr()).isZero();
        return server;
    }

    /** The child's connection, once its first request bytes arrived (bounded by the socket timeouts); never answered. */
    private static Socket awaitRequest(ServerSocket directory, Process child) throws IOException {
        Socket connection = directory.accept();
        connection.setSoTimeout(WAIT_SECONDS * 1000);
        InputStream in = connection.getInputStream();
        assertThat(in.read()).as("a request from " + child.pid()).isNotNegative();
        return connection;
    }

    private static void signal(Process p, String signal) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + signal, String.valueOf(p.pid())).inheritIO().start();
        assertThat(kill.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(kill.exitValue()).isZero();
    }

    private static void assertInterruptedWithoutStackTrace(String stderr) {
        assertThat(stderr).contains("\"error\":\"Interrupted\"");
        assertThat(stderr).doesNotContain("Exception").doesNotContain("\tat ");
    }

    private static boolean partFileExists(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".part"));
        }
    }
}
