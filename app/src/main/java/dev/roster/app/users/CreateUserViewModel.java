package dev.roster.app.users;

import dev.roster.app.session.Session;
import dev.roster.app.session.WriteDialogModel;
import dev.roster.app.service.activity.ActivityRecorder;
import dev.roster.app.ui.form.Form;
import dev.roster.app.ui.Messages;
import dev.roster.app.ui.task.TaskRunner;
import dev.roster.app.ui.form.WriteState;
import dev.roster.connectors.Operation;
import dev.roster.connectors.model.User;
import dev.roster.connectors.model.UserInput;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javafx.beans.Observable;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The create-user dialog: one property per unified create-user field, shown when the connector supports
 * it and checked when it requires it (alone, or as one of a group: LDAP needs a last name or a name); emails
 * and phones repeat; remote_data must be a JSON object.
 */
public final class CreateUserViewModel extends WriteDialogModel {
    /** The plain text fields, in the order the dialog shows them. */
    public static final List<String> TEXT_FIELDS = List.of("username", "first_name", "last_name", "name", "password",
            "title", "status", "user_type", "timezone", "languages", "groups", "roles", "workspaces");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final Map<String, StringProperty> text = new LinkedHashMap<>();
    private final ObservableList<EmailRow> emails = FXCollections.observableArrayList(
            row -> new Observable[] {row.emailProperty(), row.typeProperty(), row.primaryProperty()});
    private final ObservableList<PhoneRow> phones = FXCollections.observableArrayList(
            row -> new Observable[] {row.numberProperty(), row.typeProperty(), row.extensionProperty()});
    private final StringProperty remoteData = new SimpleStringProperty(this, "remoteData", "");
    /** Bumped on any change to the repeated rows, so that one check can depend on all of them. */
    private final IntegerProperty rowsRevision = new SimpleIntegerProperty();

    public CreateUserViewModel(Session session, TaskRunner runner, Messages messages, ActivityRecorder recorder) {
        super(session, Operation.CREATE_USER, runner, messages, recorder);
        Form form = form();
        WriteState state = state();
        TEXT_FIELDS.forEach(f -> text.put(f, new SimpleStringProperty(this, f, "")));
        emails.add(new EmailRow());
        emails.getFirst().primaryProperty().set(true);
        emails.addListener((ListChangeListener<EmailRow>) c -> rowsRevision.set(rowsRevision.get() + 1));
        phones.addListener((ListChangeListener<PhoneRow>) c -> rowsRevision.set(rowsRevision.get() + 1));
        TEXT_FIELDS.forEach(f -> form.required(f, label(f), text.get(f), state.requires(f)));
        for (Set<String> group : state.requiredOneOf()) {
            List<Observable> dependencies = new java.util.ArrayList<>(List.of(rowsRevision));
            group.stream().filter(text::containsKey).forEach(f -> dependencies.add(text.get(f)));
            form.check(oneOfRule(group), () -> group.stream().noneMatch(this::given) ? oneOfMessage(group) : null,
                    dependencies.toArray(Observable[]::new));
        }
        form.check("emails", this::checkEmails, rowsRevision);
        form.check("phones", this::checkPhones, rowsRevision);
        form.jsonObject("remote_data", messages.get("form.remoteData"), remoteData);
    }

    /** Label keys as literals, so that the bundle check sees each one. */
    private static final Map<String, String> LABEL_KEYS = Map.ofEntries(
            Map.entry("username", "users.field.username"), Map.entry("first_name", "users.field.firstName"),
            Map.entry("last_name", "users.field.lastName"), Map.entry("name", "users.field.name"),
            Map.entry("password", "users.field.password"), Map.entry("title", "users.field.title"),
            Map.entry("status", "users.field.status"), Map.entry("user_type", "users.field.userType"),
            Map.entry("timezone", "users.field.timezone"), Map.entry("languages", "users.field.languages"),
            Map.entry("groups", "users.field.groups"), Map.entry("roles", "users.field.roles"),
            Map.entry("workspaces", "users.field.workspaces"), Map.entry("emails", "users.field.emails"),
            Map.entry("phones", "users.field.phones"));

    public String label(String field) {
        return messages.get(LABEL_KEYS.get(field));
    }

