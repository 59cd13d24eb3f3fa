package dev.roster.app.ui.form;

import dev.roster.app.ui.Messages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.connectors.model.Json;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;

/**
 * A dialog's validation, kept in its view model as plain rules over properties, so that it runs without a
 * toolkit: one rule per field giving a message or null. Rules stay quiet until the first submit, then follow
 * typing, so a half-filled form is not shouted at. The view decorates its controls from {@link #error}
 * (ControlsFX validation) and shows {@link #summary()} under the fields.
 * <p>
 * (ValidatorFX was tried first: its checks create decorations in their constructor, which needs a running
 * toolkit, so view-model tests could not build them without a stage.)
 */
public final class Form {
    private final Messages messages;
    private final Map<String, Supplier<String>> rules = new LinkedHashMap<>();
    private final Map<String, ReadOnlyStringWrapper> errors = new LinkedHashMap<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
    private boolean live;

    public Form(Messages messages) {
        this.messages = messages;
    }

    /** A rule for {@code field}, re-run (once live) whenever one of {@code dependencies} changes. */
    public void check(String field, Supplier<String> rule, Observable... dependencies) {
        rules.put(field, rule);
        errors.put(field, new ReadOnlyStringWrapper(this, field));
        for (Observable dependency : dependencies) {
            dependency.addListener(o -> {
                if (live) {
                    evaluate();
                }
            });
        }
    }

    /** A text field that must not be blank (when {@code required}). */
    public void required(String field, String label, ObservableValue<String> value, boolean required) {
        if (required) {
            check(field, () -> value.getValue() == null || value.getValue().isBlank() ? messages.get("form.required", label) : null, value);
        }
    }

    /** An optional JSON object (remote_data). */
    public void jsonObject(String field, String label, ObservableValue<String> value) {
        check(field, () -> {
            String v = value.getValue();
            return v != null && !v.isBlank() && parseObject(v) == null ? messages.get("form.jsonObject", label) : null;
        }, value);
    }

    /** The current message for {@code field}: null while it is valid (or not checked). */
    public ReadOnlyStringProperty error(String field) {
        ReadOnlyStringWrapper error = errors.get(field);
        return error == null ? new ReadOnlyStringWrapper().getReadOnlyProperty() : error.getReadOnlyProperty();
    }

    public boolean hasRule(String field) {
        return rules.containsKey(field);
    }

    /** Runs every rule; from now on they re-run as the fields change. True when nothing is wrong. */
    public boolean validate() {
        live = true;
        return evaluate();
    }

    private boolean evaluate() {
        rules.forEach((field, rule) -> errors.get(field).set(rule.get()));
        summary.set(errors.values().stream().map(ReadOnlyStringWrapper::get).filter(Objects::nonNull)
                .collect(Collectors.joining("\n")));
        revision.set(revision.get() + 1);
        return summary.get().isEmpty();
    }

    /** Every current error message, one a line (the dialog's summary under the fields). */
    public ReadOnlyStringProperty summary() {
        return summary.getReadOnlyProperty();
    }

    /** Changes after each evaluation: the view re-decorates then. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
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
