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
import dev.roster.connectors.trace.ExchangeLog;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
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
 * it. Opening runs in the background (the Sandbox starts its embedded server then); the session's typed
 * signals update the connection's status (connected, error with its reason, rate limited).
 * {@link #traceProperty()} is what the inspector lists: the open session's exchanges, or after a failed open
 * the exchanges of that attempt (an unreachable server's failed connect is an exchange too).
 */
public final class ConnectionsViewModel {
    private final Connections connections;
    private final TaskRunner runner;
    private final Messages messages;
    private final java.time.Clock clock;
    private final ObservableList<ConnectionItem> items = FXCollections.observableArrayList();
    private final ObjectProperty<ConnectionItem> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<Session> session = new ReadOnlyObjectWrapper<>(this, "session");
    private final ReadOnlyObjectWrapper<ExchangeLog> trace = new ReadOnlyObjectWrapper<>(this, "trace");
    /** The selected item's status, followed so that bindings on it (Retry) update when it changes. */
    private final ObjectProperty<ConnectionStatus> selectedStatus = new SimpleObjectProperty<>(this, "selectedStatus");
    private final BooleanBinding canRetry = Bindings.createBooleanBinding(
            () -> selectedStatus.get() == ConnectionStatus.ERROR, selectedStatus);
    private Runnable unsubscribe = () -> { };
    /** The connection to select on load when it is there: the one selected when the console last closed. */
    private String preferred;
    /** Bumped on the UI thread by every open and by shutdown; read by workers to drop an open no longer wanted. */
    private final AtomicLong openGeneration = new AtomicLong();

    // feature: secrets
    private final SessionSecretPrompt secretPrompt;

    public ConnectionsViewModel(Connections connections, TaskRunner runner, Messages messages) {
        this(connections, runner, messages, SessionSecretPrompt.none(connections));
    }

    /** With {@code clock} telling when a failure happened (the details show it). */
    public ConnectionsViewModel(Connections connections, TaskRunner runner, Messages messages, java.time.Clock clock) {
        this(connections, runner, messages, SessionSecretPrompt.none(connections), clock);
    }

    /** With {@code secretPrompt} asking, where there is no keychain, for a connection's secrets once per session. */
    public ConnectionsViewModel(Connections connections, TaskRunner runner, Messages messages, SessionSecretPrompt secretPrompt) {
        this(connections, runner, messages, secretPrompt, java.time.Clock.systemUTC());
    }

    public ConnectionsViewModel(Connections connections, TaskRunner runner, Messages messages, SessionSecretPrompt secretPrompt,
                                java.time.Clock clock) {
        this.secretPrompt = secretPrompt;
        this.clock = clock;
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

    // feature: connection-check
    /** The test of a saved connection, for the "Test connection" dialog (it runs the supplier off the FX thread). */
    public java.util.function.Supplier<dev.roster.connectors.ConnectionReport> tester(ConnectionItem item) {
        String name = item.name();
        return () -> connections.test(name);
    }

    /** The console's task runner: the test runs there, so it shows among the running tasks. */
    public TaskRunner runner() {
        return runner;
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
                connections.registry().find(p.type()).map(ConnectorProvider::displayName).orElse(p.type()))
                .insecure(Connections.isInsecure(p))).toList());
        ConnectionItem pick = items.stream().filter(i -> i.name().equals(keep)).findFirst()
                .or(() -> items.stream().filter(i -> i.name().equals(preferred)).findFirst())
                .or(() -> items.stream().filter(i -> i.name().equals(ConnectionStore.SANDBOX)).findFirst())
                .or(() -> items.stream().findFirst())
                .orElse(null);
        selected.set(pick);
    }

    /** Selects {@code name} on {@link #load()} if it is among the saved connections (before the Sandbox, else the first). */
    public void prefer(String name) {
        preferred = name;
    }

    /** A certificate of {@code name} was just trusted: reopen it if it is still the selected connection. */
    public void retryAfterTrust(String name) {
        if (selected.get() != null && selected.get().name().equals(name)) {
            reconnect();
        }
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
        AtomicReference<DirectorySignal.RateLimited> attemptLimit = new AtomicReference<>();
        runner.run(BackgroundTask.of(messages.get("connections.task.open", item.name()), ctx -> {
            // Shown before the secret is sent, and whether or not the connection then opens.
            String warnings = String.join("\n", connections.review(item.name()));
            ctx.ui(() -> item.warning(warnings.isEmpty() ? null : warnings));
            secretPrompt.ensure(item.name(), ctx);
            UnifiedDirectory directory = connections.open(item.name());
            attempt.set(directory.exchanges());
            try {
                directory.verify();
            } catch (RuntimeException e) {
                // the window the refusal reported, for the details (nobody listened to its signal yet)
                attemptLimit.set(directory.rateLimit().orElse(null));
                secretPrompt.failed(item.name(), e);
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
            // verify's answer may already have spent the window: its signal came before anyone listened
            opened.directory().rateLimit().ifPresent(limit -> track(item, limit, messages, clock.instant()));
            unsubscribe = opened.directory().signals(signal -> runner.onUi(() -> track(item, signal, messages, clock.instant())));
            session.set(opened);
            trace.set(opened.exchanges());
        }).onFailure(error -> {
            if (generation == openGeneration.get()) {
                trace.set(attempt.get());
                if (attemptLimit.get() != null) {
                    item.rateLimit(attemptLimit.get());
                }
                failed(item, error, messages, clock.instant());
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
            // closed now: no longer "connected"; an error or a spent rate limit is still worth seeing
            items.stream().filter(i -> i.name().equals(old.name()) && i.statusProperty().get() == ConnectionStatus.CONNECTED)
                    .forEach(i -> i.status(ConnectionStatus.IDLE, null));
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

    /**
     * Status from what the connection's calls said, as typed signals: an answer means connected; a failure
     * of the connection itself (sign-in refused, unreachable, timed out, an unknown outcome, a garbled
     * answer) an error with its reason; a rate limit, rate limited. A refusal of one request (not found,
     * conflict, permission on one entry) says nothing about the connection and leaves the status as it is.
     */
    static void track(ConnectionItem item, DirectorySignal signal, Messages messages) {
        track(item, signal, messages, java.time.Instant.now());
    }

    /** {@link #track(ConnectionItem, DirectorySignal, Messages)} with the time a failure is remembered at. */
    static void track(ConnectionItem item, DirectorySignal signal, Messages messages, java.time.Instant now) {
        switch (signal) {
            case DirectorySignal.Answered a -> item.status(ConnectionStatus.CONNECTED, null);
            case DirectorySignal.Failed f -> {
                switch (f.kind()) {
                    case AUTHENTICATION, TRANSPORT, UNKNOWN_OUTCOME, PROTOCOL -> failed(item, f.error(), messages, now);
                    case RATE_LIMITED -> failed(item, f.error(), messages, now);
                    default -> { }
                }
            }
            case DirectorySignal.RateLimited r -> {
                item.rateLimit(r);
                if (r.exhausted()) {
                    item.status(ConnectionStatus.RATE_LIMITED, rateLimitedText(r.resetAt(), messages));
                }
            }
        }
    }

    /**
     * A failure of the connection: its status (rate limited, or error) with the reason, and the failure kept in
     * full with its time for the details. A refusal for the rate limit says until when, from the window the
     * provider reported or the error's own Retry-After.
     */
    static void failed(ConnectionItem item, Throwable error, Messages messages, java.time.Instant now) {
        dev.roster.connectors.DirectoryException d = ErrorText.directory(error);
        String text = ErrorText.describe(messages, error);
        item.failed(new ConnectionItem.LastError(text, now, d == null ? null : d.code().map(Enum::name).orElse(null),
                d == null ? null : d.rawResponse().orElse(null)));
        if (d != null && d.kind() == dev.roster.connectors.ErrorKind.RATE_LIMITED) {
            DirectorySignal.RateLimited window = item.rateLimitProperty().get();
            java.time.Instant reset = window != null && window.resetAt() != null ? window.resetAt()
                    : d.retryAfter().map(now::plus).orElse(null);
            item.status(ConnectionStatus.RATE_LIMITED, rateLimitedText(reset, messages));
        } else {
            item.status(ConnectionStatus.ERROR, text);
        }
    }

    private static String rateLimitedText(java.time.Instant resetAt, Messages messages) {
        return resetAt == null ? messages.get("connections.rateLimited") : messages.get("connections.rateLimitedUntil", Formats.time(resetAt));
    }

    /** The selected connection failed to open or broke: the sidebar offers Retry ({@link #reconnect()}). */
    public BooleanBinding canRetryProperty() {
        return canRetry;
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

    // feature: editor

    /**
     * Reads the saved connections again and selects {@code select} (null: the one selected, as {@link #load}
     * does). The items of other connections are kept, so the open session is not reopened for a change elsewhere;
     * {@code changed} (edited, renamed, added; null: none) gets a new item, so when selected it opens again with
     * its new settings.
     */
    public void reload(String select, String changed) {
        runner.run(BackgroundTask.of(messages.get("connections.task.load"), ctx -> connections.list())
                .onSuccess(profiles -> showKeeping(profiles, select, changed)));
    }

    private void showKeeping(List<ConnectionProfile> profiles, String select, String changed) {
        String keep = select != null ? select : selected.get() == null ? null : selected.get().name();
        java.util.Map<String, ConnectionItem> old = new java.util.HashMap<>();
        items.stream().filter(i -> !i.name().equals(changed)).forEach(i -> old.put(i.name() + "/" + i.type(), i));
        List<ConnectionItem> next = profiles.stream().map(p -> old.computeIfAbsent(p.name() + "/" + p.type(),
                k -> new ConnectionItem(p.name(), p.type(),
                        connections.registry().find(p.type()).map(ConnectorProvider::displayName).orElse(p.type())))).toList();
        items.setAll(next);
        ConnectionItem pick = items.stream().filter(i -> i.name().equals(keep)).findFirst()
                .or(() -> items.stream().filter(i -> i.name().equals(ConnectionStore.SANDBOX)).findFirst())
                .or(() -> items.stream().findFirst())
                .orElse(null);
        selected.set(pick);
    }

    /** The list changed order only (a move): the same items, rearranged; nothing reopens. */
    public void reorder(List<String> names) {
        java.util.Map<String, ConnectionItem> byName = new java.util.HashMap<>();
        items.forEach(i -> byName.put(i.name(), i));
        List<ConnectionItem> next = names.stream().map(byName::get).filter(java.util.Objects::nonNull).toList();
        if (next.size() == items.size()) {
            items.setAll(next);
        }
    }
}
