package dev.roster.app.groups;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.app.session.Session;
import dev.roster.app.testing.SameThreadRunner;
import dev.roster.app.testing.Sessions;
import dev.roster.app.ui.Messages;
import dev.roster.connectors.model.Group;
import dev.roster.connectors.model.GroupType;
import java.time.Instant;
import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

class GroupsViewModelTest {
    private final Messages messages = Messages.load(Locale.ROOT);
    private final SameThreadRunner runner = new SameThreadRunner();
    private final Sessions.Fake fake = Sessions.fake(250, 20);
    private final SimpleObjectProperty<Session> session = new SimpleObjectProperty<>();
    private final GroupsViewModel vm = new GroupsViewModel(session, runner, messages);

    @Test
    void aSessionLoadsTheFirstPageAndSaysMoreAreAvailable() {
        session.set(fake.session());
        assertThat(vm.loaded()).hasSize(GroupsViewModel.PAGE_SIZE);
        assertThat(vm.moreAvailableProperty().get()).isTrue();
        assertThat(vm.countProperty().get()).isEqualTo("100 loaded, more available");
        assertThat(vm.parameters()).extracting(ParameterField::name).containsExactly("search");
    }

    @Test
    void loadMoreAppendsTheNextPageAndLoadAllTheRest() {
        session.set(fake.session());
        vm.loadMore();
        assertThat(vm.loaded()).hasSize(200);
        vm.loadAll();
        assertThat(vm.loaded()).hasSize(250).extracting(Group::id).doesNotHaveDuplicates();
        assertThat(vm.moreAvailableProperty().get()).isFalse();
        assertThat(vm.countProperty().get()).isEqualTo("250 loaded");
        assertThat(vm.loadingProperty().get()).isFalse();
    }

    @Test
    void aGroupCreatedHereIsNotAddedAgainByTheFollowingPages() {
        session.set(fake.session());
        // The fake lists groups in creation order: the new group comes on the last page.
        Group created = fake.session().directory().createGroup(new dev.roster.connectors.model.GroupInput("Ops", null, GroupType.fromWire("group"), null)).item();
        vm.created(created);
        vm.loadMore();
        vm.loadAll();
        assertThat(vm.loaded()).hasSize(251).extracting(Group::id).doesNotHaveDuplicates();
        assertThat(vm.loaded().getFirst()).isEqualTo(created);
        assertThat(vm.countProperty().get()).isEqualTo("251 loaded");
    }

    @Test
    void theQuickFilterWorksOnLoadedRowsAndTheCountSaysSo() {
        session.set(fake.session());
        vm.filterProperty().set("group 0000");
        assertThat(vm.shown()).extracting(Group::name).containsExactly("Group 00000", "Group 00001", "Group 00002",
                "Group 00003", "Group 00004", "Group 00005", "Group 00006", "Group 00007", "Group 00008", "Group 00009");
        assertThat(vm.countProperty().get()).isEqualTo("10 shown of 100 loaded, more available");
        vm.filterProperty().set("");
        assertThat(vm.shown()).hasSize(100);
    }

    @Test
    void serverSideParametersGoToTheConnector() {
        session.set(fake.session());
        vm.parameters().getFirst().valueProperty().set("Group 0024");
        vm.refresh();
        assertThat(vm.loaded()).extracting(Group::name).allMatch(n -> n.startsWith("Group 0024")).hasSize(10);
        assertThat(vm.moreAvailableProperty().get()).isFalse();
    }

    @Test
    void loadMoreAndLoadAllContinueTheListedQueryNotAFieldEditedSince() {
        session.set(fake.session());
        vm.parameters().getFirst().valueProperty().set("Group 0024");
        vm.loadMore();
        assertThat(runner.errors.lastErrorProperty().get()).isNullOrEmpty();
        assertThat(vm.loaded()).hasSize(200).extracting(Group::id).doesNotHaveDuplicates();
        vm.loadAll();
        assertThat(vm.loaded()).hasSize(250);
        assertThat(vm.moreAvailableProperty().get()).isFalse();
    }

    @Test
    void noSessionNoGroups() {
        session.set(fake.session());
        session.set(null);
        assertThat(vm.loaded()).isEmpty();
        assertThat(vm.parameters()).isEmpty();
    }

    @Test
    void aCreatedGroupComesFirstAndSelected() {
        session.set(fake.session());
        Group created = new Group("new", "New one", null, GroupType.TEAM, null, Instant.EPOCH, null, null);
        vm.created(created);
        assertThat(vm.loaded().getFirst()).isEqualTo(created);
        assertThat(vm.selectedProperty().get()).isEqualTo(created);
    }

    @Test
    void copiedRowsAreTabSeparatedWithAHeader() {
        Group g = new Group("id\t1", "A\nname", "desc", GroupType.DEPARTMENT, "Org", Instant.parse("2024-01-01T00:00:00Z"), null, null);
        assertThat(GroupsViewModel.copyText(java.util.List.of(g))).isEqualTo(
                "name\tgroup_type\tdescription\torganization\tcreated_at\tupdated_at\tid\n"
                        + "A name\tdepartment\tdesc\tOrg\t2024-01-01T00:00:00Z\t\tid 1\n");
    }
}
