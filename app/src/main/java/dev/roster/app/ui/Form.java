package dev.roster.app.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.connectors.model.Json;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.value.ObservableValue;
import net.synedra.validatorfx.Check;
import net.synedra.validatorfx.Validator;

/**
 * A dialog's validation, kept in its view model (ValidatorFX checks over properties; no Node needed): one
 * named check per field, which the view decorates. Checks stay quiet until the first submit, then follow
 * typing, so a half-filled form is not shouted at.
 */
public final class Form {
    private final Validator validator = new Validator();
    private final Map<String, Check> checks = new LinkedHashMap<>();
    private final Messages messages;

    public Form(Messages messages) {
        this.messages = messages;
        validator.explicit();
    }

    /** A check for {@code field} over the given properties; {@code method} calls {@code error(...)} when invalid. */
    public Check check(String field, Consumer<Check.Context> method, ObservableValue<?>... dependencies) {
        Check check = validator.createCheck().withMethod(method);
        for (int i = 0; i < dependencies.length; i++) {
            check.dependsOn(field + i, dependencies[i]);
        }
        checks.put(field, check);
        return check;
    }

    /** A text field that must not be blank (when {@code required}). */
    public void required(String field, String label, ObservableValue<String> value, boolean required) {
        if (required) {
            check(field, c -> {
                String v = c.get(field + "0");
                if (v == null || v.isBlank()) {
                    c.error(messages.get("form.required", label));
                }
            }, value);
        }
    }

    /** An optional JSON object (remote_data). */
    public void jsonObject(String field, String label, ObservableValue<String> value) {
        check(field, c -> {
            String v = c.get(field + "0");
            if (v != null && !v.isBlank() && parseObject(v) == null) {
                c.error(messages.get("form.json", label));
            }
        }, value);
    }

    /** The check of {@code field}, for the view to decorate; null when the field has none. */
    public Check checkOf(String field) {
        return checks.get(field);
    }

    /** Runs every check; from now on they re-run as the fields change. True when nothing is wrong. */
    public boolean validate() {
        boolean ok = validator.validate();
        validator.immediate();
        return ok;
    }

    public ReadOnlyBooleanProperty containsErrorsProperty() {
        return validator.containsErrorsProperty();
    }

    /** Every current error message, one a line (the dialog's summary under the fields). */
    public StringBinding summary() {
        return validator.createStringBinding();
    }

    /** The JSON object in {@code text}, or null when it is not one. */
    public static ObjectNode parseObject(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            JsonNode node = Json.mapper().readTree(text);
            return node instanceof ObjectNode object ? object : null;
        } catch (IOException e) {
            return null;
        }
    }
}
