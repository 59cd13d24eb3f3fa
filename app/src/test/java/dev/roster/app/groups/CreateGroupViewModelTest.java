package dev.roster.app.groups;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.app.service.activity.ActivityLog;
import dev.roster.app.service.activity.ActivityRecorder;
import dev.roster.app.testing.SameThreadRunner;
import dev.roster.app.testing.Sessions;
import dev.roster.app.ui.Messages;
import dev.roster.connectors.model.Group;
import dev.roster.connectors.model.GroupType;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CreateGroupViewModelTest {
    @TempDir Path home;
    private final Sessions.Fake fake = Sessions.fake(1, 1);
    private final List<Group> created = new ArrayList<>();

    private CreateGroupViewModel vm() {
        return new CreateGroupViewModel(fake.session(), new SameThreadRunner(), Messages.load(Locale.ROOT),
                new ActivityRecorder(new ActivityLog(home.resolve("a.jsonl")), Clock.systemUTC()));
    }

    @Test
    void fieldsAndRequiredMarksComeFromCapabilities() {
        CreateGroupViewModel vm = vm();
        assertThat(vm.state().requires("name")).isTrue();
        assertThat(vm.state().requires("group_type")).isTrue();
        assertThat(vm.state().requires("description")).isFalse();
        assertThat(vm.state().supports("remote_data")).isTrue();
    }

    @Test
    void missingRequiredFieldsAndBadJsonStopTheWriteBeforeAnythingIsSent() {
        CreateGroupViewModel vm = vm();
        int exchanges = fake.session().exchanges().snapshot().size();
        vm.remoteDataProperty().set("[1, 2");
        vm.submit(created::add);
        assertThat(created).isEmpty();
        assertThat(fake.session().exchanges().snapshot()).hasSize(exchanges);
        assertThat(vm.form().summary().get()).contains("Name is required", "Group type is required",
                "remote_data (JSON) must be a JSON object");
        vm.nameProperty().set("Platform");
        assertThat(vm.form().summary().get()).doesNotContain("Name is required");
    }

    @Test
    void aValidFormCreatesTheGroup() {
        CreateGroupViewModel vm = vm();
        vm.nameProperty().set(" Platform ");
        vm.groupTypeProperty().set(GroupType.TEAM);
        vm.remoteDataProperty().set("{\"x\": 1}");
        vm.submit(created::add);
        assertThat(created).singleElement().satisfies(g -> {
            assertThat(g.name()).isEqualTo("Platform");
            assertThat(g.groupType()).isEqualTo(GroupType.TEAM);
        });
        assertThat(vm.state().errorProperty().get()).isNull();
        assertThat(vm.state().busyProperty().get()).isFalse();
    }
}