    /**
     * What the connector needs beyond single required fields, said before anything is sent: one line per
     * one-of group ("Fill in at least one of: Last name, Display name").
     */
    public List<String> requirementNotes() {
        return state().requiredOneOf().stream().map(this::oneOfMessage).toList();
    }

    /** The form rule that checks the one-of group {@code field} belongs to, or null when it is in none. */
    public String oneOfRule(String field) {
        return state().requiredOneOf().stream().filter(g -> g.contains(field)).findFirst().map(CreateUserViewModel::oneOfRule)
                .orElse(null);
    }

    /** Whether an email's type reaches the directory: LDAP's mail has no type, so the form offers none. */
    public boolean emailTypeKept() {
        return state().supports("emails.type");
    }

    /** The fields in the order the dialog shows them: the text fields, then emails and phones. */
    private static List<String> inDialogOrder(Set<String> group) {
        return java.util.stream.Stream.concat(TEXT_FIELDS.stream(), java.util.stream.Stream.of("emails", "phones"))
                .filter(group::contains).toList();
    }

    private static String oneOfRule(Set<String> group) {
        return "one_of:" + String.join(",", inDialogOrder(group));
    }

    private String oneOfMessage(Set<String> group) {
        return messages.get("form.oneOf", String.join(", ", inDialogOrder(group).stream().map(this::label).toList()));
    }

    /** Whether something was given for {@code field}: text typed, or an email or phone row filled. */
    private boolean given(String field) {
        return switch (field) {
            case "emails" -> emails.stream().anyMatch(r -> !r.emailProperty().get().isBlank());
            case "phones" -> phones.stream().anyMatch(r -> !r.numberProperty().get().isBlank());
            default -> text.containsKey(field) && !text.get(field).get().isBlank();
        };
    }

    public StringProperty text(String field) {
        return text.get(field);
    }

    public ObservableList<EmailRow> emails() {
        return emails;
    }

    public ObservableList<PhoneRow> phones() {
        return phones;
    }

    public StringProperty remoteDataProperty() {
        return remoteData;
    }

    public void addEmail() {
        emails.add(new EmailRow());
    }

    public void addPhone() {
        phones.add(new PhoneRow());
    }

    /** True when this row holds something that is not an email address (the view marks that field). */
    public boolean invalidEmail(EmailRow row) {
        String typed = row.emailProperty().get().strip();
        return !typed.isEmpty() && !EMAIL.matcher(typed).matches();
    }

    private String checkEmails() {
        List<EmailRow> filled = emails.stream().filter(r -> !r.emailProperty().get().isBlank()).toList();
        if (state().requires("emails") && filled.isEmpty()) {
            return messages.get("form.required", label("emails"));
        }
        return filled.stream().map(r -> r.emailProperty().get().strip()).filter(e -> !EMAIL.matcher(e).matches()).findFirst()
                .map(bad -> messages.get("users.error.email", bad)).orElse(null);
    }

    private String checkPhones() {
        List<PhoneRow> filled = phones.stream().filter(r -> !r.numberProperty().get().isBlank()).toList();
        if (state().requires("phones") && filled.isEmpty()) {
            return messages.get("form.required", label("phones"));
        }
        return filled.stream().map(r -> r.numberProperty().get().strip()).filter(n -> !n.matches("[+0-9 ()./-]{3,}")).findFirst()
                .map(bad -> messages.get("users.error.phone", bad)).orElse(null);
    }

    /** Validates, then creates; {@code onCreated} gets the new user. On failure everything typed stays. */
    public void submit(Consumer<User> onCreated) {
        if (!readyToSend()) {
            return;
        }
        UserInput input = UserInputs.from(this);
        Map<String, String> target = new LinkedHashMap<>();
        if (input.username() != null) {
            target.put("username", input.username());
        }
        if (input.primaryEmail() != null) {
            target.put("email", input.primaryEmail());
        }
        String who = input.username() != null ? input.username() : String.valueOf(input.primaryEmail());
        write(messages.get("users.task.create", who), Operation.CREATE_USER, target, directory -> directory.createUser(input), result -> onCreated.accept(result.item()));
    }
}
