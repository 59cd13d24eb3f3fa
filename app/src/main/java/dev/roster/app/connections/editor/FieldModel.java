package dev.roster.app.connections.editor;

import dev.roster.app.ui.Messages;
import dev.roster.connectors.SettingSpec;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One field of the connection editor, made from the connector's {@link SettingSpec}: its value, and for a
 * secret where it comes from (the keychain, typed here, or an environment variable). {@link #errorProperty()}
 * follows typing: a malformed value at once; a required field left empty once the person has touched it or
 * tried to save.
 */
public final class FieldModel {
    /** Where a secret comes from, as the editor offers it. */
    public enum Source { KEYCHAIN, ENV }

    private static final Set<String> URL_SCHEMES = Set.of("http", "https", "ldap", "ldaps");

    private final SettingSpec spec;
    private final Messages messages;
    private final StringProperty value = new SimpleStringProperty(this, "value", "");
    private final ObjectProperty<Source> source = new SimpleObjectProperty<>(this, "source", Source.KEYCHAIN);
    private final StringProperty variable = new SimpleStringProperty(this, "variable", "");
    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown");
    private final BooleanProperty touched = new SimpleBooleanProperty(this, "touched");
    /** A secret the connection already keeps in the keychain: left empty, the stored one stays. */
    private final BooleanProperty stored = new SimpleBooleanProperty(this, "stored");
    private final StringBinding error;

    public FieldModel(SettingSpec spec, Messages messages) {
        this.spec = spec;
        this.messages = messages;
        value.addListener((o, was, now) -> touched.set(true));
        variable.addListener((o, was, now) -> touched.set(true));
        error = Bindings.createStringBinding(this::check, value, source, variable, touched, stored);
    }

    public SettingSpec spec() {
        return spec;
    }

    public String label() {
        return spec.required() && spec.defaultValue() == null ? spec.label() + " *" : spec.label();
    }

    /** The plain value, or the secret typed (kept only until the dialog closes: see {@link #clearSecret()}). */
    public StringProperty valueProperty() {
        return value;
    }

    public ObjectProperty<Source> sourceProperty() {
        return source;
    }

    /** The environment variable a secret is read from, when {@link #sourceProperty()} is ENV. */
    public StringProperty variableProperty() {
        return variable;
    }

    /** Whether a password field shows what was typed. */
    public BooleanProperty shownProperty() {
        return shown;
    }

    public BooleanProperty touchedProperty() {
        return touched;
    }

    public BooleanProperty storedProperty() {
        return stored;
    }

    /** The message for this field now, or null when it is fine. */
    public StringBinding errorProperty() {
        return error;
    }

    /** The example shown under the field ("e.g. ..."), or null. */
    public String example() {
        return spec.example() == null ? null : messages.get("connections.editor.example", spec.example());
    }

    /** Empties a typed secret: the dialog closed, or it was handed to the store. */
    public void clearSecret() {
        if (spec.secret()) {
            boolean wasTouched = touched.get();
            value.set("");
            shown.set(false);
            touched.set(wasTouched);
        }
    }

    /** The typed secret as a new char array (the caller clears it), or null when nothing was typed. */
    public char[] typed() {
        String v = value.get();
        return spec.secret() && source.get() == Source.KEYCHAIN && v != null && !v.isEmpty() ? v.toCharArray() : null;
    }

    boolean blank() {
        return value.get() == null || value.get().isBlank();
    }

    private String check() {
        String v = value.get() == null ? "" : value.get().strip();
        boolean required = spec.required() && spec.defaultValue() == null;
        if (spec.secret()) {
            if (source.get() == Source.ENV) {
                String name = variable.get() == null ? "" : variable.get().strip();
                if (name.isEmpty()) {
                    return touched.get() && required ? messages.get("connections.editor.error.variable", spec.label()) : null;
                }
                return name.matches("[A-Za-z_][A-Za-z0-9_]*") ? null : messages.get("connections.editor.error.variableName", name);
            }
            return required && touched.get() && v.isEmpty() && !stored.get() ? messages.get("form.required", spec.label()) : null;
        }
        if (v.isEmpty()) {
            return required && touched.get() ? messages.get("form.required", spec.label()) : null;
        }
        return switch (spec.kind()) {
            case URL -> url(v);
            case FILE -> file(v);
            case NUMBER -> v.matches("[0-9]{1,9}") ? null : messages.get("connections.editor.error.number", spec.label(), v);
            case CHOICE, BOOLEAN -> spec.choices().contains(v) ? null
                    : messages.get("connections.editor.error.choice", spec.label(), String.join(", ", spec.choices()));
            default -> null;
        };
    }

    private String url(String v) {
        try {
            URI uri = new URI(v);
            if (uri.getScheme() == null || !URL_SCHEMES.contains(uri.getScheme().toLowerCase(Locale.ROOT)) || uri.getHost() == null) {
                return messages.get("connections.editor.error.url", spec.label(), spec.example() == null ? "https://host" : spec.example());
            }
            return null;
        } catch (URISyntaxException e) {
            return messages.get("connections.editor.error.url", spec.label(), spec.example() == null ? "https://host" : spec.example());
        }
    }

    private String file(String v) {
        try {
            // as the connector reads it: no ~ expansion (a shell's, not the file system's)
            Path path = Path.of(v);
            if (!Files.isRegularFile(path)) {
                return messages.get("connections.editor.error.noFile", v);
            }
            return Files.isReadable(path) ? null : messages.get("connections.editor.error.unreadable", v);
        } catch (InvalidPathException e) {
            return messages.get("connections.editor.error.noFile", v);
        }
    }
}
