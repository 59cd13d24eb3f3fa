package dev.roster.app.users;

import dev.roster.app.ui.form.DialogBits;
import dev.roster.app.ui.Messages;
import dev.roster.connectors.model.User;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * The create-user dialog. The rows come from the view model's field list, each shown only when the
 * connector supports the field and marked when it requires it; emails and phones repeat. Wiring only.
 */
public final class CreateUserView {
    private final CreateUserViewModel viewModel;
    private final Messages messages;
    private final Consumer<User> onCreated;
    @FXML private Label connection;
    @FXML private GridPane fields;
    @FXML private Label emailsLabel;
    @FXML private VBox emails;
    @FXML private Button addEmail;
    @FXML private Label phonesLabel;
    @FXML private VBox phones;
    @FXML private Button addPhone;
    @FXML private TitledPane advanced;
    @FXML private TextArea remoteData;
    @FXML private Label requirements;
    @FXML private Label summary;
    @FXML private Label error;
    @FXML private Button create;
    @FXML private Button cancel;

    public CreateUserView(CreateUserViewModel viewModel, Messages messages, Consumer<User> onCreated) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.onCreated = onCreated;
    }

    @FXML
    private void initialize() {
        var state = viewModel.state();
        var validation = DialogBits.formLines(viewModel, messages, connection, summary);
        javafx.scene.Node first = null;
        int row = 0;
        for (String field : CreateUserViewModel.TEXT_FIELDS) {
            if (!state.supports(field)) {
                continue;
            }
            TextInputControl input = field.equals("password") ? new PasswordField() : new TextField();
            if (input instanceof PasswordField password) {
                // the typed password leaves the scene graph when the dialog closes, created or not
                dev.roster.app.ui.form.SecretFields.clearOnClose(fields, password);
            }
            input.setId("user-" + field.replace('_', '-'));
            input.textProperty().bindBidirectional(viewModel.text(field));
            if (field.equals("status")) {
                input.setPromptText(messages.get("users.field.status.prompt"));
            } else if (field.equals("languages") || field.equals("groups") || field.equals("roles") || field.equals("workspaces")) {
                input.setPromptText(messages.get("users.field.list.prompt"));
            }
            fields.addRow(row++, new Label(DialogBits.label(viewModel.label(field), state.marked(field))), input);
            DialogBits.decorate(validation, viewModel.form(), field, input);
            if (viewModel.oneOfRule(field) != null) {
                DialogBits.decorate(validation, viewModel.form(), viewModel.oneOfRule(field), input);
            }
            first = first == null ? input : first;
        }
        // "Fill in at least one of: Last name, Display name": said before sending, not learnt from the directory's refusal.
        requirements.setText(String.join("\n", viewModel.requirementNotes()));
        requirements.setVisible(!requirements.getText().isEmpty());
        requirements.setManaged(requirements.isVisible());
        repeated(emailsLabel, emails, addEmail, "emails");
        repeated(phonesLabel, phones, addPhone, "phones");
        // Rows are rebuilt only when one is added or removed: the lists also report every keystroke.
        viewModel.emails().addListener((ListChangeListener<EmailRow>) c -> {
            if (structural(c)) {
                showEmails();
            }
        });
        viewModel.phones().addListener((ListChangeListener<PhoneRow>) c -> {
            if (structural(c)) {
                showPhones();
            }
        });
        showEmails();
        showPhones();
        viewModel.form().error("emails").addListener((o, was, now) -> markEmails());
        addEmail.setOnAction(e -> viewModel.addEmail());
        addPhone.setOnAction(e -> viewModel.addPhone());
        advanced.setVisible(state.supports("remote_data"));
        advanced.setManaged(advanced.isVisible());
        remoteData.textProperty().bindBidirectional(viewModel.remoteDataProperty());
        DialogBits.decorate(validation, viewModel.form(), "remote_data", remoteData);
        DialogBits.writeButtons(state, error, create, cancel, () -> viewModel.submit(user -> {
            onCreated.accept(user);
            DialogBits.close(create);
        }), first != null ? first : create);
    }

    private void repeated(Label label, VBox box, Button add, String field) {
        boolean shown = viewModel.state().supports(field);
        label.setText(DialogBits.label(viewModel.label(field), viewModel.state().requires(field)));
        for (var node : new javafx.scene.Node[] {label, box, add}) {
            node.setVisible(shown);
            node.setManaged(shown);
        }
    }

    private void showEmails() {
        emails.getChildren().setAll(viewModel.emails().stream().map(r -> EmailRows.row(r, viewModel.emails(), messages,
                viewModel.emails().indexOf(r), viewModel.emailTypeKept())).toList());
    }

    private void markEmails() {
        var danger = javafx.css.PseudoClass.getPseudoClass("danger");
        for (int i = 0; i < viewModel.emails().size(); i++) {
            boolean bad = viewModel.form().error("emails").get() != null && viewModel.invalidEmail(viewModel.emails().get(i));
            emails.lookup("#user-email-" + i).pseudoClassStateChanged(danger, bad);
        }
    }

    private void showPhones() {
        phones.getChildren().setAll(viewModel.phones().stream().map(r -> EmailRows.row(r, viewModel.phones(), messages,
                viewModel.phones().indexOf(r))).toList());
    }

    private static boolean structural(ListChangeListener.Change<?> change) {
        while (change.next()) {
            if (change.wasAdded() || change.wasRemoved() || change.wasPermutated()) {
                return true;
            }
        }
        return false;
    }

    static ComboBox<String> choice(String... values) {
        ComboBox<String> box = new ComboBox<>();
        box.getItems().setAll(values);
        box.setEditable(true);
        box.setPrefWidth(100);
        return box;
    }
}
