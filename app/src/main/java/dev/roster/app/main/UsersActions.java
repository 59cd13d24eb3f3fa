package dev.roster.app.main;

import dev.roster.app.session.Session;
import dev.roster.app.ui.action.ActionId;
import dev.roster.app.ui.action.ActionRegistry;
import dev.roster.app.users.UserDetailView;
import dev.roster.app.users.UserDetailViewModel;
import dev.roster.app.users.UsersView;
import dev.roster.app.users.UsersViewModel;
import dev.roster.app.members.MembersViewModel;
import dev.roster.connectors.Operation;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/**
 * The Users view's commands: the Groups | Users switch, Add to group, Remove from group, Load more; and its
 * case of the shared ones (F5 reads the users again, Ctrl+F goes to the user search, Ctrl+C copies users),
 * added around what {@link ConsoleActions} registered, so that file keeps its own.
 */
final class UsersActions {
    private UsersActions() {
    }

    record Parts(ActionRegistry registry, ObservableValue<Session> session, BooleanProperty usersShown, UsersViewModel users,
                 UsersView usersView, UserDetailViewModel detail, UserDetailView detailView, MembersViewModel members,
                 Windows windows, java.util.function.Supplier<Scene> scene) {
    }

    static void register(Parts p) {
        ActionRegistry r = p.registry();
        BooleanProperty usersShown = p.usersShown();
        usersShown.addListener((o, was, now) -> {
            if (now) {
                p.users().activate();
            } else {
                p.users().deactivate();
            }
        });
        p.windows().onUserCreated(user -> {
            usersShown.set(true);
            p.users().created(user);
        });
        // a change made from the users view shows in the members pane when that group is open there
        p.detail().onMembershipChanged(group -> {
            var open = p.members().group();
            if (open != null && open.id().equals(group.id())) {
                p.members().reload();
            }
        });
        r.register(ActionId.SHOW_GROUPS, () -> usersShown.set(false));
        r.register(ActionId.SHOW_USERS, () -> usersShown.set(true));
        BooleanBinding noUser = usersShown.not().or(Bindings.createBooleanBinding(() -> p.detail().user() == null,
                p.detail().titleProperty()));
        r.register(ActionId.ADD_TO_GROUP, () -> {
            var user = p.detail().user();
            if (user != null) {
                p.windows().addToGroup(user, p.detail().groupIds(), group -> p.detail().added(user, group));
            }
        }, unsupported(p.session(), Operation.ADD_MEMBER).or(noUser));
        r.register(ActionId.REMOVE_FROM_GROUP, () -> {
            if (!textInput(p.scene().get(), TextInputControl::cut)) {
                p.detail().removeFrom(p.detailView().selectedGroup());
            }
        }, unsupported(p.session(), Operation.REMOVE_MEMBER).or(noUser).or(Bindings.isEmpty(p.detailView().selectedGroups()))
                .or(p.detail().writes().busyProperty()));
        r.register(ActionId.USERS_LOAD_MORE, p.users()::loadMore,
                p.users().moreAvailableProperty().not().or(p.users().loadingProperty()));
        r.decorate(ActionId.REFRESH, groups -> () -> {
            if (usersShown.get() && p.session().getValue() != null) {
                p.users().refresh();
                p.detail().reloadGroups();
            } else {
                groups.run();
            }
        });
        r.decorate(ActionId.FILTER, groups -> () -> {
            if (usersShown.get()) {
                p.usersView().focusSearch();
            } else {
                groups.run();
            }
        });
        r.decorate(ActionId.COPY_ROWS, groups -> () -> {
            if (usersShown.get() && p.usersView().tableFocused()) {
                ClipboardContent content = new ClipboardContent();
                content.putString(MembersViewModel.copyText(p.usersView().selection()));
                Clipboard.getSystemClipboard().setContent(content);
            } else {
                groups.run();
            }
        });
    }

    private static BooleanBinding unsupported(ObservableValue<Session> session, Operation operation) {
        return Bindings.createBooleanBinding(() -> session.getValue() == null
                || !session.getValue().capabilities().supports(operation), session);
    }

    private static boolean textInput(Scene scene, java.util.function.Consumer<TextInputControl> action) {
        if (scene != null && scene.getFocusOwner() instanceof TextInputControl input) {
            action.accept(input);
            return true;
        }
        return false;
    }
}
