package dev.roster.app.main;

import dev.roster.app.ui.action.ActionFactory;
import dev.roster.app.ui.action.ActionId;
import dev.roster.app.ui.action.ActionRegistry;
import dev.roster.app.ui.Messages;
import dev.roster.app.ui.task.RunningTask;
import dev.roster.app.ui.theme.Theme;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import org.controlsfx.control.StatusBar;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The main window: menus and toolbar from the action registry, the panes, the inspector dock, the status bar. */
public final class MainWindowView {
    private final MainWindowViewModel viewModel;
    private final StatusViewModel status;
    private final ActionFactory actions;
    private final ActionRegistry registry;
    private final Messages messages;
    private final Theme theme;
    @FXML private MenuBar menuBar;
    @FXML private ToolBar toolBar;
    @FXML private SplitPane dock;
    @FXML private SplitPane panes;
    @FXML private TabPane bottomTabs;
    @FXML private Tab inspectorTab;
    @FXML private StatusBar statusBar;
    @FXML private javafx.scene.layout.HBox inspectorStrip;
    @FXML private javafx.scene.Node groupsPane;
    @FXML private javafx.scene.Node membersPane;
    @FXML private javafx.scene.Node usersPane;
    @FXML private javafx.scene.Node userDetailPane;

    public MainWindowView(MainWindowViewModel viewModel, StatusViewModel status, ActionFactory actions, ActionRegistry registry,
                          Messages messages, Theme theme) {
        this.viewModel = viewModel;
        this.status = status;
        this.actions = actions;
        this.registry = registry;
        this.messages = messages;
        this.theme = theme;
    }

