package dev.roster.app.connections;

import dev.roster.app.session.Session;

import dev.roster.app.service.ConnectionProfile;
import dev.roster.app.service.ConnectionStore;
import dev.roster.app.service.Connections;
import dev.roster.app.ui.task.BackgroundTask;
import dev.roster.app.ui.task.ErrorLog;
import dev.roster.app.ui.Messages;
import dev.roster.app.ui.task.TaskRunner;
import dev.roster.connectors.ConnectorProvider;
import dev.roster.connectors.UnifiedDirectory;
import dev.roster.connectors.trace.Exchange;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The connections sidebar: the saved connections, which one is selected, and the open {@link Session} for
 * it. Opening runs in the background (the Sandbox starts its embedded server then); each exchange of the
 * session updates the connection's status (connected, error, rate limited).
 */
public final class ConnectionsViewModel {
    private final Connections connections;
    private final TaskRunner runner;
    private final Messages messages;
    private final ObservableList<ConnectionItem> items = FXCollections.observableArrayList();
    private final ObjectProperty<ConnectionItem> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<Session> session = new ReadOnlyObjectWrapper<>(this, "session");
    private Runnable unsubscribe = () -> { };
    private long openGeneration;

    public ConnectionsViewModel(Connections connections, TaskRunner runner, Messages messages) {
        this.connections = connections;
        this.runner = runner;
        this.messages = messages;
        selected.addListener((o, was, now) -> open(now));
    }

    public ObservableList<ConnectionItem> items() {
        return items;
    }

    public ObjectProperty<ConnectionItem> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<Session> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    public Session session() {
        return session.get();
    }

    /** Reads the saved connections (a fresh home has the Sandbox) and selects the Sandbox, else the first. */
    public void load() {
        runner.run(BackgroundTask.of(messages.get("connections.task.load"), ctx -> connections.list())
                .onSuccess(this::show));
    }

    private void show(List<ConnectionProfile> profiles) {
        String keep = selected.get() == null ? null : selected.get().name();
        items.setAll(profiles.stream().map(p -> new ConnectionItem(p.name(), p.type(),
                connections.registry().find(p.type()).map(ConnectorProvider::displayName).orElse(p.type()))).toList());
        ConnectionItem pick = items.stream().filter(i -> i.name().equals(keep)).findFirst()
                .or(() -> items.stream().filter(i -> i.name().equals(ConnectionStore.SANDBOX)).findFirst())
                .or(() -> items.stream().findFirst())
                .orElse(null);
        selected.set(pick);
    }

    /** Opens the connection again (after an error, or to start over). */
    public void reconnect() {
        open(selected.get());
    }

    private void open(ConnectionItem item) {
        closeSession();
        long generation = ++openGeneration;
        if (item == null) {
            return;
        }
        item.status(ConnectionStatus.CONNECTING, null);
        runner.run(BackgroundTask.of(messages.get("connections.task.open", item.name()), ctx -> {
            // Shown before the secret is sent, and whether or not the connection then opens.
            String warnings = String.join("\n", connections.review(item.name()));
            ctx.ui(() -> item.warning(warnings.isEmpty() ? null : warnings));
            UnifiedDirectory directory = connections.open(item.name());
            try {
                directory.verify();
            } catch (RuntimeException e) {
                directory.close();
                throw e;
            }
            return new Session(item.name(), directory);
        }).onSuccess(opened -> {
            if (generation != openGeneration) {
                opened.close();
                return;
            }
            item.status(ConnectionStatus.CONNECTED, null);
            unsubscribe = opened.exchanges().subscribe(exchange -> runner.onUi(() -> track(item, exchange)));
            session.set(opened);
        }).onFailure(error -> item.status(ConnectionStatus.ERROR, ErrorLog.describe(error))));
    }

    private void closeSession() {
        unsubscribe.run();
        unsubscribe = () -> { };
        Session old = session.get();
        session.set(null);
        if (old != null) {
            // Writes, exports and removals still running on it keep it open: it closes after the last one.
            runner.run(BackgroundTask.of(messages.get("connections.task.close", old.name()), ctx -> {
                old.closeWhenIdle();
                return null;
            }));
        }
    }

    /** Status from what the directory answered: a success, a 429, or an answer that means the connection is broken. */
    static void track(ConnectionItem item, Exchange exchange) {
        boolean http = Exchange.HTTP.equals(exchange.protocol());
        if (exchange.succeeded()) {
            item.status(ConnectionStatus.CONNECTED, null);
        } else if (http && exchange.status() == 429) {
            item.status(ConnectionStatus.RATE_LIMITED, exchange.statusText());
        } else if (exchange.status() < 0 || (http && (exchange.status() == 401 || exchange.status() == 403))
                || (!http && exchange.status() == 49)) {
            item.status(ConnectionStatus.ERROR, exchange.error() != null ? exchange.error() : exchange.statusText());
        }
    }

    /** Closes the open session (window closing). */
    public void shutdown() {
        unsubscribe.run();
        Session old = session.get();
        session.set(null);
        if (old != null) {
            old.close();
        }
    }
}
