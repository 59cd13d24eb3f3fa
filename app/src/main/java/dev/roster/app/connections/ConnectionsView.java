package dev.roster.app.connections;

import dev.roster.app.ui.Messages;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The connections sidebar: a list with each connection's type icon and status. Wiring only. */
public final class ConnectionsView {
    private final ConnectionsViewModel viewModel;
    private final Messages messages;
    @FXML private ListView<ConnectionItem> list;
    @FXML private Label detail;
    @FXML private Label warning;
    @FXML private Button retry;
    @FXML private Label rateLimit;
    @FXML private Button details;
    private org.controlsfx.control.PopOver detailsPopOver;
    // feature: editor
    @FXML private HBox tools;
    private final dev.roster.app.ui.action.ActionFactory actions;
    private final dev.roster.app.ui.action.ActionRegistry registry;

    public ConnectionsView(ConnectionsViewModel viewModel, Messages messages) {
        this(viewModel, messages, null, null);
    }

    /** With the connection commands (the editor's) as sidebar buttons, a context menu and the list's own keys. */
    public ConnectionsView(ConnectionsViewModel viewModel, Messages messages, dev.roster.app.ui.action.ActionFactory actions,
                           dev.roster.app.ui.action.ActionRegistry registry) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.actions = actions;
        this.registry = registry;
    }

    @FXML
    private void initialize() {
        list.setItems(viewModel.items());
        list.setCellFactory(v -> new ConnectionCell());
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && now != viewModel.selectedProperty().get()) {
                viewModel.selectedProperty().set(now);
            }
        });
        viewModel.selectedProperty().addListener((o, was, now) -> list.getSelectionModel().select(now));
        detail.textProperty().bind(Bindings.select(viewModel.selectedProperty(), "detail"));
        detail.visibleProperty().bind(detail.textProperty().isNotEmpty());
        detail.managedProperty().bind(detail.visibleProperty());
        warning.textProperty().bind(Bindings.select(viewModel.selectedProperty(), "warning"));
        warning.visibleProperty().bind(warning.textProperty().isNotEmpty());
        warning.managedProperty().bind(warning.visibleProperty());
        warning.setGraphic(new FontIcon(Feather.ALERT_TRIANGLE));
        Tooltip whole = new Tooltip();
        whole.setWrapText(true);
        whole.setMaxWidth(480);
        whole.textProperty().bind(detail.textProperty());
        detail.setTooltip(whole);
        retry.setTooltip(new Tooltip(messages.get("connections.retry.tooltip")));
        retry.visibleProperty().bind(viewModel.canRetryProperty());
        retry.managedProperty().bind(retry.visibleProperty());
        // feature: connection-check
        javafx.scene.control.MenuItem test = new javafx.scene.control.MenuItem(messages.get("connections.menu.test"),
                new FontIcon(Feather.ACTIVITY));
        test.setId("connections-menu-test");
        test.setOnAction(e -> testSelected());
        statusDetails();
        editorCommands(test);
    }

    // feature: connection-check
    /** Opens the "Test connection" dialog on the selected saved connection. */
    private void testSelected() {
        ConnectionItem item = list.getSelectionModel().getSelectedItem();
        if (item != null) {
            dev.roster.app.connections.test.ConnectionTestDialog.show(list.getScene().getWindow(), messages, viewModel.runner(),
                    item.name(), viewModel.tester(item));
        }
    }

    /** The selected connection's rate-limit window under the list, and its Details pop-over. */
    private void statusDetails() {
        javafx.beans.property.ObjectProperty<dev.roster.connectors.DirectorySignal.RateLimited> window =
                new javafx.beans.property.SimpleObjectProperty<>();
        viewModel.selectedProperty().addListener((o, was, now) -> {
            window.unbind();
            if (now == null) {
                window.set(null);
            } else {
                window.bind(now.rateLimitProperty());
            }
            if (detailsPopOver != null) {
                detailsPopOver.hide();
            }
        });
        if (viewModel.selectedProperty().get() != null) {
            window.bind(viewModel.selectedProperty().get().rateLimitProperty());
        }
        rateLimit.textProperty().bind(Bindings.createStringBinding(() -> StatusTexts.rateLimit(window.get(), messages), window));
        rateLimit.visibleProperty().bind(rateLimit.textProperty().isNotEmpty());
        rateLimit.managedProperty().bind(rateLimit.visibleProperty());
        rateLimit.setGraphic(new FontIcon(Feather.CLOCK));
        details.setGraphic(new FontIcon(Feather.INFO));
        details.setTooltip(new Tooltip(messages.get("connections.details.tooltip")));
        details.disableProperty().bind(viewModel.selectedProperty().isNull());
    }

    @FXML
    private void details() {
        ConnectionItem item = viewModel.selectedProperty().get();
        if (item == null) {
            return;
        }
        if (detailsPopOver != null) {
            detailsPopOver.hide();
        }
        detailsPopOver = new org.controlsfx.control.PopOver(ConnectionDetails.of(item, messages));
        detailsPopOver.setArrowLocation(org.controlsfx.control.PopOver.ArrowLocation.LEFT_BOTTOM);
        detailsPopOver.setDetachable(false);
        detailsPopOver.getRoot().getStyleClass().add("connection-details-popover");
        detailsPopOver.show(details);
    }

    /** Buttons, context menu, double-click and keys for the connection commands; none without an action registry. */
    private void editorCommands(javafx.scene.control.MenuItem test) {
        // items replaced (a reorder keeps the same selected item): show the selection again
        list.getItems().addListener((javafx.collections.ListChangeListener<ConnectionItem>) c ->
                javafx.application.Platform.runLater(() -> list.getSelectionModel().select(viewModel.selectedProperty().get())));
        tools.setVisible(actions != null);
        tools.setManaged(actions != null);
        if (actions == null) {
            list.setContextMenu(new javafx.scene.control.ContextMenu(test));
            return;
        }
        for (var id : java.util.List.of(dev.roster.app.ui.action.ActionId.NEW_CONNECTION, dev.roster.app.ui.action.ActionId.EDIT_CONNECTION,
                dev.roster.app.ui.action.ActionId.DUPLICATE_CONNECTION, dev.roster.app.ui.action.ActionId.REMOVE_CONNECTION,
                dev.roster.app.ui.action.ActionId.MOVE_CONNECTION_UP, dev.roster.app.ui.action.ActionId.MOVE_CONNECTION_DOWN)) {
            Button button = actions.configure(new Button(), id, false);
            button.setId("connection-" + id.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            button.getStyleClass().add("flat");
            tools.getChildren().add(button);
        }
        javafx.scene.control.MenuButton more = new javafx.scene.control.MenuButton(null, new FontIcon(Feather.MORE_HORIZONTAL));
        more.setId("connection-more");
        more.getStyleClass().add("flat");
        more.getItems().setAll(actions.contextItem(dev.roster.app.ui.action.ActionId.RENAME_CONNECTION),
                new javafx.scene.control.SeparatorMenuItem(),
                actions.contextItem(dev.roster.app.ui.action.ActionId.IMPORT_CONNECTIONS),
                actions.contextItem(dev.roster.app.ui.action.ActionId.EXPORT_CONNECTIONS));
        tools.getChildren().add(more);
        javafx.scene.control.ContextMenu menu = new javafx.scene.control.ContextMenu();
        for (var id : dev.roster.app.ui.action.ActionId.values()) {
            if (id.name().endsWith("_CONNECTION") || id.name().endsWith("_CONNECTIONS") || id.name().startsWith("MOVE_CONNECTION")) {
                var item = actions.contextItem(id);
                item.setId("context-" + id.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
                menu.getItems().add(item);
            }
        }
        menu.getItems().addAll(new javafx.scene.control.SeparatorMenuItem(), test);
        list.setContextMenu(menu);
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && e.getButton() == javafx.scene.input.MouseButton.PRIMARY) {
                registry.execute(dev.roster.app.ui.action.ActionId.EDIT_CONNECTION);
            }
        });
        list.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            var id = ConnectionKeys.action(e);
            if (id != null) {
                e.consume();
                registry.execute(id);
            }
        });
    }

    @FXML
    private void retry() {
        viewModel.reconnect();
    }

    static Ikon icon(String type) {
        return ConnectionIcons.icon(type);
    }

    private Label insecureBadge() {
        Label badge = new Label(messages.get("connections.insecure"), new FontIcon(Feather.UNLOCK));
        badge.getStyleClass().addAll("insecure-badge", "warning-text");
        badge.setTooltip(new Tooltip(messages.get("connections.insecure.tooltip")));
        badge.setMinWidth(Label.USE_PREF_SIZE);
        return badge;
    }

    private final class ConnectionCell extends ListCell<ConnectionItem> {
        private final Label name = new Label();
        private final Label status = new Label();
        private final FontIcon typeIcon = new FontIcon();
        private final FontIcon dot = new FontIcon(Feather.CIRCLE);
        private final VBox text = new VBox(2, name, status);
        /** feature: tls-trust: a connection in clear to another machine says so. */
        private final Label insecure = insecureBadge();
        private final HBox box = new HBox(8, typeIcon, text, insecure, dot);
        private final javafx.beans.value.ChangeListener<ConnectionStatus> onStatus = (o, was, now) -> paint(now);
        private ConnectionItem bound;

        ConnectionCell() {
            status.getStyleClass().add("secondary");
            dot.getStyleClass().add("status-dot");
            // Width follows the list, not the text: long names ellipsize instead of adding a scroll bar.
            setPrefWidth(0);
            text.setMinWidth(0);
            javafx.scene.layout.HBox.setHgrow(text, javafx.scene.layout.Priority.ALWAYS);
            text.setMaxWidth(Double.MAX_VALUE);
            box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(ConnectionItem item, boolean empty) {
            super.updateItem(item, empty);
            if (bound != null) {
                bound.statusProperty().removeListener(onStatus);
            }
            bound = empty ? null : item;
            if (bound == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            typeIcon.setIconCode(icon(item.type()));
            name.setText(item.name());
            insecure.setVisible(item.insecureProperty().get());
            insecure.setManaged(item.insecureProperty().get());
            item.statusProperty().addListener(onStatus);
            paint(item.statusProperty().get());
            // on hover: the status with its reason (the error in full) and the rate limit, kept up to date
            Tooltip tip = new Tooltip();
            tip.setWrapText(true);
            tip.setMaxWidth(480);
            tip.textProperty().bind(Bindings.createStringBinding(() -> StatusTexts.tooltip(item, messages),
                    item.statusProperty(), item.detailProperty(), item.rateLimitProperty()));
            setTooltip(tip);
            setGraphic(box);
        }

        private void paint(ConnectionStatus now) {
            status.setText(bound.typeName() + " \u00b7 " + messages.get(now.messageKey()));
            for (ConnectionStatus s : ConnectionStatus.values()) {
                dot.pseudoClassStateChanged(PseudoClass.getPseudoClass(s.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')),
                        s == now);
            }
        }
    }
}
