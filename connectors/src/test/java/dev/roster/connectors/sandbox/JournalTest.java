package dev.roster.connectors.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalTest {
    @TempDir
    Path dir;

    private Path journalWith(String... records) throws IOException {
        Path file = dir.resolve("journal-000001.jsonl");
        try (Journal journal = Journal.create(file)) {
            for (String record : records) {
                journal.append(record);
            }
        }
        return file;
    }

    @Test
    void recordsComeBackInOrderWithNonAsciiIntact() throws IOException {
        Path file = journalWith("dn: cn=a\nchangetype: delete", "dn:: Y249w6Y=\nchangetype: delete", "東京");

        Journal.Recovered recovered = Journal.read(file);

        assertThat(recovered.records()).containsExactly("dn: cn=a\nchangetype: delete", "dn:: Y249w6Y=\nchangetype: delete", "東京");
        assertThat(recovered.tornTail()).isFalse();
    }

    @Test
    void aTornLastLineIsDropped() throws IOException {
        Path file = journalWith("one", "two");
        byte[] full = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(full, full.length - 5));

        Journal.Recovered recovered = Journal.read(file);

        assertThat(recovered.records()).containsExactly("one");
        assertThat(recovered.tornTail()).isTrue();
    }

    @Test
    void aCompleteLastLineWithAWrongChecksumIsDroppedAndReportedAsALostChange() throws IOException {
        Path file = journalWith("one", "two");
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        lines.set(1, lines.get(1).replace("\"two\"", "\"tw0\""));
        Files.write(file, lines, StandardCharsets.UTF_8);

        Journal.Recovered recovered = Journal.read(file);

        assertThat(recovered.records()).containsExactly("one");
        assertThat(recovered.tornTail()).as("it was written whole: not a torn append").isFalse();
        assertThat(recovered.lostLine()).isEqualTo("line 2");
    }

    @Test
    void aTornLineHasNoLostChange() throws IOException {
        Path file = journalWith("one", "two");
        byte[] full = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(full, full.length - 5));

        assertThat(Journal.read(file).lostLine()).isNull();
    }

    @Test
    void damageBeforeIntactLinesStopsTheStartInsteadOfDroppingAcknowledgedWrites() throws IOException {
        Path file = journalWith("one", "two", "three");
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        lines.set(1, "garbage");
        Files.write(file, lines, StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Journal.read(file)).isInstanceOf(IOException.class).hasMessageContaining("line 2");
    }

    @Test
    void aMissingJournalIsEmpty() throws IOException {
        assertThat(Journal.read(dir.resolve("none.jsonl")).records()).isEmpty();
    }
}
