package dev.roster.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.app.service.secret.MapSecretStore;
import dev.roster.connectors.model.Json;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs the CLI in-process against one Roster home, as a new process would (a fresh context every run). */
final class CliRunner {
    final Path home;
    final Map<String, String> env = new HashMap<>();
    final MapSecretStore secrets = new MapSecretStore();
    /** The store the runs see instead of {@link #secrets} when set (e.g. no keychain). */
    dev.roster.app.service.secret.SecretStore secretStore;
    final Deque<String> secretAnswers = new ArrayDeque<>();
    final Deque<Boolean> confirmAnswers = new ArrayDeque<>();
    final List<String> questions = new ArrayList<>();
    boolean interactive;
    String stdin = "";
    /** The secret store the runs see; null: {@link #secrets} (the redaction audit passes the real keychain). */
    java.util.function.Supplier<dev.roster.app.service.secret.SecretStore> store;
    /** The connector types the runs see; null: the class path's, as in the real process. */
    dev.roster.connectors.ConnectorRegistry registry;

    CliRunner(Path home) {
        this.home = home;
    }

    record Result(int code, String out, String err) {
        JsonNode json() {
            try {
                return Json.mapper().readTree(out);
            } catch (IOException e) {
                throw new UncheckedIOException("stdout is not JSON: " + out + "\nstderr: " + err, e);
            }
        }

        JsonNode error() {
            try {
                String[] lines = err.strip().split("\n");
                return Json.mapper().readTree(lines[lines.length - 1]);
            } catch (IOException e) {
                throw new UncheckedIOException("stderr does not end with the JSON error shape: " + err, e);
            }
        }

        List<JsonNode> lines() {
            return out.lines().filter(l -> !l.isBlank()).map(l -> {
                try {
                    return Json.mapper().readTree(l);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        }

        @Override
        public String toString() {
            return "exit " + code + "\nstdout: " + out + "\nstderr: " + err;
        }
    }

    Result run(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        String[] full = new String[args.length + 2];
        full[0] = "--home";
        full[1] = home.toString();
        System.arraycopy(args, 0, full, 2, args.length);
        CliContext context = new CliContext(env, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                interactive, interactive, label -> secretAnswers.poll(), question -> {
                    questions.add(question);
                    Boolean answer = confirmAnswers.poll();
                    return answer != null && answer;
                }, store != null ? store : () -> secretStore != null ? secretStore : secrets);
        if (registry != null) {
            context.withRegistry(registry);
        }
        int code = Cli.execute(context, full);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
