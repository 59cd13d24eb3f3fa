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
import dev.roster.connectors.trace.ExchangeLog;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The connections sidebar: the saved connections, which one is selected, and the open {@link Session} for
 * it. Opening runs in the background (the Sandbox starts its embedded server then); each exchange of the
 * session updates the connection's status (connected, error, rate limited). {@link #traceProperty()} is what the
 * inspector lists: the open session's exchanges, or after a failed open the exchanges of that attempt (an
 * unreachable server's failed connect is an exchange too).
 */
public final class ConnectionsViewModel {
    private final Connections connections;
    private final TaskRunner runner;
    private final Messages messages;
    private final ObservableList<ConnectionItem> items = FXCollections.observableArrayList();
    private final ObjectProperty<ConnectionItem> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<Session> session = new ReadOnlyObjectWrapper<>(this, "session");
    private final ReadOnlyObjectWrapper<ExchangeLog> trace = new ReadOnlyObjectWrapper<>(this, "trace");
    private Runnable unsubscribe = () -> { };
    /** Bumped on the UI thread by every open and by shutdown; read by workers to drop an open no longer wanted. */
    private final AtomicLong openGeneration = new AtomicLong();

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

    /** The exchanges to show: the session's, the failed attempt's, or none (nothing selected, connecting). */
    public ReadOnlyObjectProperty<ExchangeLog> traceProperty() {
        return trace.getReadOnlyProperty();
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
        long generation = openGeneration.incrementAndGet();
        if (item == null) {
            return;
        }
        item.status(ConnectionStatus.CONNECTING, null);
        item.warning(null); // earlier settings' warning: a review that fails now must not leave it showing
        // Set by the worker once the directory exists, so that a failed open still shows what it sent.
        AtomicReference<ExchangeLog> attempt = new AtomicReference<>();
        runner.run(BackgroundTask.of(messages.get("connections.task.open", item.name()), ctx -> {
            // Shown before the secret is sent, and whether or not the connection then opens.
            String warnings = String.join("\n", connections.review(item.name()));
            ctx.ui(() -> item.warning(warnings.isEmpty() ? null : warnings));
            UnifiedDirectory directory = connections.open(item.name());
            attempt.set(directory.exchanges());
            try {
                directory.verify();
            } catch (RuntimeException e) {
                directory.close();
                throw e;
            }
            Session opened = new Session(item.name(), directory);
            if (generation != openGeneration.get()) {
                // Another connection was chosen, or the window closed, while this one opened: close it here, on
                // the worker (the UI thread may already be gone), rather than hand it to nobody.
                opened.closeWhenIdle();
                return null;
            }
            return opened;
        }).onSuccess(opened -> {
            if (opened == null) {
                return;
            }
            if (generation != openGeneration.get()) {
                closeInBackground(opened);
                return;
            }
            item.status(ConnectionStatus.CONNECTED, null);
            unsubscribe = opened.exchanges().subscribe(exchange -> runner.onUi(() -> track(item, exchange)));
            session.set(opened);
            trace.set(opened.exchanges());
        }).onFailure(error -> {
            if (generation == openGeneration.get()) {
                trace.set(attempt.get());
                item.status(ConnectionStatus.ERROR, ErrorLog.describe(error));
            }
        }));
    }

    private void closeSession() {
        unsubscribe.run();
        unsubscribe = () -> { };
        Session old = session.get();
        session.set(null);
        trace.set(null);
        if (old != null) {
            closeInBackground(old);
        }
    }

    /**
     * Writes, exports and removals still running on it keep it open: it closes after the last one. Should the
     * runner no longer take work (the window closed meanwhile), it is closed here rather than left open.
     */
    private void closeInBackground(Session old) {
        runner.run(BackgroundTask.of(messages.get("connections.task.close", old.name()), ctx -> {
            old.closeWhenIdle();
            return null;
        }).onCancelled(old::closeWhenIdle));
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

    /**
     * The window is closing: forgets the open session and returns it for the caller to close off the UI thread
     * (the Sandbox writes and syncs its snapshot when closed), or null. An open still in flight is closed by its
     * own worker when it completes.
     */
    public Session shutdown() {
        openGeneration.incrementAndGet();
        unsubscribe.run();
        unsubscribe = () -> { };
        Session old = session.get();
        session.set(null);
        trace.set(null);
        return old;
    }
}
