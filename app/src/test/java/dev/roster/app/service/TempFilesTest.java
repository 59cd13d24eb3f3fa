package dev.roster.app.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TempFilesTest {
    @TempDir
    Path dir;

    @Test
    void discardAllRemovesWhatIsPendingAndThenRefusesToCreateMore() throws Exception {
        TempFiles temps = new TempFiles();
        Path first = temps.create(() -> Files.createFile(dir.resolve("a.part")));
        Path committed = temps.create(() -> Files.createFile(dir.resolve("b.part")));
        temps.commit(committed, () -> Files.move(committed, dir.resolve("b.csv")));

        temps.discardAll();

        assertThat(first).doesNotExist();
        assertThat(dir.resolve("b.csv")).exists();
        assertThat(temps.pending()).isEmpty();
        assertThatThrownBy(() -> temps.create(() -> Files.createFile(dir.resolve("c.part"))))
                .isInstanceOf(CancellationException.class);
        assertThat(dir.resolve("c.part")).doesNotExist();
    }

    @Test
    void instancesAreIndependent() throws Exception {
        TempFiles one = new TempFiles();
        TempFiles other = new TempFiles();
        Path mine = one.create(() -> Files.createFile(dir.resolve("mine.part")));
        other.discardAll();
        assertThat(mine).exists();
        one.discard(mine);
        assertThat(mine).doesNotExist();
    }
}
