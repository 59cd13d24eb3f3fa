package dev.roster.app.connections;

import dev.roster.app.session.Session;

import dev.roster.app.service.ConnectionProfile;
import dev.roster.app.service.ConnectionStore;
import dev.roster.app.service.Connections;
import dev.roster.app.ui.task.BackgroundTask;
import dev.roster.app.ui.Formats;
import dev.roster.app.ui.task.ErrorText;
import dev.roster.app.ui.Messages;
import dev.roster.app.ui.task.TaskRunner;
import dev.roster.connectors.ConnectorProvider;
import dev.roster.connectors.UnifiedDirectory;
import dev.roster.connectors.DirectorySignal;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The connections sidebar: the saved connections, which one is selected, and the open {@link Session} for
 * it. Opening runs in the background (the Sandbox starts its embedded server then); the session's typed
 * signals update the connection's status (connected, error with its reason, rate limited).
 */
public final class ConnectionsViewModel {
    private final Connections connections;
    private final TaskRunner runner;
    private final Messages messages;
    private final ObservableList<ConnectionItem> items = FXCollections.observableArrayList();
    private final ObjectProperty<ConnectionItem> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<Session> session = new ReadOnlyObjectWrapper<>(this, "session");
    /** The selected item's status, followed so that bindings on it (Retry) update when it changes. */
    private final ObjectProperty<ConnectionStatus> selectedStatus = new SimpleObjectProperty<>(this, "selectedStatus");
    private final BooleanBinding canRetry = Bindings.createBooleanBinding(
            () -> selectedStatus.get() == ConnectionStatus.ERROR, selectedStatus);
    private Runnable unsubscribe = () -> { };
    private long openGeneration;

    public ConnectionsViewModel(Connections connections, TaskRunner runner, Messages messages) {
        this.connections = connections;
        this.runner = runner;
        this.messages = messages;
        selected.addListener((o, was, now) -> open(now));
        selected.addListener((o, was, now) -> {
            selectedStatus.unbind();
            if (now != null) {
                selectedStatus.bind(now.statusProperty());
            } else {
                selectedStatus.set(null);
            }
        });
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
            unsubscribe = opened.directory().signals(signal -> runner.onUi(() -> track(item, signal, messages)));
            session.set(opened);
        }).onFailure(error -> item.status(ConnectionStatus.ERROR, ErrorText.describe(messages, error))));
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

    /**
     * Status from what the connection's calls said, as typed signals: an answer means connected; a failure
     * of the connection itself (sign-in refused, unreachable, timed out, an unknown outcome, a garbled
     * answer) an error with its reason; a rate limit, rate limited. A refusal of one request (not found,
     * conflict, permission on one entry) says nothing about the connection and leaves the status as it is.
     */
    static void track(ConnectionItem item, DirectorySignal signal, Messages messages) {
        switch (signal) {
            case DirectorySignal.Answered a -> item.status(ConnectionStatus.CONNECTED, null);
            case DirectorySignal.Failed f -> {
                switch (f.kind()) {
                    case AUTHENTICATION, TRANSPORT, UNKNOWN_OUTCOME, PROTOCOL ->
                            item.status(ConnectionStatus.ERROR, ErrorText.describe(messages, f.error()));
                    case RATE_LIMITED -> item.status(ConnectionStatus.RATE_LIMITED, ErrorText.describe(messages, f.error()));
                    default -> { }
                }
            }
            case DirectorySignal.RateLimited r -> {
                if (r.exhausted()) {
                    item.status(ConnectionStatus.RATE_LIMITED, r.resetAt() == null ? messages.get("connections.rateLimited")
                            : messages.get("connections.rateLimitedUntil", Formats.time(r.resetAt())));
                }
            }
        }
    }

    /** The selected connection failed to open or broke: the sidebar offers Retry ({@link #reconnect()}). */
    public BooleanBinding canRetryProperty() {
        return canRetry;
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