    @FXML
    private void initialize() {
        dev.roster.app.ui.theme.SplitPositions.keep(panes);
        menuBar.getMenus().setAll(
                menu("main.menu.file", actions.menuItem(ActionId.NEW_USER), actions.menuItem(ActionId.NEW_GROUP),
                        actions.menuItem(ActionId.ADD_MEMBER), new SeparatorMenuItem(), actions.menuItem(ActionId.EXPORT),
                        new SeparatorMenuItem(), actions.menuItem(ActionId.QUIT)),
                menu("main.menu.edit", actions.menuItem(ActionId.COPY_ROWS), actions.menuItem(ActionId.FILTER),
                        new SeparatorMenuItem(), actions.menuItem(ActionId.REMOVE_MEMBER),
                        new SeparatorMenuItem(), actions.menuItem(ActionId.ADD_TO_GROUP), actions.menuItem(ActionId.REMOVE_FROM_GROUP)),
                menu("main.menu.view", actions.menuItem(ActionId.SHOW_GROUPS), actions.menuItem(ActionId.SHOW_USERS),
                        new SeparatorMenuItem(), actions.menuItem(ActionId.REFRESH), actions.menuItem(ActionId.LOAD_MORE),
                        actions.menuItem(ActionId.LOAD_ALL), actions.menuItem(ActionId.CANCEL_LOAD), new SeparatorMenuItem(),
                        actions.menuItem(ActionId.INSPECTOR), themeMenu()));
        toolBar.getItems().setAll(button(ActionId.REFRESH), new Separator(javafx.geometry.Orientation.VERTICAL), button(ActionId.NEW_GROUP),
                button(ActionId.NEW_USER), button(ActionId.ADD_MEMBER), button(ActionId.REMOVE_MEMBER), new Separator(javafx.geometry.Orientation.VERTICAL),
                button(ActionId.EXPORT), button(ActionId.INSPECTOR));
        toolBar.getItems().addAll(0, List.of(BrowserSwitch.make(actions, viewModel.usersShownProperty()),
                new Separator(javafx.geometry.Orientation.VERTICAL)));
        BrowserSwitch.showOne(viewModel.usersShownProperty(), List.of(groupsPane, membersPane), List.of(usersPane, userDetailPane));
        viewModel.inspectorShownProperty().addListener((o, was, now) -> showDock(now));
        showDock(viewModel.inspectorShownProperty().get());
        InspectorStrip.build(inspectorStrip, viewModel.inspectorShownProperty(), messages,
                () -> registry.execute(ActionId.INSPECTOR), this::showActivity);
        // a drag of the divider above the inspector is where it opens next time (and the next run)
        dock.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_RELEASED, e -> {
            if (dock.getItems().contains(bottomTabs) && !dock.getDividers().isEmpty()) {
                viewModel.dockPositionProperty().set(dock.getDividerPositions()[0]);
            }
        });
        statusBar();
    }

    private Menu menu(String key, javafx.scene.control.MenuItem... items) {
        Menu menu = new Menu(messages.get(key));
        menu.getItems().setAll(items);
        return menu;
    }

    private Button button(ActionId id) {
        Button button = actions.configure(new Button(), id, false);
        button.setId("tool-" + id.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        return button;
    }

    /** System / Light / Dark as radio items, kept in step with the theme. */
    private Menu themeMenu() {
        Menu menu = new Menu(messages.get("main.menu.theme"), new FontIcon(Feather.MOON));
        ToggleGroup group = new ToggleGroup();
        for (var pair : java.util.List.of(java.util.Map.entry(ActionId.THEME_SYSTEM, Theme.Mode.SYSTEM),
                java.util.Map.entry(ActionId.THEME_LIGHT, Theme.Mode.LIGHT), java.util.Map.entry(ActionId.THEME_DARK, Theme.Mode.DARK))) {
            RadioMenuItem item = new RadioMenuItem(messages.get(pair.getKey().labelKey()));
            item.setId("menu-" + pair.getKey().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            item.setToggleGroup(group);
            item.setSelected(theme.modeProperty().get() == pair.getValue());
            item.setOnAction(e -> registry.execute(pair.getKey()));
            theme.modeProperty().addListener((o, was, now) -> item.setSelected(now == pair.getValue()));
            menu.getItems().add(item);
        }
        return menu;
    }

    private void showDock(boolean shown) {
        if (shown && !dock.getItems().contains(bottomTabs)) {
            dock.getItems().add(bottomTabs);
            dock.setDividerPositions(viewModel.dockPositionProperty().get());
        } else if (!shown) {
            dock.getItems().remove(bottomTabs);
        }
    }

    /** Opens the dock on the inspector tab (an activity link, Ctrl+I when closed). */
    public void showInspector() {
        viewModel.inspectorShownProperty().set(true);
        bottomTabs.getSelectionModel().select(inspectorTab);
    }

    /** Opens the dock on the activity tab (the strip's Activity handle). */
    public void showActivity() {
        viewModel.inspectorShownProperty().set(true);
        bottomTabs.getTabs().stream().filter(t -> "tab-activity".equals(t.getId())).findFirst()
                .ifPresent(t -> bottomTabs.getSelectionModel().select(t));
    }

    /** The side-by-side panes (connections, groups, members). */
    public SplitPane panes() {
        return panes;
    }

    /** Where the window's tables are, the inspector's too while it is collapsed (out of the scene): their layout is remembered. */
    public java.util.List<javafx.scene.Node> layoutRoots() {
        return java.util.List.of(menuBar.getScene() == null ? panes : menuBar.getScene().getRoot(), bottomTabs);
    }

    private void statusBar() {
        statusBar.textProperty().bind(status.textProperty());
        // an error longer than the bar is cut there: the tooltip has it whole
        javafx.scene.control.Tooltip whole = new javafx.scene.control.Tooltip();
        whole.setWrapText(true);
        whole.setMaxWidth(640);
        whole.textProperty().bind(status.textProperty());
        statusBar.setTooltip(whole);
        Label rate = new Label();
        rate.setId("status-rate-limit");
        rate.textProperty().bind(status.rateLimitProperty());
        Button cancel = new Button(null, new FontIcon(Feather.X_CIRCLE));
        cancel.setId("status-cancel");
        cancel.setTooltip(new javafx.scene.control.Tooltip(messages.get("status.cancel")));
        cancel.visibleProperty().bind(Bindings.isNotEmpty(status.running()));
        // A copy: the list changes as tasks end (a cancelled one once its worker has returned).
        cancel.setOnAction(e -> List.copyOf(status.running()).forEach(t -> t.cancel().run()));
        Button clear = new Button(null, new FontIcon(Feather.X));
        clear.setTooltip(new javafx.scene.control.Tooltip(messages.get("status.clearError")));
        clear.visibleProperty().bind(status.lastErrorProperty().isNotEmpty().and(Bindings.isEmpty(status.running())));
        clear.setOnAction(e -> status.clearError());
        statusBar.getRightItems().setAll(rate, cancel, clear);
        status.running().addListener((ListChangeListener<RunningTask>) c -> bindProgress());
        bindProgress();
    }

    private void bindProgress() {
        statusBar.progressProperty().unbind();
        if (status.running().isEmpty()) {
            statusBar.setProgress(0);
        } else {
            statusBar.progressProperty().bind(Bindings.createDoubleBinding(
                    () -> status.running().getFirst().progress().getValue().doubleValue(), status.running().getFirst().progress()));
        }
    }
}
