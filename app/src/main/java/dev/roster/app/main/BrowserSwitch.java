package dev.roster.app.main;

import dev.roster.app.ui.action.ActionFactory;
import dev.roster.app.ui.action.ActionId;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import org.controlsfx.control.SegmentedButton;

/**
 * The "Groups | Users" switch of the main window: which pair of panes (groups and members, or users and the
 * user's detail) fills the middle. Both pairs stay loaded in the same split pane slots, only one shown, so the
 * dividers stay where the person put them and a switch back finds everything as it was.
 */
final class BrowserSwitch {
    private BrowserSwitch() {
    }

    /** The two toggle buttons, each running its action (Ctrl+1, Ctrl+2), kept in step with {@code usersShown}. */
    static SegmentedButton make(ActionFactory actions, BooleanProperty usersShown) {
        ToggleButton groups = actions.configure(new ToggleButton(), ActionId.SHOW_GROUPS, true);
        groups.setId("switch-groups");
        ToggleButton users = actions.configure(new ToggleButton(), ActionId.SHOW_USERS, true);
        users.setId("switch-users");
        SegmentedButton pair = new SegmentedButton(groups, users);
        pair.setId("browser-switch");
        Runnable sync = () -> {
            groups.setSelected(!usersShown.get());
            users.setSelected(usersShown.get());
        };
        usersShown.addListener((o, was, now) -> sync.run());
        // a click on the button already selected would unselect it: the switch always shows which view is on
        groups.addEventHandler(ActionEvent.ACTION, e -> sync.run());
        users.addEventHandler(ActionEvent.ACTION, e -> sync.run());
        sync.run();
        return pair;
    }

    /** Shows {@code groups} panes or {@code users} panes as {@code usersShown} says; a hidden pane takes no room. */
    static void showOne(BooleanProperty usersShown, List<Node> groups, List<Node> users) {
        Runnable apply = () -> {
            groups.forEach(n -> show(n, !usersShown.get()));
            users.forEach(n -> show(n, usersShown.get()));
        };
        usersShown.addListener((o, was, now) -> apply.run());
        apply.run();
    }

    private static void show(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }
}
