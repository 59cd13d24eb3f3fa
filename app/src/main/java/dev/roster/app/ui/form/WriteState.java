package dev.roster.app.ui.form;

import dev.roster.app.ui.Messages;
import dev.roster.app.ui.task.ErrorText;

import dev.roster.connectors.OperationCapability;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What every write dialog shares: which fields the connector supports and requires (its Capabilities),
 * whether the write is under way, and the provider's message when it refused (the dialog stays open with
 * everything typed, and shows this).
 */
public final class WriteState {
    private final OperationCapability capability;
    private final Messages messages;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");

    public WriteState(OperationCapability capability, Messages messages) {
        this.messages = messages;
        this.capability = capability == null ? OperationCapability.of(Set.of(), Set.of()) : capability;
    }

    public boolean supports(String field) {
        return capability.supportedFields().contains(field);
    }

    public boolean requires(String field) {
        return capability.requiredFields().contains(field);
    }

    /** The groups of fields of which the connector needs at least one (LDAP: last_name or name). */
    public java.util.List<Set<String>> requiredOneOf() {
        return capability.requiredOneOf();
    }

    /** True when the field is required alone or as one of a group: the form marks it either way. */
    public boolean marked(String field) {
        return requires(field) || !capability.oneOfGroup(field).isEmpty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public void started() {
        busy.set(true);
        error.set(null);
    }

    public void failed(Throwable e) {
        // the console's own words for a coded error, as the status bar shows it
        error.set(ErrorText.describe(messages, e));
    }

    public void finished() {
        busy.set(false);
    }

    /** Forgets a refusal shown for something no longer on screen (the users view opened another user). */
    public void clearError() {
        error.set(null);
    }
}
