package dev.roster.app.connections.editor;

import dev.roster.app.connections.ConnectionIcons;
import dev.roster.app.ui.Messages;
import dev.roster.app.ui.form.DialogBits;
import dev.roster.connectors.ConnectorProvider;
import dev.roster.connectors.SettingSpec;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The connection editor dialog. Its fields are generated from the connector's settings (one row each: label,
 * control by kind, help, example, the field's message); required ones first, the rest under "More settings".
 * Wiring only: values and rules are the {@link ConnectionEditorViewModel}'s.
 */
public final class ConnectionEditorView {
    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");

    private final ConnectionEditorViewModel viewModel;
    private final Messages messages;
    private final FilePicker picker;
    private final Consumer<String> onSaved;
    @FXML private Label title;
    @FXML private ComboBox<ConnectorProvider> type;
    @FXML private TextField name;
    @FXML private Label nameError;
    @FXML private ScrollPane scroll;
    @FXML private ScrollPane resultScroll;
    @FXML private VBox fields;
    @FXML private Label memoryOnly;
    @FXML private VBox result;
    @FXML private Label warnings;
    @FXML private Label error;
    @FXML private Button test;
    @FXML private Button cancel;
    @FXML private Button save;

    public ConnectionEditorView(ConnectionEditorViewModel viewModel, Messages messages, FilePicker picker, Consumer<String> onSaved) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.picker = picker;
        this.onSaved = onSaved;
    }

    @FXML
    private void initialize() {
        title.setText(viewModel.title());
        type.setItems(viewModel.types());
        type.setCellFactory(v -> new TypeCell());
        type.setButtonCell(new TypeCell());
        type.setConverter(new StringConverter<>() {
            @Override public String toString(ConnectorProvider p) { return p == null ? "" : p.displayName(); }
            @Override public ConnectorProvider fromString(String s) { return null; }
        });
        type.valueProperty().bindBidirectional(viewModel.typeProperty());
        type.setDisable(!viewModel.isNew());
        name.textProperty().bindBidirectional(viewModel.nameProperty());
        DialogBits.errorLine(nameError, viewModel.nameErrorProperty());
        marked(name, viewModel.nameErrorProperty());
        DialogBits.errorLine(memoryOnly, viewModel.memoryOnlyProperty());
        DialogBits.errorLine(warnings, viewModel.warningsProperty());
        DialogBits.errorLine(error, viewModel.errorProperty());
        memoryOnly.setGraphic(new FontIcon(Feather.INFO));
        viewModel.fields().addListener((ListChangeListener<FieldModel>) c -> build());
        build();
        viewModel.reportProperty().addListener((o, was, now) -> TestResultView.show(result, now, messages));
        resultScroll.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(result.getChildren()));
        resultScroll.managedProperty().bind(resultScroll.visibleProperty());
        test.setGraphic(new FontIcon(Feather.ZAP));
        test.disableProperty().bind(viewModel.busyProperty());
        save.disableProperty().bind(viewModel.busyProperty());
        test.setOnAction(e -> viewModel.test());
        save.setOnAction(e -> viewModel.save(saved -> {
            onSaved.accept(saved);
            DialogBits.close(save);
        }));
        cancel.setOnAction(e -> DialogBits.close(cancel));
        DialogBits.focusOnOpen(viewModel.isNew() ? type : name);
    }

    /** One row per field: the required first, then the rest in a collapsed "More settings". */
    private void build() {
        VBox required = new VBox(6);
        VBox optional = new VBox(6);
        for (FieldModel field : viewModel.fields()) {
            boolean first = field.spec().required() && field.spec().defaultValue() == null || field.spec().secret();
            (first ? required : optional).getChildren().add(row(field));
        }
        fields.getChildren().setAll(required);
        if (!optional.getChildren().isEmpty()) {
            TitledPane more = new TitledPane(messages.get("connections.editor.more"), optional);
            more.setId("editor-more");
            more.setExpanded(false);
            fields.getChildren().add(more);
        }
        if (viewModel.fields().isEmpty()) {
            Label none = new Label(messages.get("connections.editor.noSettings"));
            none.getStyleClass().add("secondary");
            fields.getChildren().add(none);
        }
    }

    private Node row(FieldModel field) {
        SettingSpec spec = field.spec();
        String id = "editor-field-" + spec.key().replace('_', '-');
        Label label = new Label(field.label());
        label.setMinWidth(170);
        label.setMaxWidth(170);
        label.setWrapText(true);
        Node control = control(field, id);
        HBox.setHgrow(control, Priority.ALWAYS);
        HBox line = new HBox(10, label, control);
        line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox below = new VBox(1);
        below.setPadding(new javafx.geometry.Insets(0, 0, 4, 180));
        Label message = new Label();
        message.setId(id + "-error");
        message.getStyleClass().add("error-text");
        message.setWrapText(true);
        DialogBits.errorLine(message, field.errorProperty());
        below.getChildren().add(message);
        if (spec.help() != null) {
            Label help = new Label(spec.help());
            help.getStyleClass().add("secondary");
            help.setWrapText(true);
            below.getChildren().add(help);
        }
        // a help text that already shows the example (LDAP's base DN) need not say it twice
        if (field.example() != null && (spec.help() == null || !spec.help().contains(spec.example()))) {
            Label example = new Label(field.example());
            example.setId(id + "-example");
            example.getStyleClass().addAll("secondary", "mono");
            below.getChildren().add(example);
        }
        return new VBox(2, line, below);
    }

    private Node control(FieldModel field, String id) {
        SettingSpec spec = field.spec();
        return switch (spec.kind()) {
            case BOOLEAN -> {
                CheckBox box = new CheckBox();
                box.setId(id);
                box.setSelected("true".equals(field.valueProperty().get()));
                box.selectedProperty().addListener((o, was, now) -> field.valueProperty().set(now.toString()));
                yield box;
            }
            case CHOICE -> {
                ComboBox<String> box = new ComboBox<>(FXCollections.observableArrayList(spec.choices()));
                box.setId(id);
                box.setMaxWidth(Double.MAX_VALUE);
                box.valueProperty().bindBidirectional(field.valueProperty());
                yield box;
            }
            case SECRET -> secret(field, id);
            case FILE -> {
                TextField text = text(field, id);
                Button browse = new Button(messages.get("connections.editor.browse"), new FontIcon(Feather.FOLDER));
                browse.setId(id + "-browse");
                browse.setOnAction(e -> picker.open(browse.getScene().getWindow(), spec.label())
                        .ifPresent(path -> field.valueProperty().set(path.toString())));
                HBox.setHgrow(text, Priority.ALWAYS);
                HBox box = new HBox(6, text, browse);
                yield box;
            }
            default -> text(field, id);
        };
    }

    private TextField text(FieldModel field, String id) {
        TextField text = new TextField();
        text.setId(id);
        text.textProperty().bindBidirectional(field.valueProperty());
        if (field.spec().defaultValue() != null) {
            text.setPromptText(field.spec().defaultValue());
        } else if (field.spec().example() != null) {
            text.setPromptText(field.spec().example());
        }
        marked(text, field.errorProperty());
        return text;
    }

    /**
     * A secret: where it comes from (the keychain, typed here; or an environment variable), a password field
     * with a "show" toggle, or the variable's name.
     */
    private Node secret(FieldModel field, String id) {
        ComboBox<FieldModel.Source> source = new ComboBox<>(FXCollections.observableArrayList(FieldModel.Source.values()));
        source.setId(id + "-source");
        source.setMinWidth(130);
        source.setPrefWidth(130);
        source.setTooltip(new Tooltip(messages.get("connections.editor.source.tooltip")));
        source.setConverter(new StringConverter<>() {
            @Override public String toString(FieldModel.Source s) {
                return s == null ? "" : messages.get(s == FieldModel.Source.ENV ? "connections.editor.source.env"
                        : "connections.editor.source.keychain");
            }
            @Override public FieldModel.Source fromString(String s) { return null; }
        });
        source.valueProperty().bindBidirectional(field.sourceProperty());
        PasswordField hidden = new PasswordField();
        hidden.setId(id);
        TextField plain = new TextField();
        plain.setId(id + "-plain");
        hidden.textProperty().bindBidirectional(field.valueProperty());
        plain.textProperty().bindBidirectional(field.valueProperty());
        hidden.promptTextProperty().bind(Bindings.when(field.storedProperty())
                .then(messages.get("connections.editor.secret.stored")).otherwise(messages.get("connections.editor.secret.prompt")));
        plain.promptTextProperty().bind(hidden.promptTextProperty());
        ToggleButton show = new ToggleButton(null, new FontIcon(Feather.EYE));
        show.setId(id + "-show");
        show.setTooltip(new Tooltip(messages.get("connections.editor.secret.show")));
        show.selectedProperty().bindBidirectional(field.shownProperty());
        TextField variable = new TextField();
        variable.setId(id + "-variable");
        variable.setPromptText(messages.get("connections.editor.secret.variable"));
        variable.textProperty().bindBidirectional(field.variableProperty());
        var keychain = field.sourceProperty().isEqualTo(FieldModel.Source.KEYCHAIN);
        visible(hidden, keychain.and(field.shownProperty().not()));
        visible(plain, keychain.and(field.shownProperty()));
        visible(show, keychain);
        visible(variable, keychain.not());
        marked(hidden, field.errorProperty());
        marked(plain, field.errorProperty());
        marked(variable, field.errorProperty());
        for (TextField f : new TextField[] {hidden, plain, variable}) {
            HBox.setHgrow(f, Priority.ALWAYS);
            f.setMaxWidth(Double.MAX_VALUE);
        }
        HBox box = new HBox(6, source, hidden, plain, show, variable);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }

    private static void visible(Node node, javafx.beans.value.ObservableBooleanValue when) {
        node.visibleProperty().bind(when);
        node.managedProperty().bind(when);
    }

    /** AtlantaFX's red border while the field has a message. */
    private static void marked(Control control, javafx.beans.value.ObservableStringValue message) {
        control.pseudoClassStateChanged(DANGER, message.get() != null);
        message.addListener((o, was, now) -> control.pseudoClassStateChanged(DANGER, now != null));
    }

    private static final class TypeCell extends ListCell<ConnectorProvider> {
        @Override
        protected void updateItem(ConnectorProvider item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
            } else {
                setText(item.displayName());
                setGraphic(new FontIcon(ConnectionIcons.icon(item.id())));
            }
        }
    }
}
