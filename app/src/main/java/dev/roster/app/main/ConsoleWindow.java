package dev.roster.app.main;

import dev.roster.app.activity.ActivityView;
import dev.roster.app.activity.ActivityViewModel;
import dev.roster.app.connections.ConnectionsView;
import dev.roster.app.connections.ConnectionsViewModel;
import dev.roster.app.connections.SessionSecretPrompt;
import dev.roster.app.ui.form.FxSecretPrompter;
import dev.roster.app.groups.GroupsView;
import dev.roster.app.groups.GroupsViewModel;
import dev.roster.app.inspector.InspectorView;
import dev.roster.app.inspector.InspectorViewModel;
import dev.roster.app.members.MembersView;
import dev.roster.app.members.MembersViewModel;
import dev.roster.app.session.Session;
import dev.roster.app.ui.action.ActionFactory;
import dev.roster.app.ui.action.ActionRegistry;
import dev.roster.app.ui.task.ErrorLog;
import dev.roster.app.ui.Fxml;
import dev.roster.app.ui.form.FxDialogs;
import dev.roster.app.ui.task.FxTaskRunner;
import dev.roster.app.ui.Messages;
import dev.roster.app.ui.SaveDialog;
import dev.roster.app.ui.theme.Theme;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The composition root of the console: builds every view model and view with its dependencies (constructor
 * injection), loads the main FXML with them, registers the actions and shows the window.
 */
public final class ConsoleWindow {
    private final Stage stage;
    private final FxTaskRunner runner;
    private final ConnectionsViewModel connections;
    private final GroupsViewModel groups;
    private final MembersViewModel members;
    private final dev.roster.app.users.UsersViewModel users;
    private final dev.roster.app.users.UserDetailViewModel userDetail;
    private final InspectorViewModel inspector;
    private final ActivityViewModel activity;
    private final MainWindowView mainView;
    private final Theme theme;
    // feature: editor
    private final dev.roster.app.connections.ConnectionActions connectionActions;
    /** Stops showing the context's warnings here: a context outlives its windows (tests, a reopened window). */
    private final Runnable stopWarnings;
    private final dev.roster.app.service.ConsoleSettings settings;
    private final Runnable stopLayout;
    // feature: secrets
    private final ConsoleContext context;
    private final SessionSecretPrompt secretPrompt;

    public ConsoleWindow(Stage stage, ConsoleContext context, Theme theme) {
        this(stage, context, theme, SaveDialog.fileChooser());
    }

