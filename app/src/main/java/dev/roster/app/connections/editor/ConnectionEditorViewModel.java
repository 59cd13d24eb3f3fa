package dev.roster.app.connections.editor;

import dev.roster.app.service.ConnectionProfile;
import dev.roster.app.service.Connections;
import dev.roster.app.service.SecretSource;
import dev.roster.app.ui.Messages;
import dev.roster.app.ui.task.BackgroundTask;
import dev.roster.app.ui.task.ErrorText;
import dev.roster.app.ui.task.TaskRunner;
import dev.roster.connectors.ConnectionReport;
import dev.roster.connectors.ConnectorProvider;
import dev.roster.connectors.SettingSpec;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The connection editor: a new connection (a type picked, its fields made from the connector's
 * {@link SettingSpec}s) or an existing one (its type fixed, its settings filled in, secrets left empty: an empty
 * secret keeps the stored one). Test and Save run off the FX thread. Typed secrets live in the fields until the
 * dialog closes ({@link #clearSecrets()}), and go to {@link Connections} as char arrays, cleared after.
 */
public final class ConnectionEditorViewModel {
    /** The Sandbox's only setting is its data folder, which the console fills in itself. */
    private static final String SANDBOX_HOME = "home";

    private final Connections connections;
    private final TaskRunner runner;
    private final Messages messages;
    private final ConnectionProfile original;
    private final ObservableList<ConnectorProvider> types = FXCollections.observableArrayList();
    private final ObjectProperty<ConnectorProvider> type = new SimpleObjectProperty<>(this, "type");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ObservableList<FieldModel> fields = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper nameError = new ReadOnlyStringWrapper(this, "nameError");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final ReadOnlyStringWrapper warnings = new ReadOnlyStringWrapper(this, "warnings");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyObjectWrapper<ConnectionReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyStringWrapper memoryOnly = new ReadOnlyStringWrapper(this, "memoryOnly");
    private final BooleanProperty nameTouched = new SimpleBooleanProperty(this, "nameTouched");
    private final Set<String> taken = new HashSet<>();

    /** {@code original} null: a new connection. */
    public ConnectionEditorViewModel(Connections connections, TaskRunner runner, Messages messages, ConnectionProfile original) {
        this.connections = connections;
        this.runner = runner;
        this.messages = messages;
        this.original = original;
        types.setAll(connections.registry().all().stream().sorted(Comparator.comparing(ConnectorProvider::displayName)).toList());
        connections.list().forEach(p -> taken.add(p.name()));
        if (original != null) {
            taken.remove(original.name());
            name.set(original.name());
        }
        type.addListener((o, was, now) -> fields(now));
        name.addListener((o, was, now) -> {
            nameTouched.set(true);
            checkName();
        });
        type.set(original == null ? types.stream().filter(p -> p.id().equals("ldap")).findFirst().orElse(types.isEmpty() ? null : types.getFirst())
                : connections.registry().require(original.type()));
        // The keychain probe may be slow (a D-Bus round trip): asked off the FX thread.
        runner.run(BackgroundTask.of(messages.get("connections.editor.task.probe"), ctx -> connections.secrets().available())
                .onSuccess(available -> memoryOnly.set(available ? null : messages.get("connections.editor.memoryOnly"))));
    }

    public boolean isNew() {
        return original == null;
    }

    public String title() {
        return original == null ? messages.get("connections.editor.title.add") : messages.get("connections.editor.title.edit", original.name());
    }

    public ObservableList<ConnectorProvider> types() {
        return types;
    }

    public ObjectProperty<ConnectorProvider> typeProperty() {
        return type;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObservableList<FieldModel> fields() {
        return fields;
    }

    public FieldModel field(String key) {
        return fields.stream().filter(f -> f.spec().key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no field " + key));
    }

    public ReadOnlyStringProperty nameErrorProperty() {
        return nameError.getReadOnlyProperty();
    }

    /** Why the last save or test could not be done, in the console's words; null when it could. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty warningsProperty() {
        return warnings.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What the last test found; null before one. */
    public ReadOnlyObjectProperty<ConnectionReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** Said when there is no keychain: secrets typed are kept in memory for this session only. Null otherwise. */
    public ReadOnlyStringProperty memoryOnlyProperty() {
        return memoryOnly.getReadOnlyProperty();
    }

    private void fields(ConnectorProvider provider) {
        clearSecrets();
        report.set(null);
        error.set(null);
        if (provider == null) {
            fields.clear();
            return;
        }
        fields.setAll(provider.settings().stream()
                .filter(s -> !("sandbox".equals(provider.id()) && SANDBOX_HOME.equals(s.key())))
                .map(s -> new FieldModel(s, messages)).toList());
        for (FieldModel field : fields) {
            SettingSpec spec = field.spec();
            if (original != null && spec.secret() && original.secrets().containsKey(spec.key())) {
                String stored = original.secrets().get(spec.key());
                if (stored.startsWith("env:")) {
                    field.sourceProperty().set(FieldModel.Source.ENV);
                    field.variableProperty().set(stored.substring(4));
                } else {
                    field.storedProperty().set(true);
                }
            } else if (original != null && original.settings().containsKey(spec.key())) {
                field.valueProperty().set(original.settings().get(spec.key()));
            } else if (!spec.secret() && (spec.kind() == SettingSpec.Kind.BOOLEAN || spec.kind() == SettingSpec.Kind.CHOICE)
                    && spec.defaultValue() != null) {
                field.valueProperty().set(spec.defaultValue());
            }
            field.touchedProperty().set(false);
        }
    }

    private String checkName() {
        String n = name.get() == null ? "" : name.get();
        String message = null;
        if (n.isEmpty()) {
            message = nameTouched.get() ? messages.get("form.required", messages.get("connections.editor.field.name")) : null;
        } else if (!n.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
            message = messages.get("connections.editor.error.name");
        } else if (taken.contains(n)) {
            message = messages.get("connections.editor.error.nameTaken", n);
        }
        nameError.set(message);
        return message;
    }

    /** Shows every field's message, as a save would; true when none has one. */
    public boolean validate() {
        nameTouched.set(true);
        fields.forEach(f -> f.touchedProperty().set(true));
        boolean nameOk = checkName() == null;
        return nameOk && fields.stream().allMatch(f -> f.errorProperty().get() == null);
    }

    /** Tests what is typed now (saved or not) with the secrets typed; the report shows in the dialog. */
    public void test() {
        if (busy.get() || type.get() == null) {
            return;
        }
        // The name is only the draft's label here; a keychain secret not retyped is read under the saved name.
        String draftName = original != null ? original.name() : checkName() == null && !name.get().isEmpty() ? name.get() : "draft";
        ConnectionProfile draft;
        try {
            draft = new ConnectionProfile(draftName, type.get().id(), values(), sources(true));
        } catch (RuntimeException e) {
            error.set(ErrorText.describe(messages, e));
            return;
        }
        Map<String, String> typed = new LinkedHashMap<>();
        fields.stream().filter(f -> f.typed() != null).forEach(f -> typed.put(f.spec().key(), f.valueProperty().get()));
        busy.set(true);
        error.set(null);
        report.set(null);
        runner.run(BackgroundTask.of(messages.get("connections.editor.task.test", draftName), ctx -> connections.test(draft, typed)).handledLocally()
                .onSuccess(report::set)
                .onFailure(e -> error.set(ErrorText.describe(messages, e)))
                .onFinished(() -> busy.set(false)));
    }

    /** Validates, then saves (adds, or edits and renames); {@code onSaved} gets the saved name. On failure all stays typed. */
    public void save(Consumer<String> onSaved) {
        if (busy.get() || !validate()) {
            return;
        }
        String newName = name.get();
        String typeId = type.get().id();
        Map<String, String> values = values();
        Map<String, SecretSource> sources = new LinkedHashMap<>();
        sources(false).forEach((key, stored) -> sources.put(key, SecretSource.parse(key, stored)));
        Map<String, char[]> typed = new LinkedHashMap<>();
        fields.forEach(f -> {
            char[] chars = f.typed();
            if (chars != null) {
                typed.put(f.spec().key(), chars);
            }
        });
        busy.set(true);
        error.set(null);
        runner.run(BackgroundTask.<List<String>>of(messages.get("connections.editor.task.save", newName), ctx -> {
            try {
                List<String> said;
                if (original == null) {
                    said = connections.add(newName, typeId, values, sources, typed).warnings();
                } else {
                    Set<String> unset = new HashSet<>();
                    for (SettingSpec spec : type.get().settings()) {
                        boolean kept = spec.secret() ? sources.containsKey(spec.key()) : values.containsKey(spec.key());
                        boolean had = original.settings().containsKey(spec.key()) || original.secrets().containsKey(spec.key());
                        if (had && !kept) {
                            unset.add(spec.key());
                        }
                    }
                    said = new java.util.ArrayList<>(connections.edit(original.name(),
                            new Connections.Edit(values, unset, sources, typed)).warnings());
                    if (!newName.equals(original.name())) {
                        said.addAll(connections.rename(original.name(), newName).warnings());
                    }
                }
                return said;
            } finally {
                typed.values().forEach(chars -> Arrays.fill(chars, '\0'));
            }
        }).handledLocally().onSuccess(said -> {
            warnings.set(said.isEmpty() ? null : String.join("\n", said));
            clearSecrets();
            onSaved.accept(newName);
        }).onFailure(e -> error.set(ErrorText.describe(messages, e)))
                .onFinished(() -> busy.set(false)));
    }

    /** The plain values typed; a choice left at its default is not written down. */
    private Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        for (FieldModel f : fields) {
            SettingSpec spec = f.spec();
            if (spec.secret() || f.blank()) {
                continue;
            }
            String v = f.valueProperty().get().strip();
            boolean wasSaved = original != null && original.settings().containsKey(spec.key());
            if (!wasSaved && Objects.equals(v, spec.defaultValue())) {
                continue;
            }
            values.put(spec.key(), v);
        }
        return values;
    }

    /**
     * Each secret's source as stored: env:VAR, or keychain when typed now or kept. {@code forTest}: a secret typed
     * now is handed to the test directly, so its source is only named.
     */
    private Map<String, String> sources(boolean forTest) {
        Map<String, String> sources = new LinkedHashMap<>();
        for (FieldModel f : fields) {
            if (!f.spec().secret()) {
                continue;
            }
            if (f.sourceProperty().get() == FieldModel.Source.ENV) {
                if (!f.variableProperty().get().isBlank()) {
                    sources.put(f.spec().key(), "env:" + f.variableProperty().get().strip());
                }
            } else if (f.typed() != null) {
                sources.put(f.spec().key(), forTest ? "keychain" : "prompt");
            } else if (f.storedProperty().get()) {
                sources.put(f.spec().key(), "keychain");
            }
        }
        return sources;
    }

    /** Empties every typed secret: called when the dialog closes, however it closes. */
    public void clearSecrets() {
        fields.forEach(FieldModel::clearSecret);
    }
}
