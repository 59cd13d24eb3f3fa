package dev.roster.app.main;

import dev.roster.app.connections.ConnectionsViewModel;
import dev.roster.app.session.Session;
import dev.roster.app.groups.GroupsView;
import dev.roster.app.groups.GroupsViewModel;
import dev.roster.app.members.MembersView;
import dev.roster.app.members.MembersViewModel;
import dev.roster.app.ui.action.ActionId;
import dev.roster.app.ui.action.ActionRegistry;
import dev.roster.app.ui.theme.Theme;
import dev.roster.connectors.Operation;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/**
 * What each action does in the main window and when it is off. Shortcuts are global accelerators, so Delete
 * and Ctrl+C hand the key back to a focused text field instead of acting on the tables.
 */
final class ConsoleActions {
    private ConsoleActions() {
    }

    record Parts(ActionRegistry registry, ConnectionsViewModel connections, GroupsViewModel groups, GroupsView groupsView,
                 MembersViewModel members, MembersView membersView, MainWindowViewModel main, MainWindowView mainView,
                 Windows windows, Theme theme, java.util.function.Supplier<Scene> scene, Runnable quit) {
    }

    static void register(Parts p) {
        ObservableValue<Session> session = p.connections().sessionProperty();
        ActionRegistry r = p.registry();
        r.register(ActionId.REFRESH, () -> {
            if (session.getValue() == null) {
                p.connections().reconnect();
            } else {
                p.groups().refresh();
                p.members().reload();
            }
        });
        r.register(ActionId.NEW_GROUP, () -> p.windows().createGroup(), unsupported(session, Operation.CREATE_GROUP));
        r.register(ActionId.NEW_USER, () -> p.windows().createUser(), unsupported(session, Operation.CREATE_USER));
        r.register(ActionId.ADD_MEMBER, () -> p.windows().addMember(), unsupported(session, Operation.ADD_MEMBER));
        r.register(ActionId.REMOVE_MEMBER, () -> {
            // feature: editor: Delete on the connections list removes the connection, not the selected members
            Scene scene = p.scene().get();
            if (scene != null && scene.getFocusOwner() != null && "connections-list".equals(scene.getFocusOwner().getId())) {
                r.execute(ActionId.REMOVE_CONNECTION);
                return;
            }
            if (!textInput(p.scene().get(), TextInputControl::deleteNextChar)) {
                p.members().remove(p.membersView().selection());
            }
        }, unsupported(session, Operation.REMOVE_MEMBER).or(Bindings.isEmpty(p.membersView().selectedItems()))
                .or(p.members().removingProperty()));
        r.register(ActionId.EXPORT, () -> p.windows().export(), Bindings.createBooleanBinding(() -> session.getValue() == null, session));
        r.register(ActionId.INSPECTOR, () -> {
            if (p.main().inspectorShownProperty().get()) {
                p.main().toggleInspector();
            } else {
                p.mainView().showInspector();
            }
        });
        r.register(ActionId.FILTER, () -> p.groupsView().focusFilter());
        r.register(ActionId.COPY_ROWS, () -> {
            if (!textInput(p.scene().get(), TextInputControl::copy)) {
                String text = p.membersView().tableFocused() ? MembersViewModel.copyText(p.membersView().selection())
                        : GroupsViewModel.copyText(p.groupsView().selection());
                ClipboardContent content = new ClipboardContent();
                content.putString(text);
                Clipboard.getSystemClipboard().setContent(content);
            }
        });
        BooleanBinding cannotPage = p.groups().moreAvailableProperty().not().or(p.groups().loadingProperty());
        r.register(ActionId.LOAD_MORE, p.groups()::loadMore, cannotPage);
        r.register(ActionId.LOAD_ALL, p.groups()::loadAll, cannotPage);
        r.register(ActionId.CANCEL_LOAD, p.groups()::cancel, p.groups().loadingProperty().not());
        r.register(ActionId.THEME_SYSTEM, () -> p.theme().modeProperty().set(Theme.Mode.SYSTEM));
        r.register(ActionId.THEME_LIGHT, () -> p.theme().modeProperty().set(Theme.Mode.LIGHT));
        r.register(ActionId.THEME_DARK, () -> p.theme().modeProperty().set(Theme.Mode.DARK));
        r.register(ActionId.QUIT, p.quit());
    }

    private static BooleanBinding unsupported(ObservableValue<Session> session, Operation operation) {
        return Bindings.createBooleanBinding(() -> session.getValue() == null
                || !session.getValue().capabilities().supports(operation), session);
    }

    /** When a text field has the focus, the key is its own: do {@code action} on it and report true. */
    private static boolean textInput(Scene scene, java.util.function.Consumer<TextInputControl> action) {
        if (scene != null && scene.getFocusOwner() instanceof TextInputControl input) {
            action.accept(input);
            return true;
        }
        return false;
    }
}
