package dev.roster.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.app.service.secret.MapSecretStore;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A problem on this machine is not the directory's and not the wire's: its own exit code (6, README), the
 * file named, what to do, and the parser's or the OS's words in raw_response only.
 */
class LocalProblemsCliTest {
    @TempDir
    Path home;

    @Test
    void aDamagedConnectionsFileIsALocalProblemNamingTheFile() throws IOException {
        Path file = home.resolve("connections.json");
        Files.writeString(file, "{\"version\": 1, \"connections\": [ nonsense");

        CliRunner.Result result = new CliRunner(home).run("connections", "list");

        assertThat(result.code()).as(result.toString()).isEqualTo(6);
        JsonNode error = result.error();
        assertThat(error.path("statusCode").asInt()).isEqualTo(500);
        assertThat(error.path("error").asText()).isEqualTo("Local Problem");
        assertThat(error.path("is_remote_error").asBoolean()).isFalse();
        assertThat(error.path("message").asText()).contains(file.toString()).contains("fix or move it away")
                .doesNotContain("Unrecognized token").doesNotContain("line: ");
        assertThat(error.path("raw_response").asText()).contains("Unrecognized token");
        assertThat(Files.readString(file)).endsWith("nonsense");
    }

    @Test
    void aConnectionsFileThatCannotBeReadIsALocalProblem() throws IOException {
        Files.createDirectories(home.resolve("connections.json"));

        CliRunner.Result result = new CliRunner(home).run("connections", "list");

        assertThat(result.code()).as(result.toString()).isEqualTo(6);
        assertThat(result.error().path("message").asText()).contains(home.resolve("connections.json").toString());
    }

    @Test
    void aSandboxFolderThatCannotBeUsedIsALocalProblem() throws IOException {
        Files.writeString(home.resolve("sandbox"), "not a folder");

        CliRunner.Result result = new CliRunner(home).run("groups", "list", "-c", "sandbox", "--limit", "1");

        assertThat(result.code()).as(result.toString()).isEqualTo(6);
        assertThat(result.error().path("message").asText()).contains("Sandbox").contains(home.toString());
    }

    @Test
    void aFailedWriteOfAHomeFileIsALocalProblemNotATransportFailure() {
        ErrorReporter reporter = new ErrorReporter(context());

        int code = reporter.report(new UncheckedIOException("cannot write " + home.resolve("activity.jsonl"),
                new IOException("No space left on device")));

        assertThat(code).isEqualTo(6);
        assertThat(lastError().path("error").asText()).isEqualTo("Local Problem");
        assertThat(lastError().path("message").asText()).contains("activity.jsonl");
    }

    @Test
    void runningOutOfMemoryIsDocumentedAndSaysWhichSettingRaisesTheLimit() {
        ErrorReporter reporter = new ErrorReporter(context());

        int code = reporter.report(new OutOfMemoryError("Java heap space"));

        assertThat(code).isEqualTo(6);
        assertThat(lastError().path("message").asText()).contains("ROSTER_JAVA_OPTS").contains("-Xmx");
    }

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private CliContext context() {
        return new CliContext(Map.of(), new ByteArrayInputStream(new byte[0]), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8), false, false, label -> null, question -> false,
                MapSecretStore::new);
    }

    private JsonNode lastError() {
        return new CliRunner.Result(0, "", err.toString(StandardCharsets.UTF_8)).error();
    }
}
