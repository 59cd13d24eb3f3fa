package dev.roster.app.connections;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.app.service.ConnectionStore;
import dev.roster.app.service.Connections;
import dev.roster.app.service.RosterHome;
import dev.roster.app.service.secret.NoKeychainSecretStore;
import dev.roster.app.testing.FakeDirectory;
import dev.roster.app.testing.SameThreadRunner;
import dev.roster.app.ui.Messages;
import dev.roster.connectors.ConnectorRegistry;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.DirectorySignal;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.ErrorKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
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
    void aConnectionThatCannotOpenOffersRetryAndRetryOpensItAgain() {
        ConnectionsViewModel vm = new ConnectionsViewModel(connections(ConnectorRegistry.of(List.of())), new SameThreadRunner(),
                Messages.load(Locale.ROOT));
        vm.load();
        assertThat(vm.canRetryProperty().get()).isTrue();

        vm.reconnect();

        assertThat(vm.selectedProperty().get().statusProperty().get()).isEqualTo(ConnectionStatus.ERROR);
        assertThat(vm.canRetryProperty().get()).isTrue();
    }

    @Test
    void aConnectionThatOpensOffersNoRetry() {
        var registry = ConnectorRegistry.of(List.of(FakeDirectory.provider("sandbox", 3, 3)));
        ConnectionsViewModel vm = new ConnectionsViewModel(connections(registry), new SameThreadRunner(), Messages.load(Locale.ROOT));
        vm.load();

        assertThat(vm.canRetryProperty().get()).isFalse();
        vm.shutdown();
    }

    @Test
    void statusFollowsTheConnectionsTypedSignalsNotWireCodes() {
        Messages messages = Messages.load(Locale.ROOT);
        ConnectionItem item = new ConnectionItem("x", "okta", "Okta");

        ConnectionsViewModel.track(item, new DirectorySignal.RateLimited(600L, 0L, null), messages);
        assertThat(item.statusProperty().get()).isEqualTo(ConnectionStatus.RATE_LIMITED);
        ConnectionsViewModel.track(item, new DirectorySignal.Answered(), messages);
        assertThat(item.statusProperty().get()).isEqualTo(ConnectionStatus.CONNECTED);
        ConnectionsViewModel.track(item, failed(ErrorKind.NOT_FOUND), messages);
        assertThat(item.statusProperty().get()).isEqualTo(ConnectionStatus.CONNECTED);
        ConnectionsViewModel.track(item, failed(ErrorKind.AUTHENTICATION), messages);
        assertThat(item.statusProperty().get()).isEqualTo(ConnectionStatus.ERROR);
        // the reason comes from the console's bundle, rendered from the error's code
        assertThat(item.detailProperty().get()).isEqualTo(messages.get("errors.ldapInvalidCredentials", "bind", "invalid credentials", "49"));
        ConnectionsViewModel.track(item, failed(ErrorKind.TRANSPORT), messages);
        assertThat(item.statusProperty().get()).isEqualTo(ConnectionStatus.ERROR);
    }

    private static DirectorySignal failed(ErrorKind kind) {
        return new DirectorySignal.Failed(DirectoryException.coded(kind, ErrorCode.LDAP_INVALID_CREDENTIALS, "bind",
                "invalid credentials", "49"));
    }
}
