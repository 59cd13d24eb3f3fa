package dev.roster.app.connections;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.app.service.ConnectionProfile;
import dev.roster.app.service.ConnectionStore;
import dev.roster.app.service.Connections;
import dev.roster.app.service.RosterHome;
import dev.roster.app.service.secret.NoKeychainSecretStore;
import dev.roster.app.testing.FakeDirectory;
import dev.roster.app.testing.SameThreadRunner;
import dev.roster.app.ui.Messages;
import dev.roster.connectors.ConnectorRegistry;
import dev.roster.connectors.trace.Exchange;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectionsViewModelTest {
    @TempDir Path dir;

    private Connections connections(ConnectorRegistry registry) {
        RosterHome home = RosterHome.of(dir).ensureExists();
        return new Connections(home, new ConnectionStore(home.connectionsFile()), new NoKeychainSecretStore("test"), registry,
                k -> null);
    }

    @Test
    void aFreshHomeSelectsTheSandboxAndConnects() {
        var registry = ConnectorRegistry.of(List.of(FakeDirectory.provider("sandbox", 3, 3)));
        ConnectionsViewModel vm = new ConnectionsViewModel(connections(registry), new SameThreadRunner(), Messages.load(Locale.ROOT));
        vm.load();
        assertThat(vm.items()).extracting(ConnectionItem::name).containsExactly("sandbox");
        assertThat(vm.selectedProperty().get().name()).isEqualTo("sandbox");
        assertThat(vm.session()).isNotNull();
        assertThat(vm.selectedProperty().get().statusProperty().get()).isEqualTo(ConnectionStatus.CONNECTED);
        vm.shutdown();
        assertThat(vm.session()).isNull();
    }

    @Test
    void aConnectionThatCannotOpenShowsAnError() {
        ConnectionsViewModel vm = new ConnectionsViewModel(connections(ConnectorRegistry.of(List.of())), new SameThreadRunner(),
                Messages.load(Locale.ROOT));
        vm.load();
        ConnectionItem item = vm.selectedProperty().get();
        assertThat(item.statusProperty().get()).isEqualTo(ConnectionStatus.ERROR);
        assertThat(item.detailProperty().get()).contains("no connector of type 'sandbox'");
        assertThat(vm.session()).isNull();
    }

    @Test
    void aConnectionThatBindsInClearShowsAWarningWhetherOrNotItOpens() {
        var registry = ConnectorRegistry.of(List.of(FakeDirectory.provider("sandbox", 1, 1), ConnectorRegistry.load().require("ldap")));
        RosterHome home = RosterHome.of(dir).ensureExists();
        ConnectionStore store = new ConnectionStore(home.connectionsFile());
        // nothing listens on port 1: the open fails, the warning is shown all the same
        store.add(new ConnectionProfile("corp", "ldap", Map.of("url", "ldap://127.0.0.1:1", "base_dn", "dc=example,dc=com",
                "bind_dn", "cn=roster,dc=example,dc=com"), Map.of("bind_password", "env:CORP_PW")));
        Connections connections = new Connections(home, store, new NoKeychainSecretStore("test"), registry, k -> "pw");
        ConnectionsViewModel vm = new ConnectionsViewModel(connections, new SameThreadRunner(), Messages.load(Locale.ROOT));
        vm.load();
        assertThat(vm.selectedProperty().get().warningProperty().get()).isNullOrEmpty();

        ConnectionItem corp = vm.items().stream().filter(i -> i.name().equals("corp")).findFirst().orElseThrow();
        vm.selectedProperty().set(corp);

        assertThat(corp.warningProperty().get()).contains("in clear").contains("127.0.0.1:1");
        assertThat(corp.statusProperty().get()).isEqualTo(ConnectionStatus.ERROR);
        vm.shutdown();
    }

    @Test
    void statusFollowsWhatTheDirectoryAnswers() {
        ConnectionItem item = new ConnectionItem("x", "okta", "Okta");
        ConnectionsViewModel.track(item, exchange(429));
        assertThat(item.statusProperty().get()).isEqualTo(ConnectionStatus.RATE_LIMITED);
        ConnectionsViewModel.track(item, exchange(200));
        assertThat(item.statusProperty().get()).isEqualTo(ConnectionStatus.CONNECTED);
        ConnectionsViewModel.track(item, exchange(404));
        assertThat(item.statusProperty().get()).isEqualTo(ConnectionStatus.CONNECTED);
        ConnectionsViewModel.track(item, exchange(401));
        assertThat(item.statusProperty().get()).isEqualTo(ConnectionStatus.ERROR);
    }

    private static Exchange exchange(int status) {
        return new Exchange(1, "x", Exchange.HTTP, "GET", "https://x.test", Map.of(), null, status, "S", Map.of(), "",
                Instant.now(), Duration.ZERO, null);
    }
}
