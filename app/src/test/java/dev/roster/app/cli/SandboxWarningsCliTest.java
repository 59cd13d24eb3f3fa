package dev.roster.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the Sandbox recovered from or lost is told on stderr (issue 21), once, not only in the log. */
class SandboxWarningsCliTest {
    @TempDir
    Path home;

    @Test
    void aDamagedLastJournalRecordIsToldOnStderrOnce() throws IOException {
        CliRunner cli = new CliRunner(home);
        CliRunner.Result first = cli.run("groups", "list", "-c", "sandbox", "--limit", "1");
        assertThat(first.code()).as(first.toString()).isZero();
        // what a damaged disk block leaves: a complete record whose checksum does not match its change
        Files.writeString(journal(), "{\"seq\":1,\"crc\":\"00000000\",\"ldif\":\"dn: cn=Lost,ou=Groups,dc=example,dc=com\\n"
                + "changetype: delete\"}\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        CliRunner.Result told = cli.run("groups", "list", "-c", "sandbox", "--limit", "1");
        CliRunner.Result after = cli.run("groups", "list", "-c", "sandbox", "--limit", "1");

        assertThat(told.code()).as(told.toString()).isZero();
        assertThat(told.err()).startsWith("roster: warning: ").contains("damaged record").contains("may be lost");
        assertThat(after.err()).as("told once: the recovery checkpoint dropped it").doesNotContain("warning");
    }

    private Path journal() throws IOException {
        try (Stream<Path> files = Files.walk(home)) {
            List<Path> journals = files.filter(p -> p.getFileName().toString().matches("journal-\\d+\\.jsonl")).toList();
            assertThat(journals).hasSize(1);
            return journals.getFirst();
        }
    }
}
