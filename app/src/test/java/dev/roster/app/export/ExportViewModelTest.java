package dev.roster.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.app.service.TempFiles;
import dev.roster.app.service.export.ExportFormat;
import dev.roster.app.testing.SameThreadRunner;
import dev.roster.app.testing.Sessions;
import dev.roster.app.ui.Messages;
import dev.roster.connectors.model.Group;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportViewModelTest {
    @TempDir Path dir;
    private final Sessions.Fake fake = Sessions.fake(40, 10);

    @Test
    void theShownGroupsAreWrittenInOrderAndParseBack() throws Exception {
        List<Group> shown = List.of(fake.directory().groups.get(7), fake.directory().groups.get(3));
        ExportViewModel vm = new ExportViewModel(fake.session(), shown, new SameThreadRunner(), Messages.load(Locale.ROOT), new TempFiles());
        vm.choose(dir.resolve("out"));
        assertThat(vm.targetProperty().get().getFileName().toString()).isEqualTo("out.csv");
        vm.export(summary -> { });
        assertThat(vm.statusProperty().get()).startsWith("Done: 2 groups");
        try (Reader in = Files.newBufferedReader(dir.resolve("out.csv"))) {
            List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
            assertThat(rows).extracting(r -> r.get("id")).containsExactly("g7", "g3");
            assertThat(rows).extracting(r -> r.get("name")).containsExactly("Group 00007", "Group 00003");
        }
    }

    @Test
    void allGroupsWithMembersAsNdjson() throws Exception {
        ExportViewModel vm = new ExportViewModel(fake.session(), List.of(), new SameThreadRunner(), Messages.load(Locale.ROOT), new TempFiles());
        vm.scopeProperty().set(ExportViewModel.Scope.ALL);
        vm.withMembersProperty().set(true);
        vm.choose(dir.resolve("all.csv"));
        vm.formatProperty().set(ExportFormat.NDJSON);
        assertThat(vm.targetProperty().get().getFileName().toString()).isEqualTo("all.ndjson");
        vm.export(summary -> { });
        assertThat(Files.readAllLines(dir.resolve("all.ndjson"))).hasSize(40);
        assertThat(vm.statusProperty().get()).startsWith("Done: 40 groups, 6 memberships");
    }

    @Test
    void oneGroupAndOneMembershipAreSaidInTheSingular() {
        fake.directory().members.put("g5", java.util.Set.of("u1"));
        ExportViewModel vm = new ExportViewModel(fake.session(), List.of(fake.directory().groups.get(5)), new SameThreadRunner(),
                Messages.load(Locale.ROOT), new TempFiles());
        vm.withMembersProperty().set(true);
        vm.choose(dir.resolve("one.csv"));
        vm.export(summary -> { });
        assertThat(vm.statusProperty().get()).isEqualTo("Done: 1 group, 1 membership in " + dir.resolve("one.csv"));
    }
}