    /** With {@code saveDialog} asking where to save an exchange (a headless test has no native dialog). */
    public ConsoleWindow(Stage stage, ConsoleContext context, Theme theme, SaveDialog saveDialog) {
        this.stage = stage;
        this.context = context;
        this.theme = theme;
        Messages messages = context.messages();
        ErrorLog errors = new ErrorLog(messages);
        runner = new FxTaskRunner(errors);
        ActionRegistry registry = new ActionRegistry();
        ActionFactory actions = new ActionFactory(messages, registry);
        secretPrompt = new SessionSecretPrompt(context.connections(), context.secrets(),
                new FxSecretPrompter(messages, () -> stage), runner);
        connections = new ConnectionsViewModel(context.connections(), runner, messages, secretPrompt);
        // feature: tls-trust: an untrusted certificate, wherever it fails, asks to trust it; trusting reopens
        errors.onReport(new dev.roster.app.trust.TrustOffer(context.connections().trust(),
                new dev.roster.app.trust.TrustCertificateDialog(messages, () -> stage), runner, messages, connections::retryAfterTrust));
        var session = connections.sessionProperty();
        groups = new GroupsViewModel(session, runner, messages);
        members = new MembersViewModel(session, groups.selectedProperty(), runner, messages, new FxDialogs(messages, () -> stage),
                context.recorder());
        users = new dev.roster.app.users.UsersViewModel(session, runner, messages);
        userDetail = new dev.roster.app.users.UserDetailViewModel(session, users.selectedProperty(), runner, messages,
                new FxDialogs(messages, () -> stage), context.recorder());
        inspector = new InspectorViewModel(session, connections.traceProperty(), runner, messages);
        activity = new ActivityViewModel(context.activityLog(), runner, messages, session);
        StatusViewModel status = new StatusViewModel(session, runner.running(), errors, runner, messages);
        stopWarnings = ConsoleWarnings.show(context, runner, errors, messages);
        MainWindowViewModel main = new MainWindowViewModel(session, messages);

        GroupsView groupsView = new GroupsView(groups, actions, messages);
        MembersView membersView = new MembersView(members, groups.selectedProperty(), actions, messages);
        var usersView = new dev.roster.app.users.UsersView(users, actions, messages);
        var userDetailView = new dev.roster.app.users.UserDetailView(userDetail, actions, messages);
        InspectorView inspectorView = new InspectorView(inspector, messages, saveDialog);
        mainView = new MainWindowView(main, status, actions, registry, messages, theme);
        ActivityView activityView = new ActivityView(activity, messages, sequence -> {
            mainView.showInspector();
            inspector.reveal(sequence);
        });
        Windows windows = new Windows(() -> stage, messages, runner, context.recorder(), session, groups, members,
                groupsView::rowsShown, context.tempFiles());
        Parent root = new Fxml(messages).controller(new ConnectionsView(connections, messages, actions, registry)).controller(groupsView)
                .controller(membersView).controller(usersView).controller(userDetailView).controller(inspectorView).controller(activityView).controller(mainView)
                .load("main/MainWindow.fxml");
        ConsoleActions.register(new ConsoleActions.Parts(registry, connections, groups, groupsView, members, membersView,
                main, mainView, windows, theme, stage::getScene, stage::close));
        // feature: editor
        connectionActions = new dev.roster.app.connections.ConnectionActions(connections, context.connections(), runner, messages,
                () -> stage, new FxDialogs(messages, () -> stage), new dev.roster.app.connections.ConnectionPrompts(messages, () -> stage));
        connectionActions.register(registry);
        UsersActions.register(new UsersActions.Parts(registry, session, main.usersShownProperty(), users, usersView, userDetail,
                userDetailView, members, windows, stage::getScene));
        // Fit the window to the screen it opens on (a laptop, a small VM desktop, a headless test screen).
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        stage.setScene(new Scene(root, Math.min(1440, screen.getWidth()), Math.min(900, screen.getHeight())));
        stage.titleProperty().bind(main.titleProperty());
        settings = context.settings();
        stopLayout = ConsoleLayout.attach(new ConsoleLayout.Parts(settings, stage, mainView.layoutRoots(), mainView.panes(), theme, connections,
                main, errors, runner, messages));
        stage.setOnHidden(e -> close());
    }

    /** Shows the window and starts: connections (the Sandbox selected on a fresh home) and the activity log. */
    public void show() {
        stage.show();
        connections.load();
        activity.load();
    }

    public ConnectionsViewModel connections() {
        return connections;
    }

    public GroupsViewModel groups() {
        return groups;
    }

    public MembersViewModel members() {
        return members;
    }

    public dev.roster.app.users.UsersViewModel users() {
        return users;
    }

    public dev.roster.app.users.UserDetailViewModel userDetail() {
        return userDetail;
    }

    public InspectorViewModel inspector() {
        return inspector;
    }

    public ConsoleContext context() {
        return context;
    }

    /**
     * Asks, where there is no keychain, for a connection's secrets once per session: call its
     * {@code ensure(name, ctx)} on the worker before testing a connection (the editor's Test button).
     */
    public SessionSecretPrompt secretPrompt() {
        return secretPrompt;
    }

    /** The connection commands (the editor's): a test hands in its own file picker here. */
    public dev.roster.app.connections.ConnectionActions connectionActions() {
        return connectionActions;
    }

    public Theme theme() {
        return theme;
    }

    public Stage stage() {
        return stage;
    }

    /** Expands the inspector (as Ctrl+I does) on its inspector tab. */
    public void showInspector() {
        mainView.showInspector();
    }

    /** Asks running work to stop, then closes the session off the FX thread (see {@link SessionCloser}). */
    private void close() {
        stopWarnings.run();
        stopLayout.run();
        // written now, on the way out: a small file, and the next window (or run) must find it
        settings.close();
        Session open = connections.shutdown();
        runner.close();
        if (open != null) {
            SessionCloser.close(open);
        }
    }
}
