package dev.roster.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.connectors.model.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./roster} as a separate process, as a script or a person at a terminal runs it. */
class RosterProcessIT {
    private static final Path ROOT = Path.of(System.getProperty("roster.root", "..")).toAbsolutePath().normalize();

    @TempDir
    Path home;

    private Process start(Path stdout, String... args) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of(ROOT.resolve("roster").toString(), "--home", home.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile())
                .redirectOutput(stdout.toFile()).redirectError(home.resolve("stderr.txt").toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        return builder.start();
    }

    @Test
    void listsGroupsAndPagesWithACursorInANewProcess() throws Exception {
        Path first = home.resolve("first.json");
        Process p = start(first, "groups", "list", "-c", "sandbox", "--limit", "3");
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(home.resolve("stderr.txt"))).isZero();
        JsonNode page = Json.mapper().readTree(first.toFile());
        assertThat(page.get("result")).hasSize(3);

        Path second = home.resolve("second.json");
        Process q = start(second, "groups", "list", "-c", "sandbox", "--limit", "3", "--cursor", page.get("next_cursor").asText());
        assertThat(q.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(q.exitValue()).isZero();
        JsonNode next = Json.mapper().readTree(second.toFile());
        assertThat(next.at("/result/0/id").asText()).isNotEqualTo(page.at("/result/0/id").asText());
    }

    @Test
    void anInterruptedExportExitsFiveAndLeavesTheTargetAsItWas() throws Exception {
        Path target = home.resolve("export").resolve("groups.csv");
        Files.createDirectories(target.getParent());
        Files.writeString(target, "previous\n");
        Process p = start(home.resolve("out.json"), "export", "groups", "-c", "sandbox", "--to", target.toString(), "--members");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (p.isAlive() && !partFileExists(target.getParent()) && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(p.isAlive()).as("the export was still running when interrupted").isTrue();
        p.destroy();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(ExitCodes.INTERRUPTED);
        assertThat(Files.readString(target)).isEqualTo("previous\n");
        assertThat(partFileExists(target.getParent())).isFalse();
        String stderr = Files.readString(home.resolve("stderr.txt"), StandardCharsets.UTF_8);
        assertThat(stderr).contains("\"error\":\"Interrupted\"");
    }

    private static boolean partFileExists(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".part"));
        }
    }
}
