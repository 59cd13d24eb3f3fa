package dev.roster.app.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.roster.app.service.ConsoleSettings.Bounds;
import dev.roster.app.service.ConsoleSettings.Column;
import dev.roster.app.service.ConsoleSettings.Problem;
import dev.roster.app.service.ConsoleSettings.SortKey;
import dev.roster.app.service.ConsoleSettings.TableLayout;
import dev.roster.connectors.files.AtomicFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class ConsoleSettingsTest {
    /** Long enough that nothing is written before the test flushes: what is on disk is what flush wrote. */
    private static final Duration NEVER_BY_ITSELF = Duration.ofHours(1);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir Path dir;

    private Path file() {
        return dir.resolve("config").resolve(ConsoleSettings.FILE_NAME);
    }

    private static final TableLayout GROUPS = new TableLayout(
            List.of(new Column("typeColumn", 90, true), new Column("nameColumn", 260.5, true), new Column("idColumn", 200, false)),
            List.of(new SortKey("nameColumn", false), new SortKey("typeColumn", true)));

    @Test
    void everyValueComesBackAfterAReload() {
        ConsoleSettings settings = ConsoleSettings.load(file(), NEVER_BY_ITSELF);
        settings.window(new Bounds(40, 30, 1000, 700, true));
        settings.dividers("panes", List.of(0.25, 0.7));
        settings.dividers("dock", List.of(0.5));
        settings.table("groups-table", GROUPS);
        settings.connection("corp");
        settings.theme("DARK");
        settings.inspectorExpanded(true);
        settings.close();

        ConsoleSettings again = ConsoleSettings.load(file(), NEVER_BY_ITSELF);
        assertThat(again.window()).contains(new Bounds(40, 30, 1000, 700, true));
        assertThat(again.dividers("panes")).contains(List.of(0.25, 0.7));
        assertThat(again.dividers("dock")).contains(List.of(0.5));
        assertThat(again.table("groups-table")).contains(GROUPS);
        assertThat(again.table("members-table")).isEmpty();
        assertThat(again.connection()).contains("corp");
        assertThat(again.theme()).contains("DARK");
        assertThat(again.inspectorExpanded()).isTrue();
        assertThat(again.problems()).isEmpty();
    }

    @Test
    void aNewHomeHasDefaultsAndNothingIsWrittenUntilSomethingChanges() {
        ConsoleSettings settings = ConsoleSettings.load(file(), NEVER_BY_ITSELF);
        assertThat(settings.window()).isEmpty();
        assertThat(settings.connection()).isEmpty();
        assertThat(settings.inspectorExpanded()).as("the inspector starts collapsed").isFalse();
        settings.close();
        assertThat(file()).doesNotExist();
    }

    @Test
    void changesWaitForQuietBeforeOneWrite() throws Exception {
        ConsoleSettings settings = ConsoleSettings.load(file(), NEVER_BY_ITSELF);
        // a drag: one change per pixel
        for (int width = 100; width < 400; width++) {
            settings.window(new Bounds(0, 0, width, 500, false));
        }
        assertThat(file()).as("nothing written while the changes keep coming").doesNotExist();
        settings.flush();
        assertThat(ConsoleSettings.load(file(), NEVER_BY_ITSELF).window()).contains(new Bounds(0, 0, 399, 500, false));
    }

    @Test
    void aChangeIsWrittenByItselfOnceTheDebounceHasPassed() throws Exception {
        ConsoleSettings settings = ConsoleSettings.load(file(), Duration.ofMillis(50));
        settings.theme("LIGHT");
        org.testfx.util.WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(file()));
        assertThat(read().get("theme").asText()).isEqualTo("LIGHT");
    }

    @Test
    void keysThisConsoleDoesNotKnowAndAnotherConsolesChangesAreKept() throws Exception {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "{\"version\": 1, \"from_a_newer_roster\": {\"x\": [1, 2]}, \"theme\": \"DARK\","
                + " \"tables\": {\"users-table\": {\"columns\": [], \"sort\": []}}}");
        ConsoleSettings one = ConsoleSettings.load(file(), NEVER_BY_ITSELF);
        ConsoleSettings other = ConsoleSettings.load(file(), NEVER_BY_ITSELF);

        one.connection("corp");
        one.table("groups-table", GROUPS);
        one.flush();
        other.theme("LIGHT");
        other.flush();

        JsonNode written = read();
        assertThat(written.get("from_a_newer_roster").toString()).isEqualTo("{\"x\":[1,2]}");
        assertThat(written.get("connection").asText()).as("the other console's change").isEqualTo("corp");
        assertThat(written.get("theme").asText()).isEqualTo("LIGHT");
        assertThat(written.get("tables").has("users-table")).isTrue();
        assertThat(written.get("tables").has("groups-table")).isTrue();
    }

    @Test
    void aDamagedFileIsReportedOnceKeptAsideAndReplacedByDefaults() throws Exception {
        Files.createDirectories(file().getParent());
        String damaged = "{\"theme\": \"DARK\", \"connection\": ";
        Files.writeString(file(), damaged);
        List<Problem> heard = new CopyOnWriteArrayList<>();

        ConsoleSettings settings = ConsoleSettings.load(file(), NEVER_BY_ITSELF);
        settings.onProblem(heard::add);

        assertThat(heard).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Problem.Kind.DAMAGED);
            assertThat(p.file()).isEqualTo(file());
            assertThat(p.detail()).contains("not valid JSON");
        });
        assertThat(settings.theme()).isEmpty();
        Path aside = file().resolveSibling(ConsoleSettings.FILE_NAME + ConsoleSettings.DAMAGED_SUFFIX);
        assertThat(Files.readString(aside)).as("what was there is not lost").isEqualTo(damaged);

        settings.theme("LIGHT");
        settings.flush();
        assertThat(read().get("theme").asText()).isEqualTo("LIGHT");
        assertThat(heard).hasSize(1);
        assertThat(ConsoleSettings.load(file(), NEVER_BY_ITSELF).problems()).as("the new file reads").isEmpty();
    }

    @Test
    void aFileThatIsNotAnObjectIsDamagedToo() throws Exception {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "[1, 2, 3]");
        ConsoleSettings settings = ConsoleSettings.load(file(), NEVER_BY_ITSELF);
        assertThat(settings.problems()).extracting(Problem::kind).containsExactly(Problem.Kind.DAMAGED);
    }

    @Test
    void aValueOfTheWrongShapeFallsBackToItsDefaultAndTheRestIsKept() throws Exception {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "{\"window\": \"very big\", \"dividers\": {\"panes\": [0.2, 7]}, \"theme\": \"DARK\","
                + " \"inspector_expanded\": \"yes\"}");
        ConsoleSettings settings = ConsoleSettings.load(file(), NEVER_BY_ITSELF);

        assertThat(settings.window()).isEmpty();
        assertThat(settings.window()).isEmpty();
        assertThat(settings.dividers("panes")).as("a position past the pane").isEmpty();
        assertThat(settings.inspectorExpanded()).isFalse();
        assertThat(settings.theme()).contains("DARK");
        assertThat(settings.problems()).extracting(Problem::kind).containsExactly(Problem.Kind.BAD_VALUE, Problem.Kind.BAD_VALUE);
        assertThat(settings.problems()).extracting(Problem::detail).anySatisfy(d -> assertThat(d).startsWith("window:"));

        settings.connection("corp");
        settings.flush();
        JsonNode written = read();
        assertThat(written.get("theme").asText()).isEqualTo("DARK");
        assertThat(written.get("window").asText()).as("not dropped: only this console's changes are written").isEqualTo("very big");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aNewFileIsTheOwnersAloneAndItsFolderToo() throws Exception {
        ConsoleSettings settings = ConsoleSettings.load(file(), NEVER_BY_ITSELF);
        settings.theme("DARK");
        settings.flush();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file()))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file().getParent()))).isEqualTo("rwx------");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aWriteReplacesTheFileInOneRenameAndLeavesNoPartBehind() throws Exception {
        ConsoleSettings settings = ConsoleSettings.load(file(), NEVER_BY_ITSELF);
        settings.theme("DARK");
        settings.flush();
        Object before = Files.getAttribute(file(), "unix:ino");
        String old = Files.readString(file());

        settings.theme("LIGHT");
        settings.flush();

        // a new file renamed over the old one, not the old one rewritten in place: a reader never sees a part
        assertThat(Files.getAttribute(file(), "unix:ino")).isNotEqualTo(before);
        assertThat(old).contains("DARK");
        assertThat(read().get("theme").asText()).isEqualTo("LIGHT");
        try (Stream<Path> files = Files.list(file().getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(AtomicFiles.TEMP_SUFFIX));
        }
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aFileThatCannotBeReadIsReportedAndNeverWrittenOver() throws Exception {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "{\"theme\": \"DARK\"}");
        Files.setPosixFilePermissions(file(), PosixFilePermissions.fromString("-w-------"));
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(file()), "root reads any file");
        ConsoleSettings settings = ConsoleSettings.load(file(), NEVER_BY_ITSELF);
        settings.connection("corp");
        settings.flush();
        Files.setPosixFilePermissions(file(), PosixFilePermissions.fromString("rw-------"));
        assertThat(settings.problems()).extracting(Problem::kind).containsExactly(Problem.Kind.UNREADABLE);
        assertThat(Files.readString(file(), StandardCharsets.UTF_8)).isEqualTo("{\"theme\": \"DARK\"}");
    }

    private JsonNode read() throws Exception {
        return JSON.readTree(Files.readString(file()));
    }
}
